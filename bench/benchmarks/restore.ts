// Issue 18's restore round trip: the benchmark data set (1,000,000 cases at --scale full) backed up with
// `backupDatabase` (what `shuangjiang backup` and the daily job run), restored into an empty data directory / database
// with `restorePglite` / `restorePostgres` (what `shuangjiang restore` runs), and every table's row count and checksum
// compared with the source's. Times against reading every row once (the checksum pass over the source) in the same
// run: the cost of a backup and of a restore in units of "read the whole database".
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  backupDatabase,
  openPglite,
  openPostgres,
  restorePglite,
  restorePostgres,
  tableChecksums,
} from '@shuangjiang/server';
import pg from 'pg';
import { ensureDataSet, openDataSet, PG_BASE, pgUrl } from '../lib/data.js';
import { type Benchmark, type BenchResult, result } from '../lib/types.js';

const seconds = async (f: () => Promise<unknown>) => {
  const t = performance.now();
  await f();
  return (performance.now() - t) / 1000;
};

export const benchmark: Benchmark = {
  name: 'restore',
  description: 'backup and restore round trip of the data set: times vs one read of every row; checksums equal',
  async run(ctx) {
    const out: BenchResult[] = [];
    for (const kind of ctx.dbs) {
      const data = await ensureDataSet(ctx, kind, ctx.cases);
      const work = mkdtempSync(join(ctx.tmp, `restore-${kind}-`));
      const file = join(work, kind === 'pglite' ? 'backup.tar.gz' : 'backup.dump');
      const target = `sj_restore_bench_${randomBytes(3).toString('hex')}`;
      try {
        const source = await openDataSet(data);
        let before: Awaited<ReturnType<typeof tableChecksums>> = {};
        let readS = 0;
        let backupS = 0;
        try {
          readS = await seconds(async () => {
            before = await tableChecksums(source);
          });
          backupS = await seconds(() => backupDatabase(source, data.url ?? null, file));
        } finally {
          await source.close();
        }
        const sizeMB = statSync(file).size / 2 ** 20;
        let restoreS = 0;
        let after: typeof before = {};
        if (kind === 'pglite') {
          const dir = join(work, 'restored');
          restoreS = await seconds(() => restorePglite(file, dir));
          const restored = await openPglite(dir);
          after = await tableChecksums(restored).finally(() => restored.close());
        } else {
          const admin = new pg.Client({ connectionString: `${PG_BASE}/test` });
          await admin.connect();
          await admin.query(`create database ${target}`);
          await admin.end();
          const restored = await openPostgres(pgUrl(target), { max: 2 });
          try {
            restoreS = await seconds(() => restorePostgres(file, pgUrl(target), restored));
            after = await tableChecksums(restored);
          } finally {
            await restored.close();
          }
        }
        const equal = JSON.stringify(after) === JSON.stringify(before);
        const rows = Object.values(before).reduce((a, t) => a + t.rows, 0);
        ctx.log(
          `  ${kind}: ${rows} rows in ${Object.keys(before).length} tables; read ${readS.toFixed(1)} s, backup ${backupS.toFixed(1)} s (${sizeMB.toFixed(0)} MB), restore ${restoreS.toFixed(1)} s; checksums ${equal ? 'equal' : 'DIFFER'}`,
        );
        out.push(
          result({
            name: `backup (${sizeMB.toFixed(0)} MB file)`,
            db: kind,
            value: backupS,
            unit: 's',
            baseline: 'reading every row once',
            baselineValue: readS,
            n: ctx.cases,
          }),
          result({
            name: 'restore, checksums of every table equal',
            db: kind,
            value: restoreS,
            unit: 's',
            baseline: 'reading every row once',
            baselineValue: readS,
            n: ctx.cases,
            target: 'every table’s row count and checksum equal',
            pass: equal,
          }),
        );
      } finally {
        rmSync(work, { recursive: true, force: true });
        if (kind === 'postgres') {
          const admin = new pg.Client({ connectionString: `${PG_BASE}/test` });
          await admin.connect();
          await admin.query(`drop database if exists ${target} with (force)`);
          await admin.end();
        }
      }
    }
    return out;
  },
};
