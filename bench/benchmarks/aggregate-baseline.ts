import { sql } from 'drizzle-orm';
import { ensureDataSet, openDataSet, rowsOf } from '../lib/data.js';
import { type Benchmark, type BenchResult, result } from '../lib/types.js';

/**
 * Quarterly new cases, concluded cases and losses by county (litigation) — two hand-written forms; the faster is the
 * yardstick the indicator dashboard will be held to (≤ 1.5× of it).
 */
const QUERIES = {
  // One pass over cases: each row counts once for its filing quarter and once for its outcome quarter.
  lateral: sql`
    select c.region_code, q.quarter,
      count(*) filter (where q.what = 'new') as new_cases,
      count(*) filter (where q.what = 'concluded') as concluded,
      count(*) filter (where q.what = 'concluded' and c.government_lost) as losses
    from cases c
    cross join lateral (values ('new', date_trunc('quarter', c.filed_date)), ('concluded', date_trunc('quarter', c.outcome_date))) as q(what, quarter)
    where c.deleted_at is null and c.kind = 'litigation' and q.quarter is not null
    group by 1, 2 order by 1, 2`,
  // Two grouped scans joined on (county, quarter).
  twoScans: sql`
    with f as (
      select region_code, date_trunc('quarter', filed_date) as quarter, count(*) as n
      from cases where deleted_at is null and kind = 'litigation' and filed_date is not null group by 1, 2),
    o as (
      select region_code, date_trunc('quarter', outcome_date) as quarter, count(*) as n,
        count(*) filter (where government_lost) as losses
      from cases where deleted_at is null and kind = 'litigation' and outcome_date is not null group by 1, 2)
    select coalesce(f.region_code, o.region_code) as region_code, coalesce(f.quarter, o.quarter) as quarter,
      coalesce(f.n, 0) as new_cases, coalesce(o.n, 0) as concluded, coalesce(o.losses, 0) as losses
    from f full join o on o.region_code = f.region_code and o.quarter = f.quarter order by 1, 2`,
};
const COUNT = sql`select count(*) from cases`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const benchmark: Benchmark = {
  name: 'aggregate-baseline',
  description: 'hand-written SQL: quarterly new/concluded/losses by county (median of 5) vs select count(*) from cases',
  async run(ctx) {
    const out: BenchResult[] = [];
    for (const kind of ctx.dbs) {
      const data = await ensureDataSet(ctx, kind, ctx.cases);
      const database = await openDataSet(data);
      try {
        const time = async (q: ReturnType<typeof sql>) => {
          const runs: number[] = [];
          let rows = 0;
          for (let i = 0; i < 6; i++) {
            const t = performance.now();
            rows = rowsOf(await database.db.execute(q)).length;
            if (i > 0) runs.push(performance.now() - t); // the first run warms the cache
          }
          return { ms: median(runs), rows };
        };
        const count = await time(COUNT);
        const lateral = await time(QUERIES.lateral);
        const twoScans = await time(QUERIES.twoScans);
        const best =
          lateral.ms <= twoScans.ms ? { form: 'one pass (lateral)', ...lateral } : { form: 'two scans', ...twoScans };
        ctx.log(
          `  ${kind}: count(*) ${count.ms.toFixed(1)} ms; lateral ${lateral.ms.toFixed(1)} ms, two scans ${twoScans.ms.toFixed(1)} ms (${best.rows} county-quarters)`,
        );
        out.push(
          result({
            name: `aggregate (${best.form})`,
            db: kind,
            value: best.ms,
            unit: 'ms',
            baseline: 'select count(*) from cases',
            baselineValue: count.ms,
            n: data.cases,
            pass: null,
          }),
        );
      } finally {
        await database.close();
      }
    }
    return out;
  },
};
