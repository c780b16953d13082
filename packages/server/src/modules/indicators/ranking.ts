/**
 * A ranking of units (agencies under the definition's co-defendant rule, or counties) by a rate over a period, with the
 * domain's small-number rule and Wilson interval (`rankUnits`, docs/rules/indicators-and-sanctions.md#rankings): the
 * quarterly loss-rate ranking the cards are proposed from. Counts from the summary (figures.ts).
 */
import { type IndicatorDefinition, type Period, type RankedUnit, rankUnits, todayInChina } from '@shuangjiang/domain';
import type { DbOrTx } from '../../platform/db/client.js';
import { agenciesByIds, regionsByCodes } from '../org/public.js';
import { countFigureBy, type FigureScope } from './figures.js';

export async function rankingFor(
  db: DbOrTx,
  def: IndicatorDefinition,
  scope: FigureScope,
  period: Period,
  opts: { by: 'agency' | 'region'; minCases: number; order?: 'highest-first' | 'lowest-first' },
): Promise<RankedUnit[]> {
  const counts = await countFigureBy(db, def, scope, period, opts.by, todayInChina());
  const keys = [...counts.keys()].filter(Boolean);
  const names = new Map<string, string>(
    opts.by === 'agency'
      ? (await agenciesByIds(db, keys)).map((a) => [a.id, a.name])
      : (await regionsByCodes(db, keys)).map((r) => [r.code, r.name]),
  );
  return rankUnits(
    keys.map((k) => ({
      unitId: k,
      label: names.get(k) ?? k,
      numerator: counts.get(k)!.numerator,
      denominator: counts.get(k)!.denominator ?? counts.get(k)!.numerator,
    })),
    {
      minCases: opts.minCases,
      order: opts.order ?? 'highest-first',
      format: 'format' in def ? def.format : undefined,
    },
  );
}
