import { z } from 'zod';
import type { SettingKind } from './types.js';

/** Offsets: distinct whole numbers of days before the due date, 0 = on the day itself; at most 10 of them. */
const offsets = (max: number, title: string) =>
  z
    .array(
      z
        .number({ error: `${title}须为整数` })
        .int(`${title}须为整数`)
        .min(0, `${title}不能为负数`)
        .max(max, `${title}不能超过${max}天`),
    )
    .max(10, `${title}最多10个`)
    .refine((a) => new Set(a).size === a.length, { message: `${title}不能重复` })
    .transform((a) => [...a].sort((x, y) => y - x))
    .meta({ title });

export const remindersSchema = z.object({
  /**
   * Working days before a defence (答辩) deadline when the clerk handling the case is reminded. Default 5, 2, 0: the
   * defence period is 15 days (行政诉讼法 第六十七条), so 5 working days leave a week to draft it
   * (docs/rules/reminders.md#offsets).
   */
  defenceDeadlineWorkingDays: offsets(30, '答辩期限提醒（工作日）'),
  /**
   * Days before a hearing when the head and the clerk are reminded. Default 7, 3, 1: the court summons at least three days
   * ahead (适用行政诉讼法解释 第七十一条; a head's 出庭通知书 likewise: 负责人出庭应诉规定 第五条), and practice asks heads a
   * week ahead (docs/rules/reminders.md#offsets).
   */
  hearingDays: offsets(30, '开庭提醒（天）'),
});
export type RemindersSetting = z.infer<typeof remindersSchema>;

export const remindersKind: SettingKind<RemindersSetting> = {
  kind: 'reminders',
  label: '提醒时间',
  description: '答辩期限和开庭前，提前几天提醒承办人和负责人',
  schema: remindersSchema as unknown as z.ZodType<RemindersSetting>,
  defaults: { defenceDeadlineWorkingDays: [5, 2, 0], hearingDays: [7, 3, 1] },
  form: 'reminders',
};
