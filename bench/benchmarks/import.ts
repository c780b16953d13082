import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freshOrgDatabase } from '../../packages/server/src/modules/demo/generate.js';
import { rawExcelParse, writeSampleLedger } from '../../packages/server/src/modules/imports/sampleLedger.js';
import { importCasesFromXlsx, systemPrincipal } from '../../packages/server/src/modules/imports/service.js';
import { pgUrl } from '../lib/data.js';
import { costRatioOfRates } from '../lib/proc.js';
import { type BenchContext, type Benchmark, type BenchResult, result } from '../lib/types.js';

const FILE_VERSION = 1;

/** The sample ledger of `n` rows (see writeSampleLedger), cached in tmp/bench by size and version. */
async function writeLedger(ctx: BenchContext, n: number): Promise<string> {
  const file = join(ctx.tmp, `import-${n}-v${FILE_VERSION}.xlsx`);
  if (existsSync(file)) return file;
  const t = performance.now();
  const rows = await writeSampleLedger(file, n);
  ctx.log(`  wrote ${file} (${rows.toLocaleString('en')} rows) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return file;
}

export const benchmark: Benchmark = {
  name: 'import',
  description: 'Excel import (importCasesFromXlsx, into an empty registry) vs a raw exceljs streaming parse',
  async run(ctx) {
    const n = ctx.scale === 'full' ? 100_000 : 20_000;
    const file = await writeLedger(ctx, n);
    // Best of two for the yardstick (the first also warms the page cache for the import).
    const raw = [await rawExcelParse(file), await rawExcelParse(file)].sort((a, b) => a.ms - b.ms)[0]!;
    const baseRate = raw.rows / (raw.ms / 1000);
    ctx.log(`  raw exceljs parse: ${raw.rows.toLocaleString('en')} rows in ${(raw.ms / 1000).toFixed(2)} s`);
    const out: BenchResult[] = [];
    for (const kind of ctx.dbs) {
      const fresh = await freshOrgDatabase(
        kind === 'pglite'
          ? { kind, dataDir: join(ctx.tmp, 'pglite-import') }
          : { kind, serverUrl: pgUrl('test'), name: 'sj_bench_import' },
      );
      try {
        const t = performance.now();
        const r = await importCasesFromXlsx(fresh.database.db, systemPrincipal(), file, { fileName: 'bench.xlsx' });
        const ms = performance.now() - t;
        if (r.status !== 'done' || r.created !== n) {
          throw new Error(
            `import ${r.status}: ${r.created} created of ${n}, ${r.errorCount} errors: ${JSON.stringify(r.errors.slice(0, 5))}`,
          );
        }
        const rate = n / (ms / 1000);
        ctx.log(`  ${kind}: ${n.toLocaleString('en')} rows imported in ${(ms / 1000).toFixed(1)} s`);
        const ratio = costRatioOfRates(rate, baseRate);
        const pass = ratio <= 2 && (kind !== 'postgres' || rate >= 20_000);
        out.push(
          result({
            name: 'import',
            db: kind,
            value: rate,
            unit: 'rows/s',
            baseline: 'exceljs streaming parse',
            baselineValue: baseRate,
            ratio,
            n,
            target: kind === 'postgres' ? '≥ 20,000 rows/s, ≤ 2× parse' : '≤ 2× parse',
            pass,
          }),
        );
      } finally {
        await fresh.drop();
      }
    }
    return out;
  },
};
