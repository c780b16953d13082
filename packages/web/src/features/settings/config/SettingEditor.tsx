/**
 * Edits one kind: its form (reminders) or a JSON editor checked as you type and validated by the server, a required
 * reason, and the version it started from (a newer version saved meanwhile → the server's 409 is shown).
 */
import { Alert, App, Button, Form, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api/client.js';
import { errorMessage } from '../../../app/api/errors.js';
import { type SettingItem, useSaveSetting } from './api.js';
import { formatOffsets, parseOffsets, RemindersFields, type RemindersValue } from './RemindersForm.js';

interface FormValues {
  json?: string;
  defenceDeadlineWorkingDays?: string;
  hearingDays?: string;
  reason: string;
}

function initialValues(item: SettingItem): FormValues {
  if (item.form === 'reminders') {
    const v = item.value as RemindersValue;
    return {
      defenceDeadlineWorkingDays: formatOffsets(v.defenceDeadlineWorkingDays),
      hearingDays: formatOffsets(v.hearingDays),
      reason: '',
    };
  }
  return { json: JSON.stringify(item.value, null, 2), reason: '' };
}

export function SettingEditor({ item, canManage }: { item: SettingItem; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveSetting(item.kind);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    form.setFieldsValue(initialValues(item));
    setProblems([]);
  }, [form, item]);

  const submit = async (values: FormValues) => {
    let value: unknown;
    if (item.form === 'reminders') {
      value = {
        defenceDeadlineWorkingDays: parseOffsets(values.defenceDeadlineWorkingDays ?? ''),
        hearingDays: parseOffsets(values.hearingDays ?? ''),
      };
    } else {
      try {
        value = JSON.parse(values.json ?? '');
      } catch (e) {
        form.setFields([{ name: 'json', errors: [t('settings.config.badJson', { reason: (e as Error).message })] }]);
        return;
      }
    }
    setProblems([]);
    try {
      const saved = await save.mutateAsync({ value, reason: values.reason, baseVersion: item.version });
      message.success(t('settings.config.saved', { version: saved.version }));
      form.setFieldValue('reason', '');
    } catch (err) {
      setProblems(err instanceof ApiError && err.details.length ? err.details.map((d) => d.message) : []);
      message.error(errorMessage(err, t));
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} disabled={!canManage} aria-label={item.label}>
      {item.form === 'reminders' ? (
        <RemindersFields disabled={!canManage} />
      ) : (
        <Form.Item name="json" label={t('settings.config.json')} rules={[{ required: true }]}>
          <Input.TextArea rows={14} spellCheck={false} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      )}
      {problems.length > 0 && (
        <Alert
          type="error"
          role="alert"
          style={{ marginBottom: 16 }}
          message={t('settings.config.problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      {canManage ? (
        <>
          <Form.Item
            name="reason"
            label={t('settings.config.reason')}
            rules={[{ required: true, whitespace: true, message: t('settings.config.reasonRequired') }]}
          >
            <Input maxLength={500} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('settings.config.save')}
            </Button>
            <Button onClick={() => form.setFieldsValue(initialValues({ ...item, value: item.defaults }))}>
              {t('settings.config.useDefaults')}
            </Button>
          </Space>
        </>
      ) : (
        <Typography.Text type="secondary">{t('settings.config.readOnly')}</Typography.Text>
      )}
    </Form>
  );
}
