/** zod shapes of the reports API (README.md#api). */
import { z } from 'zod';
import { REPORT_KINDS, REPORT_STATUSES } from './constants.js';

const titled = <T extends z.ZodType>(schema: T, title: string) => schema.meta({ title });

export const draftBody = z
  .object({
    kind: titled(z.enum(REPORT_KINDS, { error: '类型应为 monthly、quarterly 或 annual' }), '类型'),
    year: titled(z.number({ error: '年份应为整数' }).int().min(2000, '年份无效').max(2100, '年份无效'), '年份'),
    month: titled(
      z.number({ error: '月份应为整数' }).int().min(1, '月份应为1–12').max(12, '月份应为1–12'),
      '月份',
    ).optional(),
    quarter: titled(
      z.number({ error: '季度应为整数' }).int().min(1, '季度应为1–4').max(4, '季度应为1–4'),
      '季度',
    ).optional(),
    /** A city or county code in the caller's scope; default the caller's own region. */
    region: titled(z.string().trim().min(1).max(12), '地区').optional(),
  })
  .superRefine((b, ctx) => {
    if (b.kind === 'monthly' && b.month === undefined)
      ctx.addIssue({ code: 'custom', path: ['month'], message: '月度通报须填写月份' });
    if (b.kind === 'quarterly' && b.quarter === undefined)
      ctx.addIssue({ code: 'custom', path: ['quarter'], message: '季度通报须填写季度' });
  });
export type DraftBody = z.infer<typeof draftBody>;

export const reportsQuery = z.object({
  kind: titled(z.enum(REPORT_KINDS, { error: '类型应为 monthly、quarterly 或 annual' }), '类型').optional(),
  region: titled(z.string().trim().min(1).max(12), '地区').optional(),
});
export const reportParams = z.object({
  id: titled(z.string().regex(/^[0-9a-f-]{36}$/i, { error: '编号格式无效' }), '编号'),
});
export const issueBody = z.object({
  version: titled(z.number({ error: '版本号应为整数' }).int().min(1), '版本号'),
});

const table = z.object({
  id: z.string(),
  title: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.object({ key: z.string(), cells: z.array(z.string()) })),
  note: z.string().optional(),
});
const difference = z.object({
  key: z.string(),
  label: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  /** A figure's cases: the case ids added and removed. */
  added: z.array(z.string()).optional(),
  removed: z.array(z.string()).optional(),
});

export const reportSummaryOut = z.object({
  id: z.string(),
  kind: z.enum(REPORT_KINDS),
  kindLabel: z.string(),
  period: z.object({ key: z.string(), from: z.string(), to: z.string(), label: z.string() }),
  region: z.object({ code: z.string(), name: z.string() }),
  edition: z.number(),
  status: z.enum(REPORT_STATUSES),
  statusLabel: z.string(),
  title: z.string(),
  documentNumber: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  issuedByName: z.string().nullable(),
  issuedAt: z.string().nullable(),
  version: z.number(),
  docx: z.string(),
  xlsx: z.string(),
});
export const reportOut = reportSummaryOut.extend({
  previousId: z.string().nullable(),
  differences: z.array(difference).nullable(),
  definition: z.object({ id: z.string(), name: z.string(), version: z.number().nullable() }),
  rankings: z.object({ minCases: z.number(), version: z.number() }).nullable(),
  paragraphs: z.array(z.string()),
  tables: z.array(table),
  notes: z.array(z.string()),
  asOf: z.string(),
  /** The case ids behind every figure (the snapshot once issued): definition version, period, numerator, denominator. */
  cases: z.array(
    z.object({
      key: z.string(),
      id: z.string(),
      label: z.string(),
      period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
      definition: z.object({ id: z.string(), version: z.number().nullable() }),
      numeratorCaseIds: z.array(z.string()),
      denominatorCaseIds: z.array(z.string()).nullable(),
    }),
  ),
});
export type ReportOut = z.infer<typeof reportOut>;
export const reportListOut = z.object({ items: z.array(reportSummaryOut) });
