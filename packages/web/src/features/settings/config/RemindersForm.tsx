/** The form made for the `reminders` kind: two lists of day offsets, entered as numbers separated by commas. */
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

export interface RemindersValue {
  defenceDeadlineWorkingDays: number[];
  hearingDays: number[];
}

/** "5, 2, 0" (also 5，2，0 or 5 2 0) → [5, 2, 0]; a part that is not a whole number stays as NaN for the server to name. */
export function parseOffsets(text: string): number[] {
  return text
    .split(/[\s,，、]+/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN));
}

export const formatOffsets = (days: readonly number[]) => days.join(', ');

export function RemindersFields({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="defenceDeadlineWorkingDays"
        label={t('settings.config.reminders.defence')}
        extra={t('settings.config.reminders.defenceHelp')}
        rules={[{ required: true, message: t('settings.config.required') }]}
      >
        <Input disabled={disabled} inputMode="numeric" />
      </Form.Item>
      <Form.Item
        name="hearingDays"
        label={t('settings.config.reminders.hearing')}
        extra={t('settings.config.reminders.hearingHelp')}
        rules={[{ required: true, message: t('settings.config.required') }]}
      >
        <Input disabled={disabled} inputMode="numeric" />
      </Form.Item>
    </>
  );
}
