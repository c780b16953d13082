/** The dialogs of a case's 庭审 section: enter a hearing, change its status with a reason. */
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import {
  type Hearing,
  type HearingMeta,
  isVersionConflict,
  type NewHearing,
  type StatusChange,
  useChangeStatus,
  useCreateHearing,
} from './api.js';

/** The picked wall-clock time read as China time (the court's), whatever the browser's own zone. */
export const chinaIso = (d: Dayjs) => `${d.format('YYYY-MM-DDTHH:mm')}:00+08:00`;

const options = (list: { value: string; label: string }[] | undefined) =>
  (list ?? []).map((x) => ({ value: x.value, label: x.label }));

interface NewValues {
  scheduledAt: Dayjs;
  kind: NewHearing['kind'];
  mode: NewHearing['mode'];
  courtroom?: string;
  mustAppearReasons?: NonNullable<NewHearing['mustAppearReasons']>;
  notes?: string;
}

export function NewHearingModal({
  caseId,
  meta,
  onClose,
}: {
  caseId: string;
  meta: HearingMeta | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewValues>();
  const create = useCreateHearing(caseId);
  const submit = (v: NewValues) =>
    create.mutate(
      {
        scheduledAt: chinaIso(v.scheduledAt),
        kind: v.kind,
        mode: v.mode,
        courtroom: v.courtroom?.trim() || null,
        mustAppearReasons: v.mustAppearReasons ?? [],
        notes: v.notes?.trim() || null,
      },
      {
        onSuccess: () => {
          message.success(t('hearings.created'));
          onClose();
        },
        onError: (err) => message.error(errorMessage(err, t)),
      },
    );
  return (
    <Modal
      open
      title={t('hearings.newTitle')}
      okText={t('hearings.save')}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'trial', mode: 'in_person' }}
        onFinish={submit}
      >
        <Form.Item
          name="scheduledAt"
          label={t('hearings.scheduledAt')}
          extra={t('hearings.chinaTime')}
          rules={[{ required: true, message: t('hearings.scheduledAtRequired') }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="kind" label={t('hearings.kind')}>
          <Select options={options(meta?.kinds)} />
        </Form.Item>
        <Form.Item name="mode" label={t('hearings.mode')}>
          <Select options={options(meta?.modes)} />
        </Form.Item>
        <Form.Item name="courtroom" label={t('hearings.courtroom')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="mustAppearReasons"
          label={t('hearings.mustAppearReasons')}
          extra={t('hearings.mustAppearHelp')}
        >
          <Select mode="multiple" allowClear options={options(meta?.mustAppearReasons)} />
        </Form.Item>
        <Form.Item name="notes" label={t('hearings.notes')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface StatusValues {
  status: StatusChange['status'];
  reason: string;
  scheduledAt?: Dayjs;
}

export function StatusModal({
  caseId,
  hearing,
  meta,
  onClose,
}: {
  caseId: string;
  hearing: Hearing;
  meta: HearingMeta | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<StatusValues>();
  const change = useChangeStatus(caseId);
  const targets = meta?.transitions[hearing.status] ?? [];
  const target = Form.useWatch('status', form);
  // Back to scheduled from a postponement needs the new time; a postponement may name one.
  const needsTime = hearing.status === 'postponed' && target === 'scheduled';
  const mayTime = needsTime || target === 'postponed';
  const submit = (v: StatusValues) =>
    change.mutate(
      {
        id: hearing.id,
        body: {
          version: hearing.version,
          status: v.status,
          reason: v.reason.trim(),
          ...(v.scheduledAt ? { scheduledAt: chinaIso(v.scheduledAt) } : {}),
        },
      },
      {
        onSuccess: () => {
          message.success(t('hearings.statusChanged'));
          onClose();
        },
        onError: (err) => {
          if (isVersionConflict(err)) {
            message.error(t('hearings.conflict'));
            onClose();
          } else message.error(errorMessage(err, t));
        },
      },
    );
  return (
    <Modal
      open
      title={t('hearings.statusTitle')}
      okText={t('hearings.save')}
      confirmLoading={change.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item
          name="status"
          label={t('hearings.newStatus')}
          rules={[{ required: true, message: t('hearings.newStatusRequired') }]}
        >
          <Select options={options(meta?.statuses.filter((s) => targets.includes(s.value)))} />
        </Form.Item>
        {mayTime && (
          <Form.Item
            name="scheduledAt"
            label={t('hearings.newTime')}
            extra={t('hearings.chinaTime')}
            rules={[{ required: needsTime, message: t('hearings.scheduledAtRequired') }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('hearings.reason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('hearings.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
