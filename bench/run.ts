// `npm run bench [-- --scale small|full] [--db pglite|postgres|both] [--only name,name]`
// Runs every benchmark in bench/benchmarks/ (in the order below), writes bench/results/latest.json, appends the run
// to bench/results/history.jsonl and prints a Markdown table. Each figure is a ratio against a baseline measured in
// the same run on the same machine. Targets are reported as pass/fail; they never fail the test suite.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchContext, Benchmark, BenchResult, DbKind, Scale } from './lib/types.js';

const ORDER = [
  'caseno',
  'deadline',
  'import',
  'list',
  'case-detail',
  'aggregate-baseline',
  'indicators',
  'memory',
  'jobs',
  'pglite-thread',
  'layers',
  'mixed',
  'restore',
];

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'small' },
    db: { type: 'string', default: 'both' },
    only: { type: 'string' },
  },
});
const scale = values.scale as Scale;
if (scale !== 'small' && scale !== 'full') throw new Error('--scale must be small or full');
const dbs: DbKind[] = values.db === 'both' ? ['pglite', 'postgres'] : [values.db as DbKind];
if (!dbs.every((d) => d === 'pglite' || d === 'postgres')) throw new Error('--db must be pglite, postgres or both');

const root = new URL('..', import.meta.url).pathname;
const ctx: BenchContext = {
  scale,
  cases: scale === 'full' ? 1_000_000 : 50_000,
  dbs,
  root,
  tmp: join(root, 'tmp', 'bench'),
  log: (m) => process.stderr.write(`[bench] ${m}\n`),
};
mkdirSync(ctx.tmp, { recursive: true });

const only = values.only?.split(',');
const started = Date.now();
const results: BenchResult[] = [];
/** Benchmarks that failed (the tree is shared: a module being edited must not stop the other benchmarks). */
const failed: { name: string; error: string }[] = [];
for (const name of ORDER) {
  if (only && !only.includes(name)) continue;
  let mod: { benchmark: Benchmark };
  try {
    mod = await import(`./benchmarks/${name}.ts`);
  } catch (err) {
    if (
      (err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' &&
      String(err).includes(`benchmarks/${name}.ts`)
    ) {
      ctx.log(`${name}: no benchmark file yet, skipped`);
      continue;
    }
    failed.push({ name, error: String(err).split('\n')[0]! });
    ctx.log(`${name}: FAILED to load: ${String(err).split('\n')[0]}`);
    continue;
  }
  ctx.log(`${name}: ${mod.benchmark.description}`);
  const t = Date.now();
  try {
    results.push(...(await mod.benchmark.run(ctx)));
    ctx.log(`${name}: done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } catch (err) {
    failed.push({ name, error: String(err).split('\n')[0]! });
    ctx.log(`${name}: FAILED after ${((Date.now() - t) / 1000).toFixed(1)} s: ${String(err).split('\n')[0]}`);
  }
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const outDir = join(root, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
appendFileSync(
  join(outDir, 'history.jsonl'),
  `${JSON.stringify({ at: new Date().toISOString(), scale, machine, seconds: Math.round((Date.now() - started) / 1000), results, failed })}\n`,
);

const fmt = (v: number) =>
  Number.isFinite(v) ? (Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(2)) : '—';
const lines = [
  `Scale ${scale} (${ctx.cases.toLocaleString('en')} cases), ${machine}, ${((Date.now() - started) / 1000).toFixed(0)} s`,
  '',
  '| benchmark | db | value | baseline | baseline value | ratio | n | target | met |',
  '|---|---|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.name} | ${r.db} | ${fmt(r.value)} ${r.unit} | ${r.baseline} | ${fmt(r.baselineValue)} ${r.unit} | ${fmt(r.ratio)}${r.spread ? ` (${fmt(r.spread[0])}–${fmt(r.spread[1])})` : ''} | ${r.n.toLocaleString('en')} | ${r.target ?? ''} | ${r.pass == null ? '' : r.pass ? 'yes' : '**no**'} |`,
  ),
];
if (failed.length) lines.push('', ...failed.map((f) => `FAILED ${f.name}: ${f.error}`));
process.stdout.write(`${lines.join('\n')}\n`);
if (failed.length) process.exitCode = 1;
