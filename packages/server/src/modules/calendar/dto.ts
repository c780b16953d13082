/** Request and response shapes of the calendar API (zod): the contract with the web app and /api/docs. */
import { z } from 'zod';

const DAY_KINDS = ['weekday', 'weekend', 'holiday', 'makeup-workday', 'override'] as const;

/**
 * A year's schedule in holiday-cn format (github.com/NateScarlet/holiday-cn): `{year, papers, days: [{name, date,
 * isOffDay}]}`; `$schema`/`$id` and other keys of the upstream files are ignored. Row-level checks (date in the year,
 * no duplicates) are in service.ts `validateYear`, so that each error names its row.
 */
export const holidayYearBody = z.object({
  year: z.number({ error: '年份应为四位数字' }).int().optional(),
  papers: z
    .array(z.string({ error: '来源文件应为网址文本' }).max(500), { error: '来源文件（papers）应为网址列表' })
    .max(20)
    .default([]),
  note: z.string().max(500, { error: '说明不能超过500个字符' }).nullish(),
  days: z
    .array(
      z.object({
        name: z
          .string({ error: '节日名称（name）应为文本' })
          .trim()
          .min(1, { error: '节日名称（name）不能为空' })
          .max(40),
        date: z.string({ error: '日期（date）应为YYYY-MM-DD文本' }).trim().max(20),
        isOffDay: z.boolean({ error: '是否放假（isOffDay）应为 true 或 false' }),
      }),
      { error: '放假安排（days）应为列表' },
    )
    .min(1, { error: '放假安排（days）不能为空' })
    .max(366, { error: '放假安排（days）最多366条' }),
});
export type HolidayYearBody = z.infer<typeof holidayYearBody>;

export const yearParams = z.object({
  year: z.coerce
    .number({ error: '年份应为四位数字' })
    .int({ error: '年份应为四位数字' })
    .min(2000, { error: '年份应在2000–2100之间' })
    .max(2100, { error: '年份应在2000–2100之间' }),
});

const isoDate = (label: string) => z.iso.date({ error: `${label}格式应为YYYY-MM-DD` });

export const overrideBody = z.object({
  date: isoDate('日期'),
  /** true: the day is a working day (上班); false: a day off (放假). */
  workday: z.boolean({ error: '请选择上班或放假' }),
  name: z.string({ error: '名称应为文本' }).trim().min(1, { error: '请填写名称（如：台风停工）' }).max(40),
  reason: z.string({ error: '原因应为文本' }).trim().min(2, { error: '请填写调整原因' }).max(500),
});
export type OverrideBody = z.infer<typeof overrideBody>;

export const deleteOverrideBody = z.object({
  date: isoDate('日期'),
  reason: z.string().trim().max(500).nullish(),
});

export const daysQuery = z.object({ year: yearParams.shape.year });
export const checkQuery = z.object({ date: isoDate('日期') });

export const yearsResponse = z.object({
  items: z.array(
    z.object({
      year: z.number(),
      /** 'official': bundled with the software (holiday-cn snapshot); 'stored': entered by an administrator. */
      origin: z.enum(['official', 'stored']),
      papers: z.array(z.string()),
      note: z.string().nullable(),
      holidayCount: z.number(),
      makeupWorkdayCount: z.number(),
      overrideCount: z.number(),
      updatedAt: z.string().nullable(),
    }),
  ),
  uncoveredOverrideYears: z.array(z.number()),
});

export const daysResponse = z.object({
  year: z.number(),
  covered: z.boolean(),
  origin: z.enum(['official', 'stored']).nullable(),
  papers: z.array(z.string()),
  note: z.string().nullable(),
  days: z.array(
    z.object({
      date: z.string(),
      workday: z.boolean(),
      kind: z.enum(DAY_KINDS),
      reason: z.string(),
      name: z.string().nullable(),
      override: z
        .object({ workday: z.boolean(), name: z.string(), reason: z.string(), createdAt: z.string() })
        .nullable(),
    }),
  ),
});

export const checkResponse = z.object({
  date: z.string(),
  workday: z.boolean(),
  kind: z.enum(DAY_KINDS),
  reason: z.string(),
  name: z.string().nullable(),
});

export const putYearResponse = z.object({
  year: z.number(),
  days: z.number(),
  /** The origin of the year that was replaced, null for a new year. */
  replaced: z.enum(['official', 'stored']).nullable(),
  /** How many open deadlines got a different due date. */
  changedDeadlines: z.number(),
});

export const overrideResponse = z.object({
  date: z.string(),
  /** False when the override's year is not covered yet (it takes effect once that year's schedule is entered). */
  covered: z.boolean().optional(),
  changedDeadlines: z.number(),
});

/**
 * GET /calendar/notice: whether the caller should be told that a year's schedule is missing — the current year, or
 * from November on the next one (the State Council publishes it in November/December) — for administrators and
 * coordinators only; with the number of open deadlines whose date is 暂定 meanwhile.
 */
export const noticeResponse = z.object({
  show: z.boolean(),
  /** The year whose schedule is missing (null when nothing to show). */
  year: z.number().nullable(),
  /** Open deadlines with a provisional (暂定) date, registry-wide. */
  provisionalDeadlines: z.number(),
});
