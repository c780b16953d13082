/**
 * A ranking of units (agencies under the definition's co-defendant rule, or counties) by a rate over a period, with the
 * domain's small-number rule and Wilson interval (`rankUnits`, docs/rules/indicators-and-sanctions.md#rankings): the
 * quarterly loss-rate ranking the cards are proposed from. Counts from the summary (figures.ts), the same statement
 * shape as the figures' per-unit breakdown, so a unit's counts here equal its counts in GET /indicators/figures?by=….
 */
import {
  type IndicatorDefinition,
  type Period,
  periodLabel,
  type RankedUnit,
  rankUnits,
  todayInChina,
} from '@shuangjiang/domain';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { validationFailed } from '../../platform/errors.js';
import { agenciesByIds, regionsByCodes } from '../org/public.js';
import { getSetting } from '../settings/service.js';
import { definitionsOf } from './definitions.js';
import type { RankingsOut, RankingsQuery } from './dto.js';
import { countFigureBy, type FigureScope } from './figures.js';
import { refreshIndicatorFacts } from './refresh.js';
import { caseLink, narrowedScope, periodOf } from './service.js';

export const RANKINGS_KIND = 'rankings';

/** Rates where a low value is the bad one are ranked lowest first (答辩按期率); the others highest first (败诉率 …). */
const LOW_IS_BAD = new Set([
  'defence_on_time_rate',
  'head_appearance_rate',
  'principal_appearance_rate',
  'head_spoke_rate',
]);

export interface RankedWithPath extends RankedUnit {
  /** The unit's region path (a county's own, an agency's region): what scope checks read. */
  readonly regionPath: string;
}

/**
 * Every unit of the level with cases in the rate's denominator, ranked. `by: 'region'` keeps counties only (a case of
 * a city department counts for the city's own code, which is no county to rank).
 */
export async function rankingFor(
  db: DbOrTx,
  def: IndicatorDefinition,
  scope: FigureScope,
  period: Period,
  opts: { by: 'agency' | 'region'; minCases: number; order?: 'highest-first' | 'lowest-first'; asOf?: string },
): Promise<RankedWithPath[]> {
  const counts = await countFigureBy(db, def, scope, period, opts.by, opts.asOf ?? todayInChina());
  const keys = [...counts.keys()].filter(Boolean);
  const units = new Map<string, { name: string; path: string }>(
    opts.by === 'agency'
      ? (await agenciesByIds(db, keys)).map((a) => [a.id, { name: a.name, path: a.regionPath }])
      : (await regionsByCodes(db, keys))
          .filter((r) => r.level === 'county')
          .map((r) => [r.code, { name: r.name, path: r.path }]),
  );
  const ranked = rankUnits(
    keys
      .filter((k) => units.has(k))
      .map((k) => ({
        unitId: k,
        label: units.get(k)!.name,
        numerator: counts.get(k)!.numerator,
        denominator: counts.get(k)!.denominator ?? counts.get(k)!.numerator,
      })),
    {
      minCases: opts.minCases,
      order: opts.order ?? (LOW_IS_BAD.has(def.kind) ? 'lowest-first' : 'highest-first'),
      format: 'format' in def ? def.format : undefined,
    },
  );
  return ranked.map((r) => ({ ...r, regionPath: units.get(r.unitId)!.path }));
}

/** The minimum in force (settings kind `rankings`) with its version. */
export async function rankingMinimum(db: DbOrTx): Promise<{ minCases: number; version: number }> {
  const s = await getSetting(db, RANKINGS_KIND);
  return { minCases: (s.value as { minCases: number }).minCases, version: s.version };
}

/** GET /indicators/rankings: the caller's scope (narrowed by `region`), the definition version asked for. */
export async function rankingsFor(db: Db, principal: Principal, q: RankingsQuery): Promise<RankingsOut> {
  const scope = await narrowedScope(db, principal, q.region);
  const period = periodOf(q.from, q.to);
  await refreshIndicatorFacts(db);
  const { set, version } = await definitionsOf(db, q.definition);
  const def = set.definitions.find((d) => d.id === q.indicator);
  const rates = set.definitions.filter((d) => d.kind !== 'new_cases' && d.kind !== 'concluded').map((d) => d.id);
  if (!def || !rates.includes(def.id)) {
    const message = `指标“${q.indicator}”不是本口径中的比率，可选：${rates.join('、')}`;
    throw validationFailed([{ field: 'indicator', message }], message);
  }
  const minimum = q.minCases ? { minCases: q.minCases, version: null } : await rankingMinimum(db);
  const units = await rankingFor(db, def, scope, period, {
    by: q.level === 'county' ? 'region' : 'agency',
    minCases: minimum.minCases,
  });
  // A unit's cases: the figure's list narrowed to the unit — a county by its region (path prefix: the county and
  // below, as the summary's county), an agency under the definition's co-defendant rule within the asked region.
  const unitFilter = (unitId: string): Record<string, string> =>
    q.level === 'county'
      ? { regionCode: unitId }
      : { ...(q.region ? { regionCode: q.region } : {}), indicatorAgency: unitId };
  return {
    definition: { id: set.id, name: set.name, version },
    indicator: { id: def.id, label: def.label, kind: def.kind },
    period: { from: period.from, to: period.to, kind: period.kind, label: periodLabel(period) },
    level: q.level,
    minCases: minimum.minCases,
    settingsVersion: minimum.version,
    units: units.map((u) => ({
      unitId: u.unitId,
      label: u.label,
      numerator: u.numerator,
      denominator: u.denominator,
      value: u.value,
      display: u.display,
      interval: u.interval,
      rank: u.rank,
      tiedWith: [...u.tiedWith],
      note: u.note,
      cases: {
        numerator: caseLink(def, version, period, scope, 'numerator', unitFilter(u.unitId)),
        denominator: caseLink(def, version, period, scope, 'denominator', unitFilter(u.unitId)),
      },
    })),
  };
}
