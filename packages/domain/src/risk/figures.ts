/**
 * The figures of the resolution work (docs/rules/risk.md#figures), per unit (a county or an agency) and in total:
 * - 预警: items warned in the period, of which red;
 * - 转化为败诉: warned items whose case the government then lost — how often a warning came true;
 * - 判前化解率 (调撤率 before judgment): items closed by 协调后撤诉 or 调解 over items closed;
 * - 明确包案领导平均天数: calendar days from the warning to the first leader, over items that have one;
 * - 逾期方案: open items whose plan is past its due date.
 * Rates are null when their denominator is 0; the arithmetic is the caller's to round for display.
 */
import { daysBetween, type IsoDate } from '../calendar/isoDate.js';
import type { RiskOutcome } from './riskItemState.js';

export interface RiskFigureInput {
  unit: string;
  level: 'green' | 'yellow' | 'red';
  closed: boolean;
  outcome: RiskOutcome | null;
  /** The case's recorded outcome is a government loss (the domain's loss rule, stored on the case). */
  caseLost: boolean;
  warnedOn: IsoDate;
  /** The day (China) the first leader was named; null while none is. */
  leadOn: IsoDate | null;
  /** An open item whose 一案一策 is past its due date today. */
  planOverdue: boolean;
}

export interface RiskFigures {
  warnings: number;
  red: number;
  lost: number;
  /** lost / warnings. */
  lostRate: number | null;
  closed: number;
  resolvedBeforeJudgment: number;
  /** resolvedBeforeJudgment / closed. */
  resolvedRate: number | null;
  withLead: number;
  /** Mean days from warning to leader over items with one. */
  avgDaysToLead: number | null;
  overduePlans: number;
}

const BEFORE_JUDGMENT: ReadonlySet<RiskOutcome> = new Set(['withdrawn_after_settlement', 'mediated']);

function empty(): RiskFigures & { leadDays: number } {
  return {
    warnings: 0,
    red: 0,
    lost: 0,
    lostRate: null,
    closed: 0,
    resolvedBeforeJudgment: 0,
    resolvedRate: null,
    withLead: 0,
    avgDaysToLead: null,
    overduePlans: 0,
    leadDays: 0,
  };
}

function add(f: ReturnType<typeof empty>, r: RiskFigureInput): void {
  f.warnings++;
  if (r.level === 'red') f.red++;
  if (r.caseLost) f.lost++;
  if (r.closed) {
    f.closed++;
    if (r.outcome && BEFORE_JUDGMENT.has(r.outcome)) f.resolvedBeforeJudgment++;
  }
  if (r.leadOn) {
    f.withLead++;
    f.leadDays += Math.max(0, daysBetween(r.warnedOn, r.leadOn));
  }
  if (r.planOverdue && !r.closed) f.overduePlans++;
}

function finish({ leadDays, ...f }: ReturnType<typeof empty>): RiskFigures {
  return {
    ...f,
    lostRate: f.warnings ? f.lost / f.warnings : null,
    resolvedRate: f.closed ? f.resolvedBeforeJudgment / f.closed : null,
    avgDaysToLead: f.withLead ? leadDays / f.withLead : null,
  };
}

/** Figures per unit (in first-seen order) and for all rows together. */
export function riskFigures(rows: readonly RiskFigureInput[]): {
  units: (RiskFigures & { unit: string })[];
  total: RiskFigures;
} {
  const byUnit = new Map<string, ReturnType<typeof empty>>();
  const total = empty();
  for (const r of rows) {
    const f = byUnit.get(r.unit) ?? empty();
    byUnit.set(r.unit, f);
    add(f, r);
    add(total, r);
  }
  return { units: [...byUnit].map(([unit, f]) => ({ unit, ...finish(f) })), total: finish(total) };
}
