/**
 * Figures from the summary (README.md#figures): every definition's numerator and denominator counted in SQL over the
 * summary rows of the scope and period (predicates.ts), shown with the domain's formats, with 同比 and 环比
 * (`changeBetween`) and, when asked, per unit (county, agency under the definition's co-defendant rule, 行政管理领域,
 * 案由, kind, 审级, month, quarter). One statement for every figure of the three periods; one per definition for a
 * breakdown. Head-appearance rates are the hearings module's figures (GET /hearings/figures) and are listed as such.
 */
import {
  changeBetween,
  type DefinitionSet,
  type Figure,
  formatCount,
  formatRate,
  type IndicatorDefinition,
  NO_VALUE,
  type Period,
  previousPeriod,
  samePeriodLastYear,
} from '@shuangjiang/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { countsSource, wholeMonths } from './counts.js';
import { type DefinitionSql, definitionSql, inPeriodSql, partSql } from './predicates.js';

/** Whose cases: a region (and below) and/or an agency (a defendant of the case). */
export interface FigureScope {
  regionPath: string | null;
  agencyId: string | null;
}

export const BY_KEYS = [
  'region',
  'agency',
  'domain',
  'cause',
  'kind',
  'instance',
  'month',
  'quarter',
  'outcome',
] as const;
export type ByKey = (typeof BY_KEYS)[number];

export interface Counts {
  numerator: number;
  /** null for a count. */
  denominator: number | null;
}

/** A figure from counts, as the domain's `figureOf` makes it (value unrounded, display in the definition's format). */
export function figureFromCounts(def: IndicatorDefinition, c: Counts): Figure {
  const base = { id: def.id, label: def.label, numerator: c.numerator, numeratorCaseIds: [], denominatorCaseIds: [] };
  if (c.denominator === null || !('format' in def)) {
    return { ...base, denominator: null, value: c.numerator, display: formatCount(c.numerator) };
  }
  const n = c.denominator;
  return {
    ...base,
    denominator: n,
    value: n === 0 ? null : c.numerator / n,
    display: n === 0 ? NO_VALUE : formatRate(c.numerator, n, def.format),
  };
}

const f = (column: string) => sql.raw(`f.${column}`);

export function scopeSql(scope: FigureScope): SQL {
  const parts: SQL[] = [sql`true`];
  // A prefix LIKE on a text_pattern_ops index; a path holds only digits and slashes.
  if (scope.regionPath) parts.push(sql`${f('region_path')} like ${`${scope.regionPath}%`}`);
  if (scope.agencyId) parts.push(sql`${scope.agencyId}::uuid = any(${f('agencies_every')})`);
  return sql.join(parts, sql` and `);
}

const rowsOf = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;
const DATE_COLUMNS = ['filed_on', 'concluded_on', 'defence_due_on'];

/**
 * Where a statement counts: the counts (counts.ts) when every period is whole months and the counts hold the scope and
 * unit — a sum of `n` over their rows — else the summary rows of the scope, one per case (a day range, an agency's
 * breakdown by another key). Both under the alias `f` with the columns the predicates read.
 */
interface Source {
  over: 'facts' | 'counts';
  from: SQL;
  /** The unit partition's key column (counts only), replacing `unitKey`'s expression. */
  unitKey: SQL | null;
  tally: (condition: SQL) => SQL;
}

type CountsUnit = Parameters<typeof countsSource>[1];

/** `over: 'facts'`: count the summary rows even where the counts answer (the bench's and tests' cross-check). */
export interface CountOptions {
  over?: 'facts';
}

function sourceOf(scope: FigureScope, periods: readonly Period[], unit: CountsUnit, opts: CountOptions = {}): Source {
  const counts = opts.over !== 'facts' && periods.every(wholeMonths) ? countsSource(scope, unit) : null;
  if (counts) {
    // Every row has one date: each period's rows are one range of the partition's month index.
    const month = sql`coalesce(f.concluded_on, f.filed_on, f.defence_due_on)`;
    const inPeriods = sql.join(
      periods.map((p) => sql`${month} between ${p.from}::date and ${p.to}::date`),
      sql` or `,
    );
    return {
      over: 'counts',
      from: sql`indicator_counts f where ${counts.where} and (${inPeriods})`,
      unitKey: counts.unitKey,
      tally: (c) => sql`coalesce(sum(f.n) filter (where ${c}), 0)::int`,
    };
  }
  return {
    over: 'facts',
    from: sql`indicator_case_facts f where ${scopeSql(scope)}`,
    unitKey: null,
    tally: (c) => sql`count(*) filter (where ${c})::int`,
  };
}

/** The counts' partition of a unit key (null: the figure's own rows carry it as a column). */
function countsUnitOf(by: ByKey, def: IndicatorDefinition): CountsUnit {
  switch (by) {
    case 'agency':
      return def.coDefendants === 'first-defendant'
        ? 'agencies_first'
        : def.coDefendants === 'every-defendant'
          ? 'agencies_every'
          : 'agencies_original';
    case 'domain':
    case 'cause':
    case 'instance':
    case 'outcome':
      return by;
    default:
      return null;
  }
}

/** Counts of every computable definition over several periods, in one statement. Missing: head-appearance rates. */
export async function countFigures(
  db: DbOrTx,
  defs: readonly IndicatorDefinition[],
  scope: FigureScope,
  periods: readonly Period[],
  asOf: string,
  opts: CountOptions = {},
): Promise<Map<string, Counts[]>> {
  const src = sourceOf(scope, periods, null, opts);
  const computable = defs.flatMap((def) => {
    const s = definitionSql(def, asOf, src.over);
    return s ? [{ def, s }] : [];
  });
  if (computable.length === 0) return new Map();
  if (src.over === 'counts' && !overlapping(periods)) return countFiguresByPeriod(db, computable, src, periods);
  const columns: SQL[] = [];
  computable.forEach(({ s }, i) => {
    periods.forEach((p, j) => {
      columns.push(sql`${src.tally(partSql(s, p, 'numerator'))} as ${sql.raw(`n_${i}_${j}`)}`);
      if (s.denominator) {
        columns.push(sql`${src.tally(partSql(s, p, 'denominator'))} as ${sql.raw(`d_${i}_${j}`)}`);
      }
    });
  });
  const anyDate = sql.join(
    periods.flatMap((p) => DATE_COLUMNS.map((c) => inPeriodSql(f(c), p))),
    sql` or `,
  );
  const result = await db.execute(sql`select ${sql.join(columns, sql`, `)} from ${src.from} and (${anyDate})`);
  const row = rowsOf<Record<string, number>>(result)[0] ?? {};
  const out = new Map<string, Counts[]>();
  computable.forEach(({ def, s }, i) => {
    out.set(
      def.id,
      periods.map((_, j) => ({
        numerator: Number(row[`n_${i}_${j}`] ?? 0),
        denominator: s.denominator ? Number(row[`d_${i}_${j}`] ?? 0) : null,
      })),
    );
  });
  return out;
}

const overlapping = (ps: readonly Period[]) =>
  ps.some((a, i) => ps.some((b, j) => i !== j && a.from <= b.to && b.from <= a.to));

/**
 * `countFigures` over the counts when the periods do not overlap (a month, quarter or year with 同比 and 环比): each
 * count row has one date, so it belongs to one period — grouped by that period, every definition is counted once
 * rather than once per period (a third of the aggregates and parameters of the statement).
 */
async function countFiguresByPeriod(
  db: DbOrTx,
  computable: readonly { def: IndicatorDefinition; s: DefinitionSql }[],
  src: Source,
  periods: readonly Period[],
): Promise<Map<string, Counts[]>> {
  const month = sql`coalesce(f.concluded_on, f.filed_on, f.defence_due_on)`;
  const period = sql`case ${sql.join(
    periods.map((p, j) => sql`when ${month} between ${p.from}::date and ${p.to}::date then ${sql.raw(String(j))}`),
    sql` `,
  )} end`;
  const columns: SQL[] = [];
  computable.forEach(({ s }, i) => {
    // partSql without the period: the row's own date is the definition's (its column set), the period is the group.
    const dated = (c: SQL) => sql`(${s.date} is not null and ${c})`;
    const base = s.denominator ?? s.numerator;
    columns.push(
      sql`${src.tally(dated(s.denominator ? sql`(${base} and ${s.numerator})` : base))} as ${sql.raw(`n_${i}`)}`,
    );
    if (s.denominator) columns.push(sql`${src.tally(dated(base))} as ${sql.raw(`d_${i}`)}`);
  });
  const result = await db.execute(
    sql`select ${period} as period, ${sql.join(columns, sql`, `)} from ${src.from} group by 1`,
  );
  const rows = new Map(rowsOf<Record<string, number>>(result).map((r) => [Number(r.period), r]));
  const out = new Map<string, Counts[]>();
  computable.forEach(({ def, s }, i) => {
    out.set(
      def.id,
      periods.map((_, j) => ({
        numerator: Number(rows.get(j)?.[`n_${i}`] ?? 0),
        denominator: s.denominator ? Number(rows.get(j)?.[`d_${i}`] ?? 0) : null,
      })),
    );
  });
  return out;
}

/** The SQL of a unit key (one per case, or several: the agencies under the definition's rule). */
function unitKey(by: ByKey, def: IndicatorDefinition, s: DefinitionSql): { key: SQL; lateral: SQL | null } {
  switch (by) {
    case 'region':
      return { key: f('county_code'), lateral: null };
    case 'agency': {
      const column =
        def.coDefendants === 'first-defendant'
          ? 'agencies_first'
          : def.coDefendants === 'every-defendant'
            ? 'agencies_every'
            : 'agencies_original';
      return { key: sql`u.key::text`, lateral: sql`cross join lateral unnest(${f(column)}) as u(key)` };
    }
    case 'domain':
      return { key: sql`coalesce(${f('domain')}, '')`, lateral: null };
    case 'cause':
      return { key: sql`coalesce(${f('cause_of_action')}, '')`, lateral: null };
    case 'kind':
      return { key: f('kind'), lateral: null };
    case 'instance':
      return {
        key: sql`case when ${f('kind')} = 'litigation' then coalesce(${f('instance')}, 'first') else coalesce(${f('instance')}, '') end`,
        lateral: null,
      };
    case 'month':
      return { key: sql`to_char(${s.date}, 'YYYY-MM')`, lateral: null };
    case 'outcome':
      return { key: sql`coalesce(${f('outcome')}, '')`, lateral: null };
    case 'quarter':
      return {
        key: sql`to_char(${s.date}, 'YYYY') || '-Q' || extract(quarter from ${s.date})::int::text`,
        lateral: null,
      };
  }
}

/** A definition's counts per unit over the period, units with no case left out; a case may count for several agencies. */
export async function countFigureBy(
  db: DbOrTx,
  def: IndicatorDefinition,
  scope: FigureScope,
  period: Period,
  by: ByKey,
  asOf: string,
  opts: CountOptions = {},
): Promise<Map<string, Counts>> {
  const src = sourceOf(scope, [period], countsUnitOf(by, def), opts);
  const s = definitionSql(def, asOf, src.over);
  if (!s) return new Map();
  const unit = unitKey(by, def, s);
  const { key, lateral } = src.unitKey ? { key: src.unitKey, lateral: null } : unit;
  const from =
    src.over === 'facts' ? sql`indicator_case_facts f ${lateral ?? sql``} where ${scopeSql(scope)}` : src.from;
  const result = await db.execute(sql`
    select ${key} as key,
      ${src.tally(partSql(s, period, 'numerator'))} as n,
      ${src.tally(partSql(s, period, 'denominator'))} as d
    from ${from} and ${partSql(s, period, 'denominator')}
    group by 1`);
  return new Map(
    rowsOf<{ key: string; n: number; d: number }>(result).map((r) => [
      String(r.key ?? ''),
      { numerator: Number(r.n), denominator: s.denominator ? Number(r.d) : null },
    ]),
  );
}

/** The date column that places a case of the definition in a period (predicates.ts `date`). */
const dateColumnOf = (def: IndicatorDefinition) =>
  def.kind === 'new_cases' ? 'filed_on' : def.kind === 'defence_on_time_rate' ? 'defence_due_on' : 'concluded_on';

/**
 * Every definition's counts per unit over the period, in one statement per distinct unit key (definitions sharing a
 * co-defendant rule, or a date column for month/quarter, share one): the dashboard's breakdown without a statement per
 * figure. Definition id → unit → counts; units with no case left out.
 */
export async function countFiguresBy(
  db: DbOrTx,
  defs: readonly IndicatorDefinition[],
  scope: FigureScope,
  period: Period,
  by: ByKey,
  asOf: string,
  opts: CountOptions = {},
): Promise<Map<string, Map<string, Counts>>> {
  const groups = new Map<
    string,
    { key: SQL; lateral: SQL | null; src: Source; items: { def: IndicatorDefinition; s: DefinitionSql }[] }
  >();
  for (const def of defs) {
    const src = sourceOf(scope, [period], countsUnitOf(by, def), opts);
    const s = definitionSql(def, asOf, src.over);
    if (!s) continue;
    const unit = unitKey(by, def, s);
    const k = src.unitKey ? { key: src.unitKey, lateral: null, src } : { ...unit, src };
    const id = JSON.stringify([
      by,
      by === 'agency' ? def.coDefendants : '',
      by === 'month' || by === 'quarter' ? dateColumnOf(def) : '',
    ]);
    const g = groups.get(id) ?? { ...k, items: [] };
    g.items.push({ def, s });
    groups.set(id, g);
  }
  const out = new Map<string, Map<string, Counts>>();
  for (const g of groups.values()) {
    const columns: SQL[] = [];
    const bases: SQL[] = [];
    g.items.forEach(({ s }, i) => {
      columns.push(sql`${g.src.tally(partSql(s, period, 'numerator'))} as ${sql.raw(`n_${i}`)}`);
      columns.push(sql`${g.src.tally(partSql(s, period, 'denominator'))} as ${sql.raw(`d_${i}`)}`);
      bases.push(partSql(s, period, 'denominator'));
    });
    const from =
      g.src.over === 'facts' ? sql`indicator_case_facts f ${g.lateral ?? sql``} where ${scopeSql(scope)}` : g.src.from;
    const result = await db.execute(sql`
      select ${g.key} as key, ${sql.join(columns, sql`, `)}
      from ${from} and (${sql.join(bases, sql` or `)})
      group by 1`);
    const rows = rowsOf<Record<string, unknown>>(result);
    g.items.forEach(({ def, s }, i) => {
      const units = new Map<string, Counts>();
      for (const r of rows) {
        const n = Number(r[`n_${i}`]);
        const d = Number(r[`d_${i}`]);
        if (d === 0 && n === 0) continue;
        units.set(String(r.key ?? ''), { numerator: n, denominator: s.denominator ? d : null });
      }
      out.set(def.id, units);
    });
  }
  return out;
}

/** The case ids of one part of a figure (the click-through list and the snapshot), in id order; of one agency as a unit. */
export async function memberIds(
  db: DbOrTx,
  def: IndicatorDefinition,
  scope: FigureScope,
  period: Period,
  part: 'numerator' | 'denominator',
  asOf: string,
  unit: { agencyId?: string } = {},
): Promise<string[]> {
  const s = definitionSql(def, asOf);
  if (!s) return [];
  // An agency as a unit counts the cases it counts for under the definition's co-defendant rule (countFigureBy's key).
  const agency = unit.agencyId
    ? sql` and ${unit.agencyId}::uuid = any(${f(countsUnitOf('agency', def) as string)})`
    : sql``;
  const result = await db.execute(sql`
    select f.case_id from indicator_case_facts f where ${scopeSql(scope)} and ${partSql(s, period, part)}${agency}
    order by f.case_id`);
  return rowsOf<{ case_id: string }>(result).map((r) => String(r.case_id));
}

/**
 * The case ids behind a figure over a period and scope (a report's snapshot, docs/rules/reports.md#snapshot): the same
 * predicate as the count, so `numerator.length` is the figure's numerator; `denominator` null for a count (and both
 * empty for a figure the summary does not compute: head-appearance rates).
 */
export async function figureMemberIds(
  db: DbOrTx,
  def: IndicatorDefinition,
  scope: FigureScope,
  period: Period,
  asOf: string,
): Promise<{ numerator: string[]; denominator: string[] | null }> {
  const s = definitionSql(def, asOf);
  if (!s) return { numerator: [], denominator: null };
  const numerator = await memberIds(db, def, scope, period, 'numerator', asOf);
  return {
    numerator,
    denominator: s.denominator ? await memberIds(db, def, scope, period, 'denominator', asOf) : null,
  };
}

export interface ComparedCounts {
  def: IndicatorDefinition;
  current: Figure;
  yearOnYear: ReturnType<typeof changeBetween>;
  periodOnPeriod: ReturnType<typeof changeBetween>;
}

/** Every computable figure of the set over the period with its 同比 and 环比. */
export async function compareFigures(
  db: DbOrTx,
  set: DefinitionSet,
  scope: FigureScope,
  period: Period,
  asOf: string,
): Promise<{ compared: ComparedCounts[]; unavailable: IndicatorDefinition[] }> {
  const periods = [period, samePeriodLastYear(period), previousPeriod(period)];
  const counts = await countFigures(db, set.definitions, scope, periods, asOf);
  const compared: ComparedCounts[] = [];
  const unavailable: IndicatorDefinition[] = [];
  for (const def of set.definitions) {
    const c = counts.get(def.id);
    if (!c) {
      unavailable.push(def);
      continue;
    }
    const [now, lastYear, before] = c.map((x) => figureFromCounts(def, x)) as [Figure, Figure, Figure];
    compared.push({
      def,
      current: now,
      yearOnYear: changeBetween(def, now, lastYear),
      periodOnPeriod: changeBetween(def, now, before),
    });
  }
  return { compared, unavailable };
}
