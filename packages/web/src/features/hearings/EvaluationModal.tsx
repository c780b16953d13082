/**
 * The court's evaluation of a head's appearance (负责人出庭规定第14条): prepared, spoke on the merits, respected the
 * court, each 1–5, and a comment — by the court liaison (hearing.evaluate) for a head who appeared at a held hearing.
 * A later evaluation changes the first at its version (a stale one is said clearly).
 */
import { App, Form, Input, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { chinaDateTime } from '../cases/format.js';
import { type Hearing, isVersionConflict } from './api.js';
import { useEvaluate } from './peopleApi.js';

const SCORES = ['prepared', 'spokeOnMerits', 'respectedCourt'] as const;
type Score = (typeof SCORES)[number];
type Values = Record<Score, number> & { comment?: string };

export function EvaluationModal({
  hearing,
  head,
  onClose,
}: {
  hearing: Hearing;
  head: { headId: string; name: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const evaluate = useEvaluate();
  const current = hearing.evaluations.find((e) => e.headId === head.headId);
  const submit = (v: Values) =>
    evaluate.mutate(
      {
        id: hearing.id,
        headId: head.headId,
        body: {
          prepared: v.prepared,
          spokeOnMerits: v.spokeOnMerits,
          respectedCourt: v.respectedCourt,
          ...(v.comment?.trim() ? { comment: v.comment.trim() } : {}),
          ...(current ? { version: current.version } : {}),
        },
      },
      {
        onSuccess: () => {
          message.success(t('evaluation.saved'));
          onClose();
        },
        onError: (err) => {
          if (isVersionConflict(err)) {
            message.error(t('evaluation.conflict'));
            onClose();
          } else message.error(errorMessage(err, t));
        },
      },
    );
  return (
    <Modal
      open
      title={t('evaluation.title', { name: head.name })}
      okText={t('hearings.save')}
      confirmLoading={evaluate.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {chinaDateTime(hearing.scheduledAt)} · {t('evaluation.help')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={current ? { ...current, comment: current.comment ?? undefined } : {}}
        onFinish={submit}
      >
        {SCORES.map((score) => (
          <Form.Item
            key={score}
            name={score}
            label={t(`evaluation.${score}`)}
            rules={[{ required: true, message: t('evaluation.scoreRequired') }]}
          >
            <Radio.Group optionType="button" options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }))} />
          </Form.Item>
        ))}
        <Form.Item name="comment" label={t('evaluation.comment')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
