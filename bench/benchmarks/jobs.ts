import { type Database, openPglite, openPostgres, runMigrations } from '@shuangjiang/server';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { enqueue, JobRegistry, runDueJobs } from '../../packages/server/src/platform/jobs/index.js';
import { PG_BASE, pgUrl } from '../lib/data.js';
import { type Benchmark, result } from '../lib/types.js';

/**
 * Jobs claimed per second (platform/jobs: claim FOR UPDATE SKIP LOCKED, one transaction per job that holds the row and
 * marks it done, a no-op handler) vs the yardstick of one autocommitted primary-key UPDATE per job on the same table.
 * PostgreSQL also with two workers (two pools) draining one queue.
 */
export const benchmark: Benchmark = {
  name: 'jobs',
  description: 'background jobs claimed and run per second (no-op handler) vs one UPDATE per job',
  async run(ctx) {
    const n = ctx.scale === 'full' ? 5_000 : 500;
    const out = [];
    for (const kind of ctx.dbs) {
      const { database, second, close } = await openScratch(kind);
      try {
        const registry = new JobRegistry();
        registry.defineJob('bench.noop', async () => {});
        const now = new Date('2026-11-30T00:00:00Z');
        const fill = async (prefix: string) => {
          await database.db.execute(sql`delete from jobs`);
          await database.db.transaction(async (tx) => {
            for (let i = 0; i < n; i++) await enqueue(tx, 'bench.noop', { i }, { key: `${prefix}-${i}`, runAt: now });
          });
        };

        await fill('base');
        const t0 = performance.now();
        const ids = (await database.db.execute(sql`select id from jobs`)) as unknown as { rows: { id: string }[] };
        for (const { id } of ids.rows)
          await database.db.execute(
            sql`update jobs set status = 'done', finished_at = ${now.toISOString()} where id = ${id}`,
          );
        const baseRate = n / ((performance.now() - t0) / 1000);

        await fill('one');
        const t1 = performance.now();
        const one = await runDueJobs(database.db, registry, { now, limit: n });
        const rate = n / ((performance.now() - t1) / 1000);
        if (one.ran !== n) throw new Error(`jobs: ran ${one.ran} of ${n}`);
        out.push(
          result({
            name: 'jobs claimed/s (1 worker)',
            db: kind,
            value: rate,
            unit: 'jobs/s',
            baseline: 'one UPDATE per job',
            baselineValue: baseRate,
            ratio: baseRate / rate,
            n,
          }),
        );

        if (second) {
          await fill('two');
          const t2 = performance.now();
          const [a, b] = await Promise.all([
            runDueJobs(database.db, registry, { now, limit: n, worker: 'A' }),
            runDueJobs(second.db, registry, { now, limit: n, worker: 'B' }),
          ]);
          const rate2 = n / ((performance.now() - t2) / 1000);
          if (a.ran + b.ran !== n) throw new Error(`jobs: two workers ran ${a.ran + b.ran} of ${n}`);
          out.push(
            result({
              name: 'jobs claimed/s (2 workers)',
              db: kind,
              value: rate2,
              unit: 'jobs/s',
              baseline: 'one UPDATE per job',
              baselineValue: baseRate,
              ratio: baseRate / rate2,
              n,
            }),
          );
        }
        ctx.log(`jobs ${kind}: ${Math.round(rate)} jobs/s (one UPDATE per job: ${Math.round(baseRate)}/s)`);
      } finally {
        await close();
      }
    }
    return out;
  },
};

async function openScratch(
  kind: 'pglite' | 'postgres',
): Promise<{ database: Database; second: Database | null; close(): Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openPglite(null);
    await runMigrations(database);
    return { database, second: null, close: () => database.close() };
  }
  const name = 'sj_bench_jobs';
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: `${PG_BASE}/test` });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const database = await openPostgres(pgUrl(name), { max: 4 });
  await runMigrations(database);
  const second = await openPostgres(pgUrl(name), { max: 4 });
  return {
    database,
    second,
    close: async () => {
      await second.close();
      await database.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
