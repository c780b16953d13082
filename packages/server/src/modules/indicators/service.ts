/**
 * The indicators' use cases (README.md): figures for a caller (scope from the role), figures for an operator (the
 * CLI: any region, a definition file), the definitions' export and import. Every read empties the summary's queue
 * first (refresh.ts), so figures always include the last committed write.
 */
import {
  caseOutcomeLabel,
  DEFAULT_RATE_FORMAT,
  type DefinitionSet,
  formatRate,
  type IndicatorDefinition,
  monthPeriod,
  type Period,
  periodLabel,
  previousPeriod,
  quarterPeriod,
  rangePeriod,
  samePeriodLastYear,
  todayInChina,
  yearPeriod,
} from '@shuangjiang/domain';
import { sql } from 'drizzle-orm';
import { can } from '../../platform/auth/permissions.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { cachedRead } from '../../platform/db/readCache.js';
import { forbidden, validationFailed } from '../../platform/errors.js';
import { CASE_INSTANCE_LABELS, CASE_KIND_LABELS } from '../cases/constants.js';
import { registerIndicatorListFilter } from '../cases/indicatorSource/public.js';
import { countyPath, listAdminDomains } from '../cases/public.js';
import { agenciesByIds, regionByCode, regionsByCodes } from '../org/public.js';
import { definitionsOf } from './definitions.js';
import type { BreakdownKey, FiguresOut } from './dto.js';
import {
  type Counts,
  compareFigures,
  countFigureBy,
  countFiguresBy,
  type FigureScope,
  figureFromCounts,
  memberIds,
} from './figures.js';
import { refreshIndicatorFacts } from './refresh.js';

export { checkDefinitionSet, definitionsOf, exportDefinitions, importDefinitions } from './definitions.js';
export { rebuildAndCompare, refreshIndicatorFacts } from './refresh.js';

const NOT_RECORDED = '（未记录）';
/**
 * Units in the order of their Chinese labels: one collator for the process — `localeCompare(b, 'zh-CN')` builds one per
 * call (a dashboard's 20 figures × 7 counties took ~8 ms of sorting); the same order.
 */
const BY_LABEL = new Intl.Collator('zh-CN').compare;

/** A month, quarter or year when from–to is exactly one (同比/环比 then compare like with like), else a range. */
export function periodOf(from: string, to: string): Period {
  let range: Period;
  try {
    range = rangePeriod(from, to);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw validationFailed([{ field: message.startsWith('结束') ? 'to' : 'from', message }], message);
  }
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  const same = (p: Period) => p.from === range.from && p.to === range.to;
  if (year >= 1900 && year <= 9999) {
    const y = yearPeriod(year);
    if (same(y)) return y;
    const q = quarterPeriod(year, Math.ceil(month / 3));
    if (same(q)) return q;
    const m = monthPeriod(year, month);
    if (same(m)) return m;
  }
  return range;
}

/** The caller's own scope: the city (city coordinator, leader), the county (county coordinator), the agency. */
function ownScope(principal: Principal): FigureScope {
  switch (principal.role) {
    case 'city_coordinator':
    case 'leader':
      if (!principal.regionPath) throw forbidden('账号未设置所属地区，无法查看指标');
      return { regionPath: principal.regionPath, agencyId: null };
    case 'county_coordinator': {
      const path = countyPath(principal.regionPath);
      if (!path) throw forbidden('账号未设置所属地区，无法查看指标');
      return { regionPath: path, agencyId: null };
    }
    case 'agency_clerk':
    case 'agency_head':
      if (!principal.agencyId) throw forbidden('账号未设置所属机关，无法查看指标');
      return { regionPath: null, agencyId: principal.agencyId };
    default:
      throw forbidden('无权查看指标');
  }
}

/** `region` narrows the scope to a region under it; a region outside is 403, an unknown one 400 naming the field. */
async function narrowed(db: DbOrTx, scope: FigureScope, regionCode: string | undefined): Promise<FigureScope> {
  if (!regionCode) return scope;
  const region = await regionByCode(db, regionCode);
  if (!region) {
    const message = `地区不存在（${regionCode}）`;
    throw validationFailed([{ field: 'region', message }], message);
  }
  if (scope.regionPath && !region.path.startsWith(scope.regionPath)) throw forbidden('无权查看该地区的指标');
  return { ...scope, regionPath: region.path };
}

const monthLabel = (k: string) => `${Number(k.slice(0, 4))}年${Number(k.slice(5, 7))}月`;
const quarterLabel = (k: string) => `${k.slice(0, 4)}年第${k.slice(-1)}季度`;

/**
 * The labels of a breakdown's keys: names of regions, agencies and domains, asked on every dashboard view — a cached
 * read (platform/db/readCache.ts: emptied when any transaction ends, so a renamed agency shows at once), one round
 * trip fewer on the dashboard's path.
 */
async function labelsOf(db: DbOrTx, by: BreakdownKey, keys: string[]): Promise<Map<string, string>> {
  const known = keys.filter(Boolean);
  const map =
    by === 'region' || by === 'agency' || by === 'domain'
      ? await cachedRead(db, `indicator-labels:${by}:${[...known].sort().join(',')}`, () => namesOf(db, by, known))
      : await namesOf(db, by, known);
  return new Map(keys.map((k) => [k, k ? (map.get(k) ?? k) : NOT_RECORDED]));
}

/** The names of a breakdown's recorded keys. */
async function namesOf(db: DbOrTx, by: BreakdownKey, known: string[]): Promise<Map<string, string>> {
  const pairs: [string, string][] = [];
  switch (by) {
    case 'region':
      for (const r of await regionsByCodes(db, known)) pairs.push([r.code, r.name]);
      break;
    case 'agency':
      for (const a of await agenciesByIds(db, known)) pairs.push([a.id, a.name]);
      break;
    case 'domain':
      for (const d of await listAdminDomains(db)) pairs.push([d.code, d.name]);
      break;
    case 'kind':
      for (const k of known) pairs.push([k, CASE_KIND_LABELS[k as keyof typeof CASE_KIND_LABELS] ?? k]);
      break;
    case 'instance':
      for (const k of known) pairs.push([k, CASE_INSTANCE_LABELS[k as keyof typeof CASE_INSTANCE_LABELS] ?? k]);
      break;
    case 'month':
      for (const k of known) pairs.push([k, monthLabel(k)]);
      break;
    case 'quarter':
      for (const k of known) pairs.push([k, quarterLabel(k)]);
      break;
    case 'outcome':
      for (const k of known) pairs.push([k, caseOutcomeLabel(k)]);
      break;
    default:
      for (const k of known) pairs.push([k, k]);
  }
  return new Map(pairs);
}

/** The set's definition a case breakdown counts: the first 新收 (审结 for outcomes). */
function breakdownDefinition(set: DefinitionSet, by: BreakdownKey): IndicatorDefinition | undefined {
  const kind = by === 'outcome' ? 'concluded' : 'new_cases';
  return set.definitions.find((d) => d.kind === kind);
}

/**
 * The period's cases of the breakdown definition by key: count, share of the distinct cases (the domain's
 * `breakdown`: a case of two agencies counts for each, the share's base counts it once), by descending count.
 */
async function caseBreakdown(
  db: DbOrTx,
  set: DefinitionSet,
  scope: FigureScope,
  period: Period,
  by: BreakdownKey,
  total: Counts | undefined,
  asOf: string,
  known?: { units: Map<string, Map<string, Counts>>; labels: Map<string, string> },
): Promise<FiguresOut['breakdown']> {
  const def = breakdownDefinition(set, by);
  if (!def || !total) return [];
  // The figures' units of the same definition and key are these counts (a count's units: its cases per unit).
  const counts = known?.units.get(def.id) ?? (await countFigureBy(db, def, scope, period, by, asOf));
  const labels = known?.units.has(def.id) ? known.labels : await labelsOf(db, by, [...counts.keys()]);
  const base = total.denominator ?? total.numerator;
  return [...counts]
    .map(([key, c]) => ({
      key,
      label: labels.get(key) ?? key,
      count: c.denominator ?? c.numerator,
      share: base === 0 ? null : (c.denominator ?? c.numerator) / base,
      display: formatRate(c.denominator ?? c.numerator, base, DEFAULT_RATE_FORMAT),
    }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * A figure's numerator or denominator as a case list URL; `unit` adds the list's filters of one unit (a ranking's
 * county `regionCode`, agency `indicatorAgency`), so the list's exact total is the unit's count.
 */
export const caseLink = (
  def: IndicatorDefinition,
  version: number | null,
  period: Period,
  scope: FigureScope,
  part: string,
  unit: Record<string, string> = {},
) => {
  const q = new URLSearchParams({
    indicator: def.id,
    indicatorPart: part,
    indicatorFrom: period.from,
    indicatorTo: period.to,
  });
  if (version !== null) q.set('indicatorVersion', String(version));
  if (scope.regionPath) q.set('indicatorRegionPath', scope.regionPath);
  for (const [k, v] of Object.entries(unit)) q.set(k, v);
  return `/api/v1/cases?${q.toString()}`;
};

export interface FiguresInput {
  from: string;
  to: string;
  by?: BreakdownKey;
  /** A set given as is (the CLI's --definition file, validated), else the settings version (default: in force). */
  set?: DefinitionSet;
  version?: number;
}

/** The figures over a scope: what the route and the CLI print. */
export async function figuresOver(
  db: Db,
  scope: FigureScope,
  input: FiguresInput,
  scopeInfo: { regionCode: string | null; regionName: string | null } = { regionCode: null, regionName: null },
): Promise<FiguresOut> {
  const period = periodOf(input.from, input.to);
  await refreshIndicatorFacts(db);
  const { set, version } = input.set ? { set: input.set, version: null } : await definitionsOf(db, input.version);
  const asOf = todayInChina();
  const by = input.by ?? null;
  const figures: FiguresOut['figures'] = [];
  const narrowedTo: Record<string, string> = scopeInfo.regionCode ? { regionCode: scopeInfo.regionCode } : {};
  // The figures of the three periods and every figure's units (one statement per unit key) at once — on PostgreSQL
  // two connections of the pool; their labels looked up once.
  const [{ compared, unavailable }, unitCounts] = await Promise.all([
    compareFigures(db, set, scope, period, asOf),
    by && by !== 'outcome' ? countFiguresBy(db, set.definitions, scope, period, by, asOf) : undefined,
  ]);
  const labels = unitCounts
    ? await labelsOf(db, by as BreakdownKey, [...new Set([...unitCounts.values()].flatMap((m) => [...m.keys()]))])
    : new Map<string, string>();
  for (const c of compared) {
    const change = (ch: typeof c.yearOnYear, p: { from: string; to: string }) => ({
      from: p.from,
      to: p.to,
      numerator: ch.previous.numerator,
      denominator: ch.previous.denominator,
      value: ch.previous.value,
      display: ch.previous.display,
      change: ch.change,
      changeDisplay: ch.display,
    });
    const figure: FiguresOut['figures'][number] = {
      id: c.def.id,
      label: c.def.label,
      kind: c.def.kind,
      definition: { id: set.id, version },
      numerator: c.current.numerator,
      denominator: c.current.denominator,
      value: c.current.value,
      display: c.current.display,
      yearOnYear: change(c.yearOnYear, samePeriodLastYear(period)),
      periodOnPeriod: change(c.periodOnPeriod, previousPeriod(period)),
      // A region asked for (below the caller's scope) narrows the list by the case list's own region filter.
      cases: {
        numerator: caseLink(c.def, version, period, scope, 'numerator', narrowedTo),
        denominator:
          c.current.denominator === null ? null : caseLink(c.def, version, period, scope, 'denominator', narrowedTo),
      },
    };
    if (by && by !== 'outcome') {
      const units = unitCounts?.get(c.def.id) ?? new Map<string, Counts>();
      figure.units = [...units]
        .map(([key, counts]) => {
          const f = figureFromCounts(c.def, counts);
          return {
            key,
            label: labels.get(key) ?? key,
            numerator: f.numerator,
            denominator: f.denominator,
            value: f.value,
            display: f.display,
          };
        })
        .sort((a, b) => BY_LABEL(a.label, b.label) || (a.key < b.key ? -1 : 1));
    }
    figures.push(figure);
  }
  const breakdownDef = by ? breakdownDefinition(set, by) : undefined;
  const total = breakdownDef ? compared.find((c) => c.def.id === breakdownDef.id)?.current : undefined;
  return {
    definition: { id: set.id, name: set.name, version },
    period: { from: period.from, to: period.to, kind: period.kind, label: periodLabel(period) },
    scope: { ...scopeInfo, agencyId: scope.agencyId },
    by,
    figures,
    unavailable: unavailable.map((d) => ({
      id: d.id,
      label: d.label,
      reason: '负责人出庭应诉类指标由庭审模块计算（GET /api/v1/hearings/figures）',
    })),
    breakdown:
      by && total
        ? await caseBreakdown(
            db,
            set,
            scope,
            period,
            by,
            { numerator: total.numerator, denominator: null },
            asOf,
            unitCounts && { units: unitCounts, labels },
          )
        : [],
  };
}

/** The caller's scope narrowed by `region` (403 outside it, 400 unknown). */
export async function narrowedScope(
  db: DbOrTx,
  principal: Principal,
  region: string | undefined,
): Promise<FigureScope> {
  return narrowed(db, ownScope(principal), region);
}

/** GET /indicators/figures: the caller's scope (narrowed by `region`), the definition version asked for. */
export async function figuresFor(
  db: Db,
  principal: Principal,
  q: { from: string; to: string; region?: string; by?: BreakdownKey; definition?: number },
): Promise<FiguresOut> {
  const scope = await narrowed(db, ownScope(principal), q.region);
  const region = q.region ? await regionByCode(db, q.region) : null;
  return figuresOver(
    db,
    scope,
    { from: q.from, to: q.to, by: q.by, version: q.definition },
    { regionCode: region?.code ?? null, regionName: region?.name ?? null },
  );
}

/** The CLI's figures: the whole installation or a region (an operator on a database no server holds). */
export async function figuresForOperator(
  db: Db,
  q: { from: string; to: string; region?: string; by?: BreakdownKey; set?: DefinitionSet },
): Promise<FiguresOut> {
  const scope = await narrowed(db, { regionPath: null, agencyId: null }, q.region);
  const region = q.region ? await regionByCode(db, q.region) : null;
  return figuresOver(
    db,
    scope,
    { from: q.from, to: q.to, by: q.by, set: q.set },
    { regionCode: region?.code ?? null, regionName: region?.name ?? null },
  );
}

/**
 * The case list's indicator filter (GET /cases?indicator=…&indicatorPart=…&indicatorFrom=…&indicatorTo=…): the same
 * predicate and scope as the figure, so the list's exact total equals it. Registered with the cases module.
 */
registerIndicatorListFilter(async (db, principal, f) => {
  if (!can(principal, 'indicator.read')) throw forbidden('无权按指标查看案件');
  await refreshIndicatorFacts(db as Db);
  const { set } = await definitionsOf(db, f.version);
  const def = set.definitions.find((d) => d.id === f.indicator);
  if (!def) {
    const message = `指标口径中没有“${f.indicator}”`;
    throw validationFailed([{ field: 'indicator', message }], message);
  }
  // The ids first (one statement over the summary's date index), then `id = any($ids)`: a plan the list's page and
  // count both make cheaply, where an IN (subquery) was re-planned per statement and slow on the embedded database.
  const ids = await memberIds(db, def, ownScope(principal), periodOf(f.from, f.to), f.part, todayInChina(), {
    agencyId: f.agencyId,
  });
  return sql`"cases"."id" = any(${sql.param(ids)}::uuid[])`;
});
