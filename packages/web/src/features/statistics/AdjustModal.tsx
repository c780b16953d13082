/** A cell adjusted with a reason, or cleared back to the registry's count. */
import { App, Button, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/errors.js';
import { type Filing, type FormLayout, useAdjustCell } from './api.js';
import { cellLabel } from './grid.js';

export function AdjustModal({
  filing,
  layout,
  cell,
  onClose,
}: {
  filing: Filing;
  layout: FormLayout;
  cell: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const adjust = useAdjustCell(filing.id);
  const [form] = Form.useForm<{ value: number | null; reason: string }>();
  const current = filing.cells.find((c) => c.key === cell);
  if (!cell || !current) return null;
  const send = (value: number | null, reason?: string) =>
    adjust.mutate(
      { version: filing.version, cell, value, ...(reason ? { reason } : {}) },
      { onSuccess: onClose, onError: (e) => message.error(errorMessage(e, t)) },
    );
  return (
    <Modal
      open
      title={t('statistics.adjustTitle', { cell: cellLabel(layout, cell) })}
      onCancel={onClose}
      okText={t('statistics.adjustSave')}
      confirmLoading={adjust.isPending}
      onOk={() => form.validateFields().then((v) => send(v.value, v.reason))}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('statistics.computedValue', { value: current.computed, cases: current.cases })}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ value: current.value, reason: current.adjustment?.reason ?? '' }}
      >
        <Form.Item
          name="value"
          label={t('statistics.adjustValue')}
          rules={[{ required: true, message: t('statistics.adjustValueRequired') }]}
        >
          <InputNumber min={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('statistics.adjustReason')}
          rules={[{ required: true, min: 2, message: t('statistics.adjustReasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
      {current.adjustment && (
        <Button onClick={() => send(null)} loading={adjust.isPending}>
          {t('statistics.adjustClear')}
        </Button>
      )}
    </Modal>
  );
}
