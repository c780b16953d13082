/**
 * Request and response shapes of the case registry API (zod). They are the contract with the web app and the
 * OpenAPI document at /api/docs; validation messages are Chinese and name the field.
 */
import { z } from 'zod';
import {
  ACT_KINDS,
  ASSIGNMENT_PURPOSES,
  CASE_INSTANCES,
  CASE_KINDS,
  CASE_NUMBER_STATUSES,
  CASE_STATUSES,
  DEADLINE_STATUSES,
  DEFENDANT_ROLES,
  EVENT_TYPES,
  HEAD_APPEARANCES,
  LINK_TYPES,
  PARTY_SIDES,
  PARTY_TYPES,
  RISK_LEVELS,
} from './constants.js';
import { OUTCOME_CODES } from './outcomeKind.js';
import { SORT_KEYS } from './repository.js';

// ---------------------------------------------------------------------------------------------------------------
// Field helpers: every message names the field in Chinese.

/** A calendar date: a malformed text and a day that does not exist (2025-02-30) are told apart, by label. */
const date = (label: string) =>
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
const text = (label: string, max = 500) =>
  z
    .string({ error: `${label}应为文本` })
    .trim()
    .max(max, { error: `${label}不能超过${max}个字符` })
    .meta({ title: label });
const oneOf = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `${label}无效，可选值：${values.join('、')}` }).meta({ title: label });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const id = (label: string) => z.uuid({ error: `${label}应为有效的ID` }).meta({ title: label });
const bool = (label: string) => z.boolean({ error: `${label}应为是或否` }).meta({ title: label });
/** A comma-separated query value: `status=registered,in_progress`. */
const csv = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(oneOf(values, label)));
const queryBool = (label: string) =>
  z.enum(['true', 'false'], { error: `${label}应为 true 或 false` }).transform((v) => v === 'true');

/** Any kind's outcome code; whether it fits the case's kind is checked with the case (outcomeKind.ts). */
export const outcomeCategory = oneOf(OUTCOME_CODES, '裁判结果（复议结果）');

// ---------------------------------------------------------------------------------------------------------------
// Inputs

export const partyInput = z.object({
  side: oneOf(PARTY_SIDES, '当事人地位'),
  partyType: oneOf(PARTY_TYPES, '当事人类型'),
  name: text('当事人名称', 200).min(1, { error: '当事人名称不能为空' }),
  agencyId: id('当事人机关').nullish(),
  defendantRole: oneOf(DEFENDANT_ROLES, '被告类别').nullish(),
  idNumber: text('证件号码', 40).nullish(),
  phone: text('联系电话', 40).nullish(),
});
export type PartyInput = z.infer<typeof partyInput>;

const amount = z
  .union(
    [
      z.number(),
      z
        .string()
        .trim()
        .regex(/^\d+(\.\d{1,2})?$/),
    ],
    { error: '诉讼标的额应为不超过两位小数的金额' },
  )
  .meta({ title: '诉讼标的额' })
  .transform((v) => (typeof v === 'number' ? v.toFixed(2) : v));

/** Fields a case can be created or patched with. */
const caseFields = {
  caseNumber: text('案号', 100).nullish(),
  /** Store an unparseable number as 待核实 instead of refusing it. */
  acceptUnverified: bool('接受待核实案号').optional(),
  instance: oneOf(CASE_INSTANCES, '审级').nullish(),
  courtAgencyId: id('法院（复议机关）').nullish(),
  courtCode: text('法院代字', 20).nullish(),
  /** Region the case counts for; by default the first defendant's. */
  regionCode: text('所属地区', 12).optional(),
  receivedDate: date('收案日期').nullish(),
  filedDate: date('立案日期').nullish(),
  complaintReceivedDate: date('收到起诉状副本日期').nullish(),
  causeOfAction: text('案由', 200).nullish(),
  contestedAct: text('被诉行政行为', 1000).nullish(),
  actKind: oneOf(ACT_KINDS, '行政行为种类').nullish(),
  domain: text('行政管理领域', 60).nullish(),
  plaintiffCount: z
    .number({ error: '原告人数应为整数' })
    .int({ error: '原告人数应为整数' })
    .min(1, { error: '原告人数至少为1' })
    .meta({ title: '原告人数' })
    .optional(),
  amountClaimed: amount.nullish(),
  normativeDocReview: bool('是否涉及规范性文件附带审查').optional(),
  hearingHeld: bool('是否开庭').optional(),
  status: oneOf(CASE_STATUSES, '案件状态').optional(),
  outcome: outcomeCategory.nullish(),
  outcomeDate: date('结案日期').nullish(),
  outcomeText: text('裁判主文', 20000).nullish(),
  appealed: bool('是否上诉').nullish(),
  notes: text('备注', 5000).nullish(),
  riskLevel: oneOf(RISK_LEVELS, '风险等级').optional(),
  /** 承办人: an account that may handle the case (GET /cases/handler-candidates); null clears it. */
  handlerUserId: id('承办人').nullish(),
  parties: z
    .array(partyInput, { error: '当事人应为列表' })
    .max(500, { error: '当事人不能超过500个' })
    .meta({ title: '当事人' })
    .optional(),
};

export const createCaseBody = z.object({ kind: oneOf(CASE_KINDS, '案件类型'), ...caseFields });
export type CreateCaseInput = z.infer<typeof createCaseBody>;

export const updateCaseBody = z.object({
  /** The version read; a stale version is refused with 409 VERSION_CONFLICT. */
  version: z
    .number({ error: '版本号必填' })
    .int({ error: '版本号应为整数' })
    .min(1, { error: '版本号无效' })
    .meta({ title: '版本号' }),
  kind: oneOf(CASE_KINDS, '案件类型').optional(),
  ...caseFields,
});
export type UpdateCaseInput = z.infer<typeof updateCaseBody>;

export const deleteCaseBody = z.object({
  reason: text('删除原因', 500).min(2, { error: '请填写删除原因' }),
  version: z.number().int().min(1).optional(),
});

export const linkBody = z.object({
  toCaseId: id('关联案件'),
  linkType: oneOf(LINK_TYPES, '关联类型'),
});

export const eventBody = z.object({
  at: date('日期'),
  type: oneOf(EVENT_TYPES, '事件类型'),
  title: text('标题', 200).min(1, { error: '标题不能为空' }),
  detail: text('详情', 5000).nullish(),
});

export const unmaskBody = z.object({ reason: text('查看原因', 500).optional() }).optional();

export const caseIdParams = z.object({ id: z.string().max(64) });

export const deadlineParams = z.object({ id: z.string().max(64), deadlineId: z.string().max(64) });

/**
 * PATCH /cases/:id/deadlines/:deadlineId. `customDueDate` sets a custom due date (with `customReason`, required) or
 * clears it (null: back to the statutory date); `status` marks the deadline done ('met') or open again; `version` is
 * the case's version (stale → 409).
 */
export const deadlinePatchBody = z
  .object({
    customDueDate: date('调整后的期限').nullable().optional(),
    customReason: text('调整原因', 500).nullable().optional(),
    status: oneOf(['open', 'met'] as const, '期限状态').optional(),
    version: z.number({ error: '版本号应为整数' }).int().min(1).optional(),
  })
  .refine((b) => b.customDueDate !== undefined || b.customReason !== undefined || b.status !== undefined, {
    error: '请填写调整后的期限或期限状态',
  });
export type DeadlinePatchInput = z.infer<typeof deadlinePatchBody>;

export const assignmentBody = z.object({
  userId: id('分配对象'),
  purpose: oneOf(ASSIGNMENT_PURPOSES, '分配用途'),
});
export const assignmentParams = z.object({ id: z.string().max(64), assignmentId: z.string().max(64) });
export const assignableQuery = z.object({ purpose: oneOf(ASSIGNMENT_PURPOSES, '分配用途') });
export const assignableResponse = z.object({
  items: z.array(z.object({ id: z.string(), displayName: z.string(), regionName: z.string().nullable() })),
});

/** The form's 承办人 choices for a case with these defendant agencies (the first decides the region). */
export const handlerCandidatesQuery = z.object({
  agencyIds: z
    .string()
    .max(2000)
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.uuid({ error: '机关应为有效的ID' }))
        .min(1, { error: '请先选择被告机关' })
        .max(50),
    )
    .meta({ title: '被告机关（逗号分隔）' }),
});
export const handlerCandidatesResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      username: z.string(),
      role: z.string(),
      /** The account's agency, else its region. */
      unitName: z.string().nullable(),
    }),
  ),
});

export const listQuery = z.object({
  kind: csv(CASE_KINDS, '案件类型').optional(),
  status: csv(CASE_STATUSES, '案件状态').optional(),
  outcome: csv(OUTCOME_CODES, '裁判结果（复议结果）').optional(),
  riskLevel: csv(RISK_LEVELS, '风险等级').optional(),
  instance: csv(CASE_INSTANCES, '审级').optional(),
  regionCode: text('地区', 12).optional(),
  /** Only the region's own cases (not those of the regions below it). */
  regionExact: queryBool('仅本级').optional(),
  agencyId: id('机关').optional(),
  courtAgencyId: id('法院').optional(),
  domain: text('行政管理领域', 60).optional(),
  governmentLost: queryBool('是否败诉').optional(),
  year: z.coerce.number({ error: '年度应为四位数字' }).int().min(1990).max(2100).optional(),
  q: text('搜索词', 100).optional(),
  includeDeleted: queryBool('含已删除').optional(),
  /** Cases with an open deadline due on or before this date, overdue ones included (the workbench's reminders). */
  dueBy: date('期限截止日').optional(),
  /** 立案日期 and 结案日期 ranges, both ends included (an indicator's period). */
  filedFrom: date('立案日期起').optional(),
  filedTo: date('立案日期止').optional(),
  concludedFrom: date('结案日期起').optional(),
  concludedTo: date('结案日期止').optional(),
  /**
   * An indicator's cases (modules/indicators, the figure's `cases` link): the definition id, the part, the period and
   * the definition set's version; with `exactTotal` the count equals the figure.
   */
  indicator: text('指标', 64).optional(),
  indicatorPart: oneOf(['numerator', 'denominator'] as const, '指标分子或分母').optional(),
  indicatorFrom: date('指标起始日期').optional(),
  indicatorTo: date('指标截止日期').optional(),
  indicatorVersion: z.coerce.number({ error: '指标口径版本应为整数' }).int().min(0).optional(),
  /** Count every matching case (no 10,000 cap): for lists whose size must be exact, such as an indicator's cases. */
  exactTotal: queryBool('精确总数').optional(),
  /** 承办人: `me` (the caller), `none` (nobody named) or an account id. */
  handler: z
    .string()
    .max(64)
    .refine((v) => v === 'me' || v === 'none' || UUID.test(v), { error: '承办人筛选应为 me、none 或账户ID' })
    .meta({ title: '承办人' })
    .optional(),
  sort: oneOf(SORT_KEYS, '排序字段').default('filedDate'),
  order: oneOf(['asc', 'desc'] as const, '排序方向').default('desc'),
  page: z.coerce.number({ error: '页码应为整数' }).int().min(1).max(100000).optional(),
  pageSize: z.coerce
    .number({ error: '每页条数应为整数' })
    .int()
    .min(1)
    .max(200, { error: '每页最多200条' })
    .default(50),
  cursor: text('游标', 1000).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

// ---------------------------------------------------------------------------------------------------------------
// Responses

const nullableDate = z.string().nullable();

export const caseListItem = z.object({
  id: z.string(),
  kind: z.enum(CASE_KINDS),
  caseNumber: z.string().nullable(),
  caseNumberStatus: z.enum(CASE_NUMBER_STATUSES).nullable(),
  instance: z.enum(CASE_INSTANCES).nullable(),
  courtAgencyId: z.string().nullable(),
  courtName: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  firstDefendantAgencyId: z.string().nullable(),
  firstDefendantName: z.string().nullable(),
  /** Up to three plaintiffs; natural persons' names masked (王*明). */
  plaintiffs: z.array(z.string()),
  plaintiffCount: z.number(),
  receivedDate: nullableDate,
  filedDate: nullableDate,
  causeOfAction: z.string().nullable(),
  actKind: z.enum(ACT_KINDS).nullable(),
  domain: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  outcome: z.string().nullable(),
  outcomeLabel: z.string().nullable(),
  outcomeDate: nullableDate,
  governmentLost: z.boolean().nullable(),
  riskLevel: z.enum(RISK_LEVELS),
  /** 承办人 (docs/rules/cases.md#handler): the account and its display name; null when nobody is named. */
  handlerUserId: z.string().nullable(),
  handlerName: z.string().nullable(),
  /** Earliest open deadline (custom date if set). */
  nextDueDate: nullableDate,
  /** That date is 暂定: its year's holiday schedule is not loaded yet (weekends and statutory holidays only). */
  nextDueProvisional: z.boolean(),
  deleted: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
});

export const caseListResponse = z.object({
  items: z.array(caseListItem),
  /** Exact up to the count cap; above it, the cap with `totalIsEstimate: true` ("10000+"). */
  total: z.number(),
  totalIsEstimate: z.boolean(),
  /** Pass as `cursor` for the next page (keyset); null on the last page. */
  nextCursor: z.string().nullable(),
});

export const partyOut = z.object({
  id: z.string(),
  side: z.enum(PARTY_SIDES),
  partyType: z.enum(PARTY_TYPES),
  name: z.string(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  defendantRole: z.enum(DEFENDANT_ROLES).nullable(),
  /** Masked (3299**********1234) unless returned by the unmask action. */
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  masked: z.boolean(),
  sortOrder: z.number(),
});

export const deadlineOut = z.object({
  id: z.string(),
  ruleId: z.string(),
  name: z.string(),
  fromDate: z.string(),
  /** Computed due date; null while the calendar does not cover its year. */
  dueDate: nullableDate,
  customDueDate: nullableDate,
  customReason: z.string().nullable(),
  /** The date in force: custom if set, else computed. */
  effectiveDueDate: nullableDate,
  /**
   * The date in force is 暂定: computed while its year's holiday schedule is not loaded (the explanation says so);
   * replaced by the final date when the schedule is entered.
   */
  provisional: z.boolean(),
  /** The computed (statutory) `dueDate` is 暂定, whether or not a custom date overrides it. */
  dueDateProvisional: z.boolean(),
  explanation: z.string(),
  basis: z.string(),
  status: z.enum(DEADLINE_STATUSES),
  /** Days from today (Asia/Shanghai) to the effective due date; negative when past. */
  daysLeft: z.number().nullable(),
  overdue: z.boolean(),
});

export const caseDetail = caseListItem.extend({
  caseNumberRaw: z.string().nullable(),
  courtCode: z.string().nullable(),
  regionPath: z.string(),
  domainName: z.string().nullable(),
  complaintReceivedDate: nullableDate,
  contestedAct: z.string().nullable(),
  amountClaimed: z.string().nullable(),
  normativeDocReview: z.boolean(),
  hearingHeld: z.boolean(),
  outcomeText: z.string().nullable(),
  appealed: z.boolean().nullable(),
  notes: z.string().nullable(),
  deletedAt: z.string().nullable(),
  deleteReason: z.string().nullable(),
  createdAt: z.string(),
  /** Whether the caller may use POST /cases/:id/unmask. */
  canUnmask: z.boolean(),
  parties: z.array(partyOut),
  links: z.array(
    z.object({
      id: z.string(),
      linkType: z.enum(LINK_TYPES),
      /** 'from': this case is the later one (e.g. the appeal); 'to': the other case links to this one. */
      direction: z.enum(['from', 'to']),
      caseId: z.string(),
      caseNumber: z.string().nullable(),
      kind: z.enum(CASE_KINDS),
      instance: z.enum(CASE_INSTANCES).nullable(),
      status: z.enum(CASE_STATUSES),
    }),
  ),
  timeline: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      type: z.string(),
      title: z.string(),
      detail: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  deadlines: z.array(deadlineOut),
  hearings: z.array(
    z.object({
      id: z.string(),
      scheduledAt: z.string(),
      courtroom: z.string().nullable(),
      headAppearance: z.enum(HEAD_APPEARANCES),
      headName: z.string().nullable(),
      spoke: z.boolean(),
    }),
  ),
  /**
   * Experts and discipline liaisons the case is assigned to (分配专家评查 / 移送纪委监委); only for callers who may
   * assign (case.assign), absent otherwise.
   */
  assignments: z
    .array(
      z.object({
        id: z.string(),
        userId: z.string(),
        displayName: z.string(),
        purpose: z.enum(ASSIGNMENT_PURPOSES),
        createdAt: z.string(),
      }),
    )
    .optional(),
  /** The latest 20 audit entries of this case (who changed what). */
  audit: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      actorName: z.string(),
      fields: z.array(z.string()),
    }),
  ),
});
export type CaseDetail = z.infer<typeof caseDetail>;
export type CaseListItem = z.infer<typeof caseListItem>;
export type PartyOut = z.infer<typeof partyOut>;

export const unmaskResponse = z.object({ parties: z.array(partyOut) });

const labelled = z.array(z.object({ value: z.string(), label: z.string() }));
export const metaResponse = z.object({
  kinds: labelled,
  instances: labelled,
  statuses: labelled,
  actKinds: labelled,
  riskLevels: labelled,
  partySides: labelled,
  partyTypes: labelled,
  defendantRoles: labelled,
  linkTypes: labelled,
  eventTypes: labelled,
  headAppearances: labelled,
  caseNumberStatuses: labelled,
  deadlineStatuses: labelled,
  /** Every outcome of every kind, each with the case kind it belongs to (a form offers its case's kind only). */
  outcomes: z.array(
    z.object({ value: z.string(), label: z.string(), kind: z.string(), loss: z.boolean(), basis: z.string() }),
  ),
  deadlineRules: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      basis: z.string(),
      counting: z.string(),
      length: z.number(),
      startsFrom: z.string(),
      note: z.string().nullable(),
    }),
  ),
  sortKeys: z.array(z.string()),
  maxPageSize: z.number(),
});

// ---------------------------------------------------------------------------------------------------------------
// The workbench's deadline buckets (GET /cases/workload)

export const workloadQuery = z.object({
  /** The day the buckets count from (default today in China). */
  today: date('统计日').optional(),
});
export type WorkloadQuery = z.infer<typeof workloadQuery>;

const bucketCounts = {
  /** Cases with an open deadline already past (due on or before `dates.overdueBy`). */
  overdue: z.number(),
  /** … due within 10 / 20 days, overdue ones included (on or before `dates.within10By` / `within20By`). */
  within10: z.number(),
  within20: z.number(),
  /** Open cases (registered, in progress) without a 承办人. */
  noHandler: z.number(),
};
/** The case-list filters that open exactly a row's cases (with `dueBy` or `handler=none&status=registered,in_progress`). */
const workloadFilter = z.object({
  regionCode: z.string().optional(),
  regionExact: z.boolean().optional(),
  agencyId: z.string().optional(),
  handler: z.string().optional(),
});
export const workloadOut = z.object({
  level: z.enum(['city', 'county', 'agency']),
  today: z.string(),
  dates: z.object({ overdueBy: z.string(), within10By: z.string(), within20By: z.string() }),
  /** The list's `status` filter of the deadline buckets (not archived) and of 无承办人 (still open). */
  statuses: z.object({ deadlines: z.string(), noHandler: z.string() }),
  totals: z.object(bucketCounts),
  units: z.array(z.object({ key: z.string(), name: z.string(), filter: workloadFilter, ...bucketCounts })),
  people: z.array(
    z.object({ userId: z.string().nullable(), name: z.string().nullable(), filter: workloadFilter, ...bucketCounts }),
  ),
});
export type WorkloadOut = z.infer<typeof workloadOut>;
