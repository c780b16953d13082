/** zod shapes of the indicators' requests and responses (README.md#api). */
import { z } from 'zod';

const titled = <T extends z.ZodType>(schema: T, title: string) => schema.meta({ title });
const isoDate = (title: string) =>
  titled(
    z
      .string({ error: `${title}应为日期（YYYY-MM-DD）` })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${title}格式应为YYYY-MM-DD` }),
    title,
  );

export const UNIT_KEYS = ['region', 'agency', 'domain', 'cause', 'kind', 'instance', 'month', 'quarter'] as const;
export const BREAKDOWN_KEYS = [...UNIT_KEYS, 'outcome'] as const;
export type BreakdownKey = (typeof BREAKDOWN_KEYS)[number];

export const BY_LABELS: Record<BreakdownKey, string> = {
  region: '按县（市、区）',
  agency: '按机关（按口径的共同被告归属）',
  domain: '按行政管理领域',
  cause: '按案由',
  kind: '按案件类型',
  instance: '按审级',
  month: '按月',
  quarter: '按季度',
  outcome: '按结果（审结案件）',
};

export const figuresQuery = z.object({
  from: isoDate('起始日期'),
  to: isoDate('截止日期'),
  region: titled(z.string().regex(/^\d{6,12}$/, { error: '地区代码应为6–12位数字' }), '地区').optional(),
  by: titled(
    z.enum(BREAKDOWN_KEYS, {
      error: `分组方式无效，可选值：${BREAKDOWN_KEYS.map((k) => `${k}（${BY_LABELS[k]}）`).join('、')}`,
    }),
    '分组方式',
  ).optional(),
  definition: titled(
    z.coerce.number({ error: '指标口径版本应为整数' }).int({ error: '指标口径版本应为整数' }).min(0),
    '指标口径版本',
  ).optional(),
});
export type FiguresQuery = z.infer<typeof figuresQuery>;

const changeOut = z.object({
  from: z.string(),
  to: z.string(),
  numerator: z.number(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  display: z.string(),
  /** Count: relative change; rate: difference of the fractions (percentage points / 100). null when undefined. */
  change: z.number().nullable(),
  /** "+12.50%" for a count, "-1.90个百分点" for a rate, "—" when undefined. */
  changeDisplay: z.string(),
});
const unitOut = z.object({
  key: z.string(),
  label: z.string(),
  numerator: z.number(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  display: z.string(),
});
const figureOut = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.string(),
  /** The definition set and version the figure was computed with. */
  definition: z.object({ id: z.string(), version: z.number().nullable() }),
  numerator: z.number(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  display: z.string(),
  yearOnYear: changeOut,
  periodOnPeriod: changeOut,
  /** Per unit when `by` is a unit key; cases counted for several agencies count for each. */
  units: z.array(unitOut).optional(),
  /** The case list behind the numerator and the denominator (GET /cases with these query parameters). */
  cases: z.object({ numerator: z.string(), denominator: z.string().nullable() }),
});
const breakdownRowOut = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number(),
  share: z.number().nullable(),
  display: z.string(),
});

export const figuresOut = z.object({
  definition: z.object({ id: z.string(), name: z.string(), version: z.number().nullable() }),
  period: z.object({ from: z.string(), to: z.string(), kind: z.string(), label: z.string() }),
  scope: z.object({
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    agencyId: z.string().nullable(),
  }),
  by: z.string().nullable(),
  figures: z.array(figureOut),
  /** Definitions whose figures come from elsewhere (head-appearance rates: GET /hearings/figures). */
  unavailable: z.array(z.object({ id: z.string(), label: z.string(), reason: z.string() })),
  /** The period's cases of the set's first 新收 definition (审结 for `by=outcome`) by the key, with shares. */
  breakdown: z.array(breakdownRowOut),
});
export type FiguresOut = z.infer<typeof figuresOut>;

/** A definition set as exported (its settings version beside it); each definition as the domain defines it. */
export const definitionSetOut = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number(),
  definitions: z.array(z.record(z.string(), z.unknown())),
});
export const importDefinitionsBody = z.object({
  set: titled(z.unknown(), '指标口径'),
  reason: titled(z.string({ error: '请填写修改原因' }).max(500), '修改原因'),
  baseVersion: titled(z.number({ error: '基础版本号应为整数' }).int().min(0), '基础版本号'),
});

export const publishBody = z.object({
  from: isoDate('起始日期'),
  to: isoDate('截止日期'),
  region: titled(z.string().regex(/^\d{6,12}$/, { error: '地区代码应为6–12位数字' }), '地区').optional(),
  definition: titled(
    z.number({ error: '指标口径版本应为整数' }).int({ error: '指标口径版本应为整数' }).min(0),
    '指标口径版本',
  ).optional(),
});
export const snapshotsQuery = z.object({
  region: titled(z.string().regex(/^\d{6,12}$/, { error: '地区代码应为6–12位数字' }), '地区').optional(),
});
export const snapshotParams = z.object({
  id: titled(z.string().regex(/^[0-9a-f-]{36}$/i, { error: '编号格式无效' }), '编号'),
});
const snapshotFigureOut = z.object({
  id: z.string(),
  label: z.string(),
  numerator: z.number(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  display: z.string(),
});
const countsOut = z
  .object({ numerator: z.number(), denominator: z.number().nullable(), display: z.string() })
  .nullable();
const snapshotHead = {
  id: z.string(),
  version: z.number(),
  from: z.string(),
  to: z.string(),
  regionCode: z.string().nullable(),
  definition: z.object({ id: z.string(), version: z.number() }),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
};
export const snapshotOut = z.object({
  ...snapshotHead,
  figures: z.array(
    snapshotFigureOut.extend({ numeratorCaseIds: z.array(z.string()), denominatorCaseIds: z.array(z.string()) }),
  ),
  /** Against the previous version (null for the first): the figures that changed and the cases added or removed. */
  differences: z
    .array(
      z.object({
        id: z.string(),
        label: z.string(),
        before: countsOut,
        after: countsOut,
        numeratorAdded: z.array(z.string()),
        numeratorRemoved: z.array(z.string()),
        denominatorAdded: z.array(z.string()),
        denominatorRemoved: z.array(z.string()),
      }),
    )
    .nullable(),
});
export const snapshotListOut = z.object({
  items: z.array(z.object({ ...snapshotHead, figures: z.array(snapshotFigureOut), changed: z.number().nullable() })),
});

export const RANKING_LEVELS = ['county', 'agency'] as const;
export const rankingsQuery = z.object({
  from: isoDate('起始日期'),
  to: isoDate('截止日期'),
  level: titled(z.enum(RANKING_LEVELS, { error: '排名层级应为 county（县区）或 agency（机关）' }), '排名层级'),
  indicator: titled(z.string().min(1).max(64), '指标').default('loss_rate'),
  region: titled(z.string().regex(/^\d{6,12}$/, { error: '地区代码应为6–12位数字' }), '地区').optional(),
  definition: titled(
    z.coerce.number({ error: '指标口径版本应为整数' }).int({ error: '指标口径版本应为整数' }).min(0),
    '指标口径版本',
  ).optional(),
  /** Overrides the minimum in force (settings kind `rankings`) for this answer only. */
  minCases: titled(z.coerce.number().int({ error: '最低案件数应为整数' }).min(1).max(100_000), '最低案件数').optional(),
});
export type RankingsQuery = z.infer<typeof rankingsQuery>;

export const rankingsOut = z.object({
  definition: z.object({ id: z.string(), name: z.string(), version: z.number().nullable() }),
  indicator: z.object({ id: z.string(), label: z.string(), kind: z.string() }),
  period: z.object({ from: z.string(), to: z.string(), kind: z.string(), label: z.string() }),
  level: z.enum(RANKING_LEVELS),
  /** Units with fewer cases than this in the denominator are listed, not ranked. */
  minCases: z.number(),
  /** The settings version of the minimum (kind `rankings`; 0 = default); null when the query set it. */
  settingsVersion: z.number().nullable(),
  /** Ranked units first (rank order), then the unranked ones. */
  units: z.array(
    z.object({
      unitId: z.string(),
      label: z.string(),
      numerator: z.number(),
      denominator: z.number(),
      value: z.number().nullable(),
      display: z.string(),
      /** The 95% Wilson score interval of the rate; null without cases. */
      interval: z.object({ low: z.number(), high: z.number(), display: z.string() }).nullable(),
      rank: z.number().nullable(),
      tiedWith: z.array(z.string()),
      note: z.object({ code: z.enum(['RANKED', 'TIED', 'BELOW_MINIMUM', 'NO_CASES']), text: z.string() }),
      /** The unit's cases (GET /cases URLs, the figure's with the unit's filter): `exactTotal=true` counts them. */
      cases: z.object({ numerator: z.string(), denominator: z.string() }),
    }),
  ),
});
export type RankingsOut = z.infer<typeof rankingsOut>;
