/**
 * Field helpers of the case registry's request shapes (zod): every message names the field in Chinese.
 */
import { z } from 'zod';
import { OUTCOME_CODES } from '../outcomeKind.js';

/** A calendar date: a malformed text and a day that does not exist (2025-02-30) are told apart, by label. */
export const date = (label: string) =>
  z
    .string({ error: `${label}应为日期（YYYY-MM-DD）` })
    .meta({ title: label })
    .superRefine((value, ctx) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) ctx.addIssue({ code: 'custom', message: `${label}格式应为YYYY-MM-DD` });
      else if (!isCalendarDate(value)) ctx.addIssue({ code: 'custom', message: `${label}不存在：没有${value}这一天` });
    });

/** Whether YYYY-MM-DD names a real day (month 1–12, day within the month, 29 February in leap years only). */
export function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
export const text = (label: string, max = 500) =>
  z
    .string({ error: `${label}应为文本` })
    .trim()
    .max(max, { error: `${label}不能超过${max}个字符` })
    .meta({ title: label });
export const oneOf = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `${label}无效，可选值：${values.join('、')}` }).meta({ title: label });
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const id = (label: string) => z.uuid({ error: `${label}应为有效的ID` }).meta({ title: label });
export const bool = (label: string) => z.boolean({ error: `${label}应为是或否` }).meta({ title: label });
/** A comma-separated query value: `status=registered,in_progress`. */
export const csv = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(oneOf(values, label)));
export const queryBool = (label: string) =>
  z.enum(['true', 'false'], { error: `${label}应为 true 或 false` }).transform((v) => v === 'true');

/** Any kind's outcome code; whether it fits the case's kind is checked with the case (outcomeKind.ts). */
export const outcomeCategory = oneOf(OUTCOME_CODES, '裁判结果（复议结果）');
