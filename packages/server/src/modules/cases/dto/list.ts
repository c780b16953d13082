/**
 * The case list (GET /cases): its filters — also the indicators' and the workbench's click-through — and its rows.
 */
import { z } from 'zod';
import {
  ACT_KINDS,
  CASE_INSTANCES,
  CASE_KINDS,
  CASE_NUMBER_STATUSES,
  CASE_STATUSES,
  RISK_LEVELS,
} from '../constants.js';
import { OUTCOME_CODES } from '../outcomeKind.js';
import { SORT_KEYS } from '../repository.js';

import { csv, date, id, oneOf, queryBool, text, UUID } from './fields.js';

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
  /** One agency as a unit of the figure (its co-defendant rule, not any party: a ranking's agency). */
  indicatorAgency: id('指标机关').optional(),
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
