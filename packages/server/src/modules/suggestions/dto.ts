/**
 * The suggestions, typical-case and training APIs' request and response shapes (zod): the routes validate with them,
 * the OpenAPI document and the web's generated types come from them. Input fields carry their Chinese label.
 */
import { SUGGESTION_KINDS, SUGGESTION_STATUSES } from '@shuangjiang/domain';
import { z } from 'zod';
import { FILE_PURPOSES, TRAINING_KINDS, TYPICAL_CASE_STATUSES } from './constants.js';

const titled = <T extends z.ZodType>(schema: T, title: string) => schema.meta({ title });
const version = titled(z.number({ error: '版本号应为整数' }).int({ error: '版本号应为整数' }).min(1), '版本号');
const text = (title: string, min: number, max: number) =>
  titled(
    z
      .string({ error: `${title}应为文本` })
      .trim()
      .min(min, { error: min === 1 ? `${title}不能为空` : `${title}至少${min}个字` })
      .max(max, { error: `${title}不能超过${max}个字` }),
    title,
  );
const isoDate = (title: string) => titled(z.iso.date({ error: `${title}应为日期（如 2026-12-01）` }), title);
// Any UUID form (the demo data's ids are not RFC 4122 version-4; z.uuid() would refuse them).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (title: string) => titled(z.string().regex(UUID, { error: `${title}无效` }), title);
// ---- the city's setting `suggestions` (settings/kinds/suggestions.ts) ----------------------------------------

const replyPeriod = z.object({
  counting: z.enum(['days', 'months', 'workdays']).meta({ title: '计算方式' }),
  length: z.number().int('期限须为整数').min(1, '期限至少为1').max(365, '期限不能超过365').meta({ title: '期限' }),
});

/**
 * The city's reply periods per suggestion kind where the law is silent or a local rule differs
 * (docs/rules/suggestions.md#reply-periods), and how many days ahead a suggestion counts as due soon and is reminded
 * (docs/rules/suggestions.md#status). A kind left out uses the domain's table.
 */
export const suggestionsSettingSchema = z.object({
  periods: z.partialRecord(z.enum(SUGGESTION_KINDS), replyPeriod).meta({ title: '各类建议的答复期限' }),
  dueSoonDays: z
    .number()
    .int('提前提醒天数须为整数')
    .min(0, '提前提醒天数不能为负')
    .max(60, '提前提醒天数不能超过60')
    .meta({ title: '到期前提醒天数' }),
});
export type SuggestionsSetting = z.infer<typeof suggestionsSettingSchema>;

const year = titled(z.coerce.number().int().min(2000).max(2100), '年度');

export const idParams = z.object({ id: z.string().max(64) });
export const fileParams = z.object({ id: z.string().max(64), fileId: z.string().max(64) });
export const errorBody = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
  requestId: z.string().optional(),
});
export const errors = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
  422: errorBody,
};

// ---- suggestions ---------------------------------------------------------------------------------------------

export const suggestionListQuery = z.object({
  status: titled(z.enum(SUGGESTION_STATUSES, { error: '状态无效' }), '状态').optional(),
  kind: titled(z.enum(SUGGESTION_KINDS, { error: '建议类型无效' }), '建议类型').optional(),
  agencyId: uuid('机关').optional(),
  year: year.optional(),
});

export const createSuggestionBody = z.object({
  kind: titled(z.enum(SUGGESTION_KINDS, { error: '建议类型无效' }), '建议类型'),
  issuer: text('发出机关', 1, 100),
  docNumber: text('文号', 1, 100).nullable().optional(),
  title: text('标题', 1, 200),
  summary: text('主要内容', 1, 4000).nullable().optional(),
  receivedOn: isoDate('收到日期'),
  statedDue: isoDate('建议书所定答复期限').nullable().optional(),
  agencyId: uuid('承办机关'),
  caseId: uuid('关联案件').nullable().optional(),
});

export const updateSuggestionBody = z.object({
  version,
  agencyId: uuid('承办机关').optional(),
  title: text('标题', 1, 200).optional(),
  summary: text('主要内容', 1, 4000).nullable().optional(),
});

export const answerBody = z.object({
  version,
  repliedOn: isoDate('答复日期'),
  replySummary: text('答复内容摘要', 1, 4000),
});

const fileOut = z.object({
  id: z.string(),
  purpose: z.enum(FILE_PURPOSES),
  fileName: z.string(),
  size: z.number(),
  createdByName: z.string(),
  createdAt: z.string(),
});

export const suggestionOut = z.object({
  id: z.string(),
  kind: z.enum(SUGGESTION_KINDS),
  kindLabel: z.string(),
  issuer: z.string(),
  docNumber: z.string().nullable(),
  title: z.string(),
  summary: z.string().nullable(),
  receivedOn: z.string(),
  statedDue: z.string().nullable(),
  due: z.string().nullable(),
  dueFrom: z.string(),
  dueBasis: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  caseId: z.string().nullable(),
  status: z.enum(SUGGESTION_STATUSES),
  daysLeft: z.number().nullable(),
  repliedOn: z.string().nullable(),
  replySummary: z.string().nullable(),
  repliedByName: z.string().nullable(),
  version: z.number(),
  files: z.array(fileOut),
  canAnswer: z.boolean(),
  canManage: z.boolean(),
});
export const suggestionListOut = z.object({ items: z.array(suggestionOut.omit({ files: true })) });

export const figuresQuery = z.object({ year: year.optional() });
const rateOut = z.object({
  numerator: z.number(),
  denominator: z.number(),
  value: z.number().nullable(),
  overdue: z.number(),
  late: z.number(),
  notYetDue: z.number(),
  withoutDue: z.number(),
});
export const figuresOut = z.object({
  year: z.number(),
  asOf: z.string(),
  total: rateOut,
  byAgency: z.array(rateOut.extend({ agencyId: z.string(), agencyName: z.string(), received: z.number() })),
});

export const kindsOut = z.object({
  items: z.array(
    z.object({
      kind: z.enum(SUGGESTION_KINDS),
      label: z.string(),
      period: z.object({ counting: z.string(), length: z.number() }).nullable(),
      configured: z.boolean(),
      basis: z.string(),
    }),
  ),
  dueSoonDays: z.number(),
});

// ---- typical cases -------------------------------------------------------------------------------------------

export const typicalListQuery = z.object({
  year: year.optional(),
  tag: titled(z.string().max(50), '标签').optional(),
  status: titled(z.enum(TYPICAL_CASE_STATUSES), '状态').optional(),
});
export const typicalCreateBody = z.object({
  caseId: uuid('来源案件').nullable().optional(),
  title: text('标题', 1, 200),
  year: titled(z.number().int().min(2000).max(2100), '年度'),
  domain: text('行政管理领域', 1, 50).nullable().optional(),
  reasons: titled(z.array(text('败诉原因', 1, 50)).max(20), '败诉原因').default([]),
  tags: titled(z.array(text('标签', 1, 30)).max(20), '标签').default([]),
  summary: text('基本案情', 1, 8000),
  lesson: text('启示', 1, 4000),
});
// No defaults here: a field left out of a change stays as it is (the create body's `[]` defaults would clear it).
export const typicalUpdateBody = typicalCreateBody
  .omit({ caseId: true, reasons: true, tags: true })
  .partial()
  .extend({
    version,
    reasons: titled(z.array(text('败诉原因', 1, 50)).max(20), '败诉原因').optional(),
    tags: titled(z.array(text('标签', 1, 30)).max(20), '标签').optional(),
    status: titled(z.enum(TYPICAL_CASE_STATUSES, { error: '状态无效' }), '状态').optional(),
  });
export const typicalOut = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number(),
  status: z.enum(TYPICAL_CASE_STATUSES),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  parties: z.array(z.object({ side: z.string(), name: z.string() })),
  domain: z.string().nullable(),
  reasons: z.array(z.string()),
  tags: z.array(z.string()),
  summary: z.string(),
  lesson: z.string(),
  version: z.number(),
  canManage: z.boolean(),
});
export const typicalListOut = z.object({ items: z.array(typicalOut) });
export const compilationQuery = z.object({ year });

// ---- trainings -----------------------------------------------------------------------------------------------

export const trainingListQuery = z.object({ year: year.optional() });
export const trainingCreateBody = z.object({
  kind: titled(z.enum(TRAINING_KINDS, { error: '活动类型无效' }), '活动类型'),
  title: text('名称', 1, 200),
  heldOn: isoDate('日期'),
  note: text('备注', 1, 2000).nullable().optional(),
  attendees: titled(
    z
      .array(z.object({ agencyId: uuid('参加机关'), personName: text('参加人员', 1, 50).nullable().optional() }))
      .min(1, { error: '至少登记一个参加机关' })
      .max(500),
    '参加机关和人员',
  ),
});
export const trainingOut = z.object({
  id: z.string(),
  kind: z.enum(TRAINING_KINDS),
  title: z.string(),
  heldOn: z.string(),
  note: z.string().nullable(),
  attendees: z.array(z.object({ agencyId: z.string(), agencyName: z.string(), personName: z.string().nullable() })),
});
export const trainingListOut = z.object({ items: z.array(trainingOut) });
const kindCoverageOut = z.object({
  numerator: z.number(),
  denominator: z.number(),
  value: z.number().nullable(),
  full: z.boolean(),
  uncovered: z.array(z.object({ agencyId: z.string(), agencyName: z.string() })),
});
export const coverageOut = z.object({
  year: z.number(),
  training: kindCoverageOut,
  trialObservation: kindCoverageOut,
  /** 主要负责人出庭 (docs/rules/accountability.md#principal-appearance): over agencies with a case heard this year. */
  principalAppearance: kindCoverageOut,
  rows: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      regionName: z.string(),
      training: z.number(),
      trialObservation: z.number(),
      /** The principal head appeared this year; null when the agency had no case heard. */
      principalAppeared: z.boolean().nullable(),
    }),
  ),
});
