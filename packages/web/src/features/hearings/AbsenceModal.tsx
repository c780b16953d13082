/**
 * 不出庭说明 (负责人出庭规定第8条): the statutory reason (the domain's table, from GET /hearings/meta), an explanation
 * where the reason needs one, and who attends instead — a head from the heads list or anyone by name. Filed by the
 * clerk for a head of the defendant (the case's 庭审 section) or by the head themselves (我的开庭); a coordinator
 * approves it (备案) on 庭审与出庭.
 */
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { chinaDateTime } from '../cases/format.js';
import { type HearingMeta, useDefendantHeads, useHearingMeta } from './api.js';
import { type AbsenceBody, useFileAbsence, useFileMyAbsence } from './peopleApi.js';

interface Values {
  headId?: string;
  reasonCode: AbsenceBody['reasonCode'];
  reasonText?: string;
  deputyHeadId?: string;
  deputyName: string;
  deputyTitle?: string;
}

const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

export function AbsenceModal({
  hearing,
  agencyIds,
  ownHeadId,
  onClose,
}: {
  hearing: { id: string; scheduledAt: string };
  /** The agencies whose heads are offered (the defendants'; the head's own agency for 我的开庭). */
  agencyIds: readonly string[];
  /** Set when the head files for themselves: no head to choose, the server takes the caller's. */
  ownHeadId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const meta: HearingMeta | undefined = useHearingMeta().data;
  const { heads } = useDefendantHeads(agencyIds);
  const byClerk = useFileAbsence();
  const byHead = useFileMyAbsence();
  const pending = byClerk.isPending || byHead.isPending;
  const reasonCode = Form.useWatch('reasonCode', form);
  const absent = Form.useWatch('headId', form) ?? ownHeadId;
  const reason = meta?.absenceReasons.find((r) => r.value === reasonCode);
  const active = heads.filter((h) => h.active);
  const headOptions = active.map((h) => ({ value: h.id, label: `${h.name}（${h.title}）` }));

  const submit = (v: Values) => {
    const body = {
      reasonCode: v.reasonCode,
      ...(trimmed(v.reasonText) ? { reasonText: trimmed(v.reasonText) } : {}),
      deputyName: v.deputyName.trim(),
      ...(trimmed(v.deputyTitle) ? { deputyTitle: trimmed(v.deputyTitle) } : {}),
      ...(v.deputyHeadId ? { deputyHeadId: v.deputyHeadId } : {}),
    };
    const done = {
      onSuccess: () => {
        message.success(t('absenceForm.filed'));
        onClose();
      },
      onError: (err: unknown) => message.error(errorMessage(err, t)),
    };
    if (ownHeadId) byHead.mutate({ id: hearing.id, body }, done);
    else byClerk.mutate({ id: hearing.id, body: { ...body, headId: v.headId ?? '' } }, done);
  };

  return (
    <Modal
      open
      title={t('absenceForm.titleOf', { at: chinaDateTime(hearing.scheduledAt) })}
      okText={t('absenceForm.submit')}
      confirmLoading={pending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert type="info" showIcon message={t('absenceForm.help')} style={{ marginBottom: 12 }} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          // A deputy chosen from the heads list fills in the name and position (still editable).
          if (changed.deputyHeadId) {
            const h = active.find((x) => x.id === changed.deputyHeadId);
            if (h) form.setFieldsValue({ deputyName: h.name, deputyTitle: h.title });
          }
        }}
      >
        {!ownHeadId && (
          <Form.Item
            name="headId"
            label={t('absenceForm.head')}
            rules={[{ required: true, message: t('absenceForm.headRequired') }]}
          >
            <Select options={headOptions} showSearch optionFilterProp="label" />
          </Form.Item>
        )}
        <Form.Item
          name="reasonCode"
          label={t('absenceForm.reason')}
          extra={reason?.basis}
          rules={[{ required: true, message: t('absenceForm.reasonRequired') }]}
        >
          <Select options={(meta?.absenceReasons ?? []).map((r) => ({ value: r.value, label: r.label }))} />
        </Form.Item>
        <Form.Item
          name="reasonText"
          label={t('absenceForm.reasonText')}
          rules={[
            {
              required: reason?.needsExplanation ?? false,
              whitespace: true,
              message: t('absenceForm.reasonTextRequired'),
            },
          ]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="deputyHeadId" label={t('absenceForm.deputyHead')}>
          <Select
            allowClear
            options={headOptions.filter((o) => o.value !== absent)}
            showSearch
            optionFilterProp="label"
          />
        </Form.Item>
        <Form.Item
          name="deputyName"
          label={t('absenceForm.deputyName')}
          rules={[{ required: true, whitespace: true, message: t('absenceForm.deputyNameRequired') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="deputyTitle" label={t('absenceForm.deputyTitle')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
