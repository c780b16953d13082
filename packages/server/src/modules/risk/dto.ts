/**
 * The risk API's request and response shapes (zod): the routes validate with them, the OpenAPI document and the web's
 * generated types come from them. Every input field carries its Chinese label, so a validation error names it.
 */
import { z } from 'zod';
import {
  LEVEL_SOURCES,
  RISK_ACTIONS,
  RISK_LEVEL_LABELS,
  RISK_LEVELS,
  RISK_OUTCOME_LABELS,
  RISK_OUTCOMES,
  RISK_STATE_LABELS,
  RISK_STATES,
} from './constants.js';

export type RiskLevel = (typeof RISK_LEVELS)[number];
export type RiskState = (typeof RISK_STATES)[number];

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
const oneOf = <T extends readonly [string, ...string[]]>(values: T, labels: Record<T[number], string>, title: string) =>
  titled(
    z.enum(values, {
      error: `${title}无效，可选值：${values.map((v) => `${v}（${labels[v as T[number]]}）`).join('、')}`,
    }),
    title,
  );
const csv = <T extends readonly [string, ...string[]]>(values: T, labels: Record<T[number], string>, title: string) =>
  z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(oneOf(values, labels, title)))
    .meta({ title });

export const itemIdParams = z.object({ id: z.string() });

export const listQuery = z.object({
  level: csv(RISK_LEVELS, RISK_LEVEL_LABELS, '风险等级').optional(),
  state: csv(RISK_STATES, RISK_STATE_LABELS, '状态').optional(),
  includeClosed: z
    .enum(['true', 'false'], { error: '是否含已销号应为 true 或 false' })
    .transform((v) => v === 'true')
    .optional(),
  /** The case's region (and below it) or first defendant: a unit's figures clicked through. */
  regionCode: titled(z.string().regex(/^\d{6}$/, { error: '地区代码应为6位数字' }), '地区').optional(),
  /** Only the region's own cases, not those below it (市本级). */
  regionExact: z
    .enum(['true', 'false'], { error: '仅本级应为 true 或 false' })
    .transform((v) => v === 'true')
    .optional(),
  agencyId: titled(z.uuid({ error: '机关ID无效' }), '机关').optional(),
  /** Items warned on or after / on or before this day (with `includeClosed`, a period's figures). */
  warnedFrom: isoDate('预警日期起').optional(),
  warnedTo: isoDate('预警日期止').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200).meta({ title: '条数' }),
});
export type ListQuery = z.infer<typeof listQuery>;

/** GET /risk-items/figures: a period's resolution figures by county or by first-defendant agency. */
export const figuresQuery = z
  .object({
    from: isoDate('起始日期'),
    to: isoDate('截止日期'),
    by: titled(z.enum(['county', 'agency'], { error: '分组应为 county 或 agency' }), '分组').default('county'),
  })
  .refine((q) => q.from <= q.to, { error: '起始日期不能晚于截止日期', path: ['from'] });

const figures = {
  warnings: z.number(),
  red: z.number(),
  lost: z.number(),
  lostRate: z.number().nullable(),
  closed: z.number(),
  resolvedBeforeJudgment: z.number(),
  resolvedRate: z.number().nullable(),
  withLead: z.number(),
  avgDaysToLead: z.number().nullable(),
  overduePlans: z.number(),
};
export type FiguresQuery = z.infer<typeof figuresQuery>;

export const figuresOut = z.object({
  from: z.string(),
  to: z.string(),
  by: z.enum(['county', 'agency']),
  units: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      /** The risk-items list filters that show exactly this unit's items of the period. */
      filter: z.object({
        regionCode: z.string().optional(),
        regionExact: z.boolean().optional(),
        agencyId: z.string().optional(),
      }),
      ...figures,
    }),
  ),
  total: z.object(figures),
});

export const levelBody = z.object({
  version,
  level: oneOf(RISK_LEVELS, RISK_LEVEL_LABELS, '风险等级'),
  reason: text('调整理由', 4, 500),
});
export type LevelInput = z.infer<typeof levelBody>;

/** POST /risk-items: a case without an item raised by hand (yellow or red, with the reason). */
export const raiseBody = z.object({
  caseId: titled(z.uuid({ error: '案件ID无效' }), '案件'),
  level: titled(z.enum(['yellow', 'red'], { error: '风险等级应为 yellow（黄色）或 red（红色）' }), '风险等级'),
  reason: text('提高等级的理由', 4, 500),
});
export type RaiseInput = z.infer<typeof raiseBody>;

export const leadBody = z.object({
  version,
  headId: titled(z.uuid({ error: '包案领导应为负责人名录中的人员' }), '包案领导'),
  taskForce: titled(
    z.array(z.uuid({ error: '化解专班成员应为账号' })).max(30, { error: '化解专班成员不能超过30人' }),
    '化解专班',
  ).default([]),
});
export type LeadInput = z.infer<typeof leadBody>;

export const planBody = z
  .object({
    version,
    goal: text('化解目标', 1, 500),
    measures: text('化解措施', 1, 4000),
    responsible: text('责任人', 1, 100),
    startDate: isoDate('开始日期'),
    dueDate: isoDate('化解期限'),
    /** The plan's version when revising it (the item's `plan.version`); omitted for the first plan. */
    planVersion: titled(z.number().int().min(1), '方案版本号').optional(),
  })
  .refine((p) => p.dueDate >= p.startDate, { message: '化解期限不能早于开始日期', path: ['dueDate'] });
export type PlanInput = z.infer<typeof planBody>;

export const progressBody = z.object({
  version,
  onDate: isoDate('进展日期'),
  note: text('进展情况', 1, 2000),
});
export type ProgressInput = z.infer<typeof progressBody>;

export const closeBody = z.object({
  version,
  outcome: oneOf(RISK_OUTCOMES, RISK_OUTCOME_LABELS, '化解结果'),
  summary: text('销号说明', 4, 1000),
});
export type CloseInput = z.infer<typeof closeBody>;

export const reopenBody = z.object({ version, reason: text('重新启动理由', 4, 500) });
export type ReopenInput = z.infer<typeof reopenBody>;

/** POST /supervisions: 挂牌督办 of an item (the item's version as read). */
export const superviseBody = z.object({
  itemId: titled(z.uuid({ error: '风险事项ID无效' }), '风险事项'),
  version,
  dueDate: isoDate('督办期限'),
  reason: text('督办理由', 4, 500),
});
export type SuperviseInput = z.infer<typeof superviseBody>;

/** POST /supervisions/{id}/lift: 解除督办 with what was done (the item's version as read). */
export const liftBody = z.object({ version, summary: text('解除督办说明', 4, 1000) });
export type LiftInput = z.infer<typeof liftBody>;

export const supervisionParams = z.object({ id: z.string().max(64) });

export const supervisionListQuery = z.object({
  /** open (default): under supervision now; lifted; all. */
  status: titled(z.enum(['open', 'lifted', 'all'], { error: '督办状态应为 open、lifted 或 all' }), '督办状态').default(
    'open',
  ),
  limit: z.coerce.number({ error: '条数应为整数' }).int().min(1).max(500, { error: '条数最多500' }).default(200),
});
export type SupervisionListQuery = z.infer<typeof supervisionListQuery>;

export const supervisionOut = z.object({
  id: z.string(),
  itemId: z.string(),
  reason: z.string(),
  dueDate: z.string(),
  /** Open and its due date passed (China today). */
  overdue: z.boolean(),
  setByName: z.string().nullable(),
  setAt: z.string(),
  liftedAt: z.string().nullable(),
  liftedByName: z.string().nullable(),
  liftSummary: z.string().nullable(),
});

export const supervisionListOut = z.object({
  items: z.array(
    supervisionOut.extend({
      caseId: z.string(),
      caseNumber: z.string().nullable(),
      level: z.enum(RISK_LEVELS),
      state: z.enum(RISK_STATES),
      leadName: z.string().nullable(),
    }),
  ),
});

/** POST /risk-signals: the court liaison's pre-hearing signal on a case. */
export const signalBody = z.object({
  caseId: titled(z.uuid({ error: '案件ID无效' }), '案件'),
  level: titled(z.enum(['yellow', 'red'], { error: '提示等级应为 yellow（黄色）或 red（红色）' }), '提示等级'),
  note: text('提示内容', 4, 500),
});
export type SignalInput = z.infer<typeof signalBody>;

export const withdrawSignalBody = z.object({ reason: text('撤回理由', 2, 500) });
export const signalParams = z.object({ id: z.string().max(64) });
export const signalListQuery = z.object({ caseId: titled(z.uuid({ error: '案件ID无效' }), '案件') });

const signalOut = z.object({
  id: z.string(),
  level: z.enum(['yellow', 'red']),
  note: z.string(),
  byName: z.string().nullable(),
  at: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawReason: z.string().nullable(),
});
/** A case's signals (newest first) with the case's risk level and item after the screening they caused. */
export const signalsOut = z.object({
  caseId: z.string(),
  riskLevel: z.enum(RISK_LEVELS),
  riskItemId: z.string().nullable(),
  signals: z.array(signalOut),
});

const reason = z.object({ code: z.string(), level: z.enum(['yellow', 'red']), text: z.string() });
const labelled = z.array(z.object({ value: z.string(), label: z.string() }));

export const itemOut = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  causeOfAction: z.string().nullable(),
  level: z.enum(RISK_LEVELS),
  levelLabel: z.string(),
  levelSource: z.enum(LEVEL_SOURCES),
  reasons: z.array(reason),
  screenedLevel: z.enum(RISK_LEVELS),
  overrideReason: z.string().nullable(),
  rulesVersion: z.number(),
  state: z.enum(RISK_STATES),
  stateLabel: z.string(),
  allowedActions: z.array(z.enum(RISK_ACTIONS)),
  warnedOn: z.string(),
  lead: z
    .object({
      headId: z.string().nullable(),
      userId: z.string().nullable(),
      name: z.string(),
      title: z.string().nullable(),
      assignedAt: z.string(),
    })
    .nullable(),
  /** The 包案领导 deadline: due date, its status, working days late, and whether it is overdue today. */
  leadDeadline: z
    .object({
      dueDate: z.string().nullable(),
      status: z.string(),
      overdue: z.boolean(),
      explanation: z.string(),
    })
    .nullable(),
  taskForce: z.array(z.string()),
  planDueDate: z.string().nullable(),
  /** The lead deadline passed without a leader, or the plan's due date passed while the item is open. */
  overdue: z.boolean(),
  outcome: z.enum(RISK_OUTCOMES).nullable(),
  closeSummary: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number(),
});

export const itemListOut = z.object({ items: z.array(itemOut) });

export const itemDetailOut = itemOut.extend({
  plan: z
    .object({
      goal: z.string(),
      measures: z.string(),
      responsible: z.string(),
      startDate: z.string(),
      dueDate: z.string(),
      version: z.number(),
      updatedAt: z.string(),
    })
    .nullable(),
  progress: z.array(
    z.object({ id: z.string(), onDate: z.string(), note: z.string(), byName: z.string().nullable(), at: z.string() }),
  ),
  history: z.array(
    z.object({
      fromLevel: z.enum(RISK_LEVELS).nullable(),
      toLevel: z.enum(RISK_LEVELS),
      source: z.enum(LEVEL_SOURCES),
      reasons: z.array(reason),
      rulesVersion: z.number(),
      reason: z.string().nullable(),
      byName: z.string().nullable(),
      at: z.string(),
    }),
  ),
  /** 挂牌督办: the open one (null when none), and every one the item had, newest first. */
  supervision: supervisionOut.nullable(),
  supervisions: z.array(supervisionOut),
  related: z.array(
    z.object({
      caseId: z.string(),
      caseNumber: z.string().nullable(),
      relations: z.array(z.object({ kind: z.string(), label: z.string() })),
    }),
  ),
});

export const riskMetaOut = z.object({
  levels: labelled,
  states: labelled,
  actions: labelled,
  outcomes: labelled,
  levelSources: labelled,
  transitions: z.record(z.string(), z.array(z.string())),
});
