/**
 * Timing of the Excel import (not a test): a generated ledger of N rows (default 100,000; the demo city's agencies,
 * courts and domains, so every row is valid), then
 *   - a raw exceljs streaming parse of the file (the yardstick),
 *   - importCasesFromXlsx with dryRun (read + check),
 *   - the full import into a fresh database (PostgreSQL: a new database on TIME_PG_URL's server; PGlite: a new data
 *     directory), with the demo org seeded and no cases.
 *
 *   npx tsx packages/server/scripts/time-import.ts [--rows 100000] [--db pg,pglite] [--repeat 2] [--no-dry] [--batch 1000]
 *
 * Prints each run's time and rows/s, and the time spent in each write statement (summed over batches).
 *
 * The file is cached in $TMPDIR/sj-time-import/ by row count. PostgreSQL: postgres://postgres@127.0.0.1:5432 (trust).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { freshOrgDatabase } from '../src/modules/cases/generate.js';
import { rawExcelParse, writeSampleLedger } from '../src/modules/imports/sampleLedger.js';
import * as service from '../src/modules/imports/service.js';
import type { Database } from '../src/platform/db/client.js';

const { importCasesFromXlsx, systemPrincipal } = service;

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    db: { type: 'string', default: 'pg,pglite' },
    repeat: { type: 'string', default: '1' },
    'no-dry': { type: 'boolean', default: false },
    batch: { type: 'string' },
  },
});
const N = Number(args.rows);
const DBS = args.db!.split(',');
const REPEAT = Number(args.repeat);
const batchSize = args.batch ? Number(args.batch) : undefined;
const PG_BASE = process.env.TIME_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const DIR = join(tmpdir(), 'sj-time-import');

/** The same ledger as bench/benchmarks/import.ts (writeSampleLedger), cached by row count. */
async function writeLedger(n: number): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const file = join(DIR, `ledger-${n}.xlsx`);
  if (existsSync(file)) return file;
  const t = performance.now();
  const rows = await writeSampleLedger(file, n);
  console.log(`wrote ${file} (${rows} rows) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return file;
}

/**
 * CPU seconds of this process and (PostgreSQL on this machine) of the database's server processes: steadier than
 * wall time on a shared machine.
 */
async function cpuNow(database: Database): Promise<{ node: number; server: number | null }> {
  const node = process.cpuUsage();
  let server: number | null = null;
  if (database.kind === 'postgres') {
    try {
      const r = await database.db.execute(sql`select pid from pg_stat_activity where datname = current_database()`);
      server = 0;
      for (const { pid } of (r as unknown as { rows: { pid: number }[] }).rows) {
        const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        server += (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks (100/s)
      }
    } catch {
      server = null; // not on this machine
    }
  }
  return { node: (node.user + node.system) / 1e6, server };
}

const rate = (ms: number) => `${Math.round(N / (ms / 1000)).toLocaleString('en')} rows/s`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const file = await writeLedger(N);
const raw: number[] = [];
for (let i = 0; i < Math.max(2, REPEAT); i++) raw.push((await rawExcelParse(file)).ms);
console.log(`raw exceljs parse: ${raw.map((ms) => `${secs(ms)} (${rate(ms)})`).join(', ')}`);
const bestRaw = Math.min(...raw);

for (const kind of DBS) {
  for (let i = 0; i < REPEAT; i++) {
    const fresh = await freshOrgDatabase(
      kind === 'pglite'
        ? { kind, dataDir: join(DIR, 'pglite') }
        : { kind: 'postgres', serverUrl: `${PG_BASE}/test`, name: `sj_time_import_${process.pid}`, max: 2 },
    );
    try {
      const db = fresh.database.db;
      if (!args['no-dry']) {
        const c0 = process.cpuUsage();
        const t = performance.now();
        const r = await importCasesFromXlsx(db, systemPrincipal(), file, { dryRun: true });
        const ms = performance.now() - t;
        const c1 = process.cpuUsage(c0);
        if (r.errorCount) throw new Error(`dry run: ${r.errorCount} errors ${JSON.stringify(r.errors.slice(0, 3))}`);
        console.log(
          `${kind} dry run: ${secs(ms)} (${rate(ms)}, ${(ms / bestRaw).toFixed(2)}× parse), cpu: node ${((c1.user + c1.system) / 1e6).toFixed(1)} s`,
        );
      }
      const cpu0 = await cpuNow(fresh.database);
      const steps = new Map<string, number>();
      const onStep = (name: string, ms: number) => steps.set(name, (steps.get(name) ?? 0) + ms);
      const t = performance.now();
      const r = await importCasesFromXlsx(db, systemPrincipal(), file, { fileName: 'time.xlsx', batchSize, onStep });
      const ms = performance.now() - t;
      if (r.status !== 'done' || r.created !== N) {
        throw new Error(`import ${r.status}: ${r.created} created, ${r.errorCount} errors`);
      }
      console.log(`${kind} import:  ${secs(ms)} (${rate(ms)}, ${(ms / bestRaw).toFixed(2)}× parse)`);
      const cpu1 = await cpuNow(fresh.database);
      const inDb = [...steps.values()].reduce((a, b) => a + b, 0);
      console.log(
        `  cpu: node ${(cpu1.node - cpu0.node).toFixed(1)} s` +
          (cpu1.server !== null ? `, server ${(cpu1.server - cpu0.server!).toFixed(1)} s` : ''),
      );
      console.log(
        `  statements ${secs(inDb)}: ${[...steps].map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}`).join(', ')}`,
      );
    } finally {
      await fresh.drop();
    }
  }
}
