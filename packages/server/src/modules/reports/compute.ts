/**
 * The figures of the reports (docs/rules/reports.md), computed through the other modules' public functions — never
 * their tables — so a report's numbers are the figures screen's numbers for the same region and period. One file per
 * report: computeMonthly.ts (新收案件通报), computeQuarterly.ts (指标通报), computeAnnual.ts (行政应诉工作报告); this
 * one holds what they share: the periods, the region as a figure scope and as a reader, and the snapshot's case ids
 * (docs/rules/reports.md#snapshot).
 */
import {
  type IndicatorDefinition,
  monthPeriod,
  type Period,
  periodLabel,
  quarterPeriod,
  yearPeriod,
} from '@shuangjiang/domain';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/client.js';
import { type FigureScope, figureMemberIds } from '../indicators/public.js';
import type { RegionRow } from '../org/public.js';
import type { ReportFigureCases } from './content.js';

/** A signed change of a count as the screen shows it: +3, -2, 0. */
export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export interface ReportPeriod {
  key: string;
  period: Period;
}

export function monthlyPeriod(year: number, month: number): ReportPeriod {
  return { key: `${year}-${String(month).padStart(2, '0')}`, period: monthPeriod(year, month) };
}
export function quarterlyPeriod(year: number, quarter: number): ReportPeriod {
  return { key: `${year}-Q${quarter}`, period: quarterPeriod(year, quarter) };
}
export function annualPeriod(year: number): ReportPeriod {
  return { key: String(year), period: yearPeriod(year) };
}

export const scopeOf = (region: RegionRow): FigureScope => ({ regionPath: region.path, agencyId: null });
export const periodOut = (p: ReportPeriod) => ({
  key: p.key,
  from: p.period.from,
  to: p.period.to,
  label: periodLabel(p.period),
});

/**
 * The case ids behind every figure of the text, per definition and period (docs/rules/reports.md#snapshot), asked of
 * the indicators module (`figureMemberIds`: the figure's own predicate and scope).
 */
export async function figureCases(
  db: Db,
  defs: readonly IndicatorDefinition[],
  definition: { id: string; version: number | null },
  scope: FigureScope,
  periods: readonly Period[],
  asOf: string,
): Promise<ReportFigureCases[]> {
  const out: ReportFigureCases[] = [];
  for (const period of periods) {
    for (const def of defs) {
      const ids = await figureMemberIds(db, def, scope, period, asOf);
      out.push({
        key: `${def.id}@${period.from}`,
        id: def.id,
        label: def.label,
        period: { from: period.from, to: period.to, label: periodLabel(period) },
        definition,
        numeratorCaseIds: ids.numerator,
        denominatorCaseIds: ids.denominator,
      });
    }
  }
  return out;
}

/**
 * The cards module scopes its list by a principal; the notice reads the cards of its region as that region's city
 * coordinator would (the cards' scope is the region path, the role only decides whether one may read at all).
 */
export function regionReader(region: RegionRow): Principal {
  return {
    userId: '00000000-0000-0000-0000-000000000000',
    username: 'reports',
    displayName: '通报',
    role: 'city_coordinator',
    regionCode: region.code,
    regionPath: region.path,
    agencyId: null,
    sessionId: 'reports',
  };
}
