/** zod shapes of the statistics API (README.md#api). */
import { z } from 'zod';
import { FILING_EVENT_KINDS, FILING_SCOPES, FILING_STATUSES, STAT_FORM_KINDS } from './constants.js';

const titled = <T extends z.ZodType>(schema: T, title: string) => schema.meta({ title });

const form = titled(z.enum(STAT_FORM_KINDS, { error: '报表应为 reconsideration、litigation 或 disclosure' }), '报表');
const period = titled(
  z
    .string()
    .trim()
    .regex(/^\d{4}(-(H[12]|Q[1-4]))?$/, { error: '期间应为 2025、2025-H1 或 2025-Q3' }),
  '期间',
);
const version = titled(z.number({ error: '版本号应为整数' }).int().min(1), '版本号');

export const createBody = z.object({
  form,
  period,
  /** A county or the city; default the caller's own unit. */
  region: titled(z.string().trim().min(1).max(12), '地区').optional(),
});
export type CreateBody = z.infer<typeof createBody>;

export const summaryBody = z.object({ form, period });
export type SummaryBody = z.infer<typeof summaryBody>;

export const filingsQuery = z.object({ form: form.optional(), period: period.optional() });
export const filingParams = z.object({
  id: titled(z.string().regex(/^[0-9a-f-]{36}$/i, { error: '编号格式无效' }), '编号'),
});
export const versionBody = z.object({ version });
export const adjustBody = z.object({
  version,
  cell: titled(z.string().trim().min(3).max(60), '单元格'),
  /** null: back to the registry's count. */
  value: titled(z.number({ error: '数值应为数字' }).min(0, '数值不能为负').max(1e12).nullable(), '数值'),
  reason: titled(z.string().trim().max(500, '理由不超过500字'), '调整理由').optional(),
});
export type AdjustBody = z.infer<typeof adjustBody>;
export const returnBody = z.object({
  version,
  comment: titled(z.string().trim().min(2, '请填写退回意见').max(1000, '退回意见不超过1000字'), '退回意见'),
});
export type ReturnBody = z.infer<typeof returnBody>;

export const filingSummaryOut = z.object({
  id: z.string(),
  form: z.enum(STAT_FORM_KINDS),
  formTitle: z.string(),
  formCode: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  scope: z.enum(FILING_SCOPES),
  scopeLabel: z.string(),
  region: z.object({ code: z.string(), name: z.string() }),
  status: z.enum(FILING_STATUSES),
  adjustedCells: z.number(),
  countedAt: z.string(),
  createdByName: z.string(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number(),
  /** What the caller may do on it (the server checks again). */
  can: z.object({ fill: z.boolean(), review: z.boolean() }),
  xlsx: z.string(),
});

const caseOut = z.object({ id: z.string(), caseNumber: z.string().nullable(), causeOfAction: z.string().nullable() });

export const filingOut = filingSummaryOut.extend({
  cells: z.array(
    z.object({
      key: z.string(),
      /** The registry's count. */
      computed: z.number(),
      /** What the form reports: the adjustment if any, else the count. */
      value: z.number(),
      /** How many cases the count stands for. */
      cases: z.number(),
      adjustment: z.object({ value: z.number(), reason: z.string(), byName: z.string(), at: z.string() }).nullable(),
    }),
  ),
  checks: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      ok: z.boolean(),
      detail: z.string(),
      cells: z.array(z.string()),
      caseCount: z.number(),
      cases: z.array(caseOut),
    }),
  ),
  previousId: z.string().nullable(),
  units: z.array(z.object({ filingId: z.string(), region: z.object({ code: z.string(), name: z.string() }) })),
  events: z.array(
    z.object({
      kind: z.enum(FILING_EVENT_KINDS),
      label: z.string(),
      comment: z.string().nullable(),
      cell: z.string().nullable(),
      before: z.number().nullable(),
      after: z.number().nullable(),
      byName: z.string(),
      at: z.string(),
    }),
  ),
});
export type FilingOut = z.infer<typeof filingOut>;

export const filingListOut = z.object({ items: z.array(filingSummaryOut) });

export const metaOut = z.object({
  forms: z.array(
    z.object({
      kind: z.enum(STAT_FORM_KINDS),
      title: z.string(),
      code: z.string(),
      periods: z.array(z.enum(['year', 'half', 'quarter'])),
      rows: z.array(z.object({ id: z.string(), label: z.string() })),
      columns: z.array(
        z.object({ id: z.string(), label: z.string(), groups: z.array(z.string()), unit: z.enum(['count', 'amount']) }),
      ),
    }),
  ),
});
