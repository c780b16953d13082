import {
  DEMO_CITY_DEFINITIONS,
  type DefinitionSet,
  type IndicatorDefinition,
  previousPeriod,
  quarterPeriod,
  quarterPeriodOf,
  samePeriodLastYear,
  todayInChina,
} from '@shuangjiang/domain';
import {
  countFigureBy,
  countFigures,
  countFiguresBy,
  figuresForOperator,
  rankingFor,
  refreshIndicatorFacts,
} from '@shuangjiang/server';
import { sql } from 'drizzle-orm';
import { ensureDataSet, openDataSet, rowsOf } from '../lib/data.js';
import { type Benchmark, type BenchResult, median, result } from '../lib/types.js';

/**
 * Issue 14 §Performance: the city dashboard's figures (every definition of the demo city's set over a quarter, with
 * 同比 and 环比 and the breakdown by county — what GET /indicators/figures answers) and a quarterly ranking (一审败诉率
 * by agency with the Wilson interval), both counted from the indicators' summary, against the `aggregate` baseline
 * (the best hand-written SQL over the raw tables: new, concluded and losses by county and quarter). Rounds alternate
 * product and baseline (a shared machine's load moves between them). The numbers are checked: the quarter's litigation
 * filed and concluded (every instance) per the summary equal the baseline's sums for that quarter; and every number the
 * dashboard and the ranking read from the counts (each figure of the three periods, each county's, each agency's)
 * equals the same count over the summary rows (`over: 'facts'`, the path before the counts, timed once beside).
 */
const LATERAL = sql`
  select c.region_code, q.quarter,
    count(*) filter (where q.what = 'new') as new_cases,
    count(*) filter (where q.what = 'concluded') as concluded,
    count(*) filter (where q.what = 'concluded' and c.government_lost) as losses
  from cases c
  cross join lateral (values ('new', date_trunc('quarter', c.filed_date)), ('concluded', date_trunc('quarter', c.outcome_date))) as q(what, quarter)
  where c.deleted_at is null and c.kind = 'litigation' and q.quarter is not null
  group by 1, 2 order by 1, 2`;

const ROUNDS = 7;
const all = { regionPath: null, agencyId: null };
const litigation = (kind: 'new_cases' | 'concluded'): IndicatorDefinition => ({
  id: kind,
  kind,
  label: kind,
  caseKinds: ['litigation'],
  instances: 'all',
  coDefendants: 'original-agency',
});

export const benchmark: Benchmark = {
  name: 'indicators',
  description:
    'city dashboard figures (all definitions, 同比/环比, by county) and a quarterly loss-rate ranking vs aggregate',
  async run(ctx) {
    const out: BenchResult[] = [];
    for (const kind of ctx.dbs) {
      const data = await ensureDataSet(ctx, kind, ctx.cases);
      const database = await openDataSet(data);
      try {
        const db = database.db;
        let t = performance.now();
        const refreshed = await refreshIndicatorFacts(db);
        ctx.log(
          `  ${kind}: summary refresh ${refreshed.toLocaleString('en')} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`,
        );
        const last = rowsOf<{ last: string }>(await db.execute(sql`select max(filed_date)::text as last from cases`))[0]
          ?.last;
        const current = quarterPeriodOf(last!);
        const y = Number(current.from.slice(0, 4));
        const q = Math.ceil(Number(current.from.slice(5, 7)) / 3);
        const period = q === 1 ? quarterPeriod(y - 1, 4) : quarterPeriod(y, q - 1);
        const set: DefinitionSet = DEMO_CITY_DEFINITIONS;
        const loss = set.definitions.find((d) => d.id === 'loss_rate')!;
        const dashboard = () => figuresForOperator(db, { from: period.from, to: period.to, by: 'region', set });
        const ranking = () => rankingFor(db, loss, all, period, { by: 'agency', minCases: 5 });
        const times = { dashboard: [] as number[], ranking: [] as number[], baseline: [] as number[] };
        let baselineRows: { quarter: unknown; new_cases: string; concluded: string }[] = [];
        await dashboard();
        await ranking();
        await db.execute(LATERAL);
        for (let i = 0; i < ROUNDS; i++) {
          t = performance.now();
          await dashboard();
          times.dashboard.push(performance.now() - t);
          t = performance.now();
          await ranking();
          times.ranking.push(performance.now() - t);
          t = performance.now();
          baselineRows = rowsOf(await db.execute(LATERAL));
          times.baseline.push(performance.now() - t);
        }
        const inQuarter = baselineRows.filter((r) => {
          const d = new Date(String(r.quarter));
          const iso = new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
          return iso === period.from;
        });
        const baselineNew = inQuarter.reduce((n, r) => n + Number(r.new_cases), 0);
        const baselineConcluded = inQuarter.reduce((n, r) => n + Number(r.concluded), 0);
        const sum = (m: Map<string, { numerator: number }>) => [...m.values()].reduce((n, c) => n + c.numerator, 0);
        const ours = {
          new: sum(await countFigureBy(db, litigation('new_cases'), all, period, 'region', period.to)),
          concluded: sum(await countFigureBy(db, litigation('concluded'), all, period, 'region', period.to)),
        };
        // Every number from the counts against the summary rows (the product's path for a day range).
        const asOf = todayInChina();
        const periods = [period, samePeriodLastYear(period), previousPeriod(period)];
        const facts = { over: 'facts' as const };
        const pairs: [unknown, unknown][] = [];
        t = performance.now();
        pairs.push([
          await countFigures(db, set.definitions, all, periods, asOf, facts),
          await countFigures(db, set.definitions, all, periods, asOf),
        ]);
        pairs.push([
          await countFiguresBy(db, set.definitions, all, period, 'region', asOf, facts),
          await countFiguresBy(db, set.definitions, all, period, 'region', asOf),
        ]);
        const factsMs = performance.now() - t;
        pairs.push([
          await countFigureBy(db, loss, all, period, 'agency', asOf, facts),
          await countFigureBy(db, loss, all, period, 'agency', asOf),
        ]);
        const flat = (v: unknown): string =>
          JSON.stringify(v, (_k, x) => (x instanceof Map ? [...x].sort(([a], [b]) => (a < b ? -1 : 1)) : x));
        const numbers = pairs.reduce((n, [a]) => n + (flat(a).match(/\d+/g)?.length ?? 0), 0);
        const everyEqual = pairs.every(([a, b]) => flat(a) === flat(b));
        ctx.log(
          `  ${kind}: counts vs summary rows: ${everyEqual ? 'every number equal' : 'DIFFERENT'} (~${numbers} numbers); the dashboard's counts over the summary rows took ${factsMs.toFixed(0)} ms`,
        );
        const equal = ours.new === baselineNew && ours.concluded === baselineConcluded && everyEqual;
        const base = median(times.baseline);
        const target = kind === 'postgres' ? 50 : 100;
        ctx.log(
          `  ${kind}: ${period.from}–${period.to}: dashboard p50 ${median(times.dashboard).toFixed(1)} ms, ranking p50 ${median(times.ranking).toFixed(1)} ms, aggregate ${base.toFixed(1)} ms; filed ${ours.new} vs ${baselineNew}, concluded ${ours.concluded} vs ${baselineConcluded}`,
        );
        for (const [name, values] of [
          ['indicators: city dashboard (all figures, 同比/环比, by county)', times.dashboard],
          ['indicators: quarterly ranking (一审败诉率 by agency, Wilson)', times.ranking],
        ] as const) {
          const value = median(values);
          out.push(
            result({
              name,
              db: kind,
              value,
              unit: 'ms',
              baseline: 'aggregate (one pass, hand-written SQL over the raw tables)',
              baselineValue: base,
              n: data.cases,
              target: `p50 ≤ ${target} ms and ≤ 1/10 of aggregate; filed/concluded equal to aggregate, every number to the summary rows'`,
              pass: value <= target && value * 10 <= base && equal,
            }),
          );
        }
      } finally {
        await database.close();
      }
    }
    return out;
  },
};
