// `npx tsx bench/report.ts`: the Markdown table of the README's Performance section, from the latest run of each
// scale in bench/results/history.jsonl (small and full side by side).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult } from './lib/types.js';

interface Run {
  at: string;
  scale: 'small' | 'full';
  machine: string;
  seconds: number;
  results: BenchResult[];
}

const root = new URL('..', import.meta.url).pathname;
const runs = readFileSync(join(root, 'bench/results/history.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Run);
/** The latest run of a scale, merged with earlier runs of it for figures the latest did not produce (--db, --only). */
function latest(scale: Run['scale']): { run: Run; byKey: Map<string, BenchResult> } | null {
  const of = runs.filter((r) => r.scale === scale);
  if (of.length === 0) return null;
  const byKey = new Map<string, BenchResult>();
  for (const r of of) for (const x of r.results) byKey.set(`${x.name}|${x.db}`, x);
  return { run: of[of.length - 1]!, byKey };
}
const small = latest('small');
const full = latest('full');
const fmt = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '—' : Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(2);
const cell = (r: BenchResult | undefined) =>
  r
    ? `${fmt(r.value)} ${r.unit} (×${fmt(r.ratio)}${r.spread ? `, ${fmt(r.spread[0])}–${fmt(r.spread[1])}` : ''})${r.pass === false ? ' ✗' : r.pass ? ' ✓' : ''}`
    : 'not run';
const keyOf = (x: BenchResult) => `${x.name}|${x.db}`;
// In the order of the latest small run, then earlier small runs' figures it did not produce, then the full runs'.
const keys = [
  ...new Set([
    ...(small?.run.results.map(keyOf) ?? []),
    ...(small?.byKey.keys() ?? []),
    ...(full?.run.results.map(keyOf) ?? []),
    ...(full?.byKey.keys() ?? []),
  ]),
].filter((k) => small?.byKey.has(k) || full?.byKey.has(k));
const lines = [
  '| benchmark | db | baseline (same run) | target | small: 50,000 cases | full: 1,000,000 cases |',
  '|---|---|---|---|---|---|',
];
for (const k of keys) {
  const s = small?.byKey.get(k);
  const f = full?.byKey.get(k);
  const any = (s ?? f)!;
  lines.push(`| ${any.name} | ${any.db} | ${any.baseline} | ${any.target ?? ''} | ${cell(s)} | ${cell(f)} |`);
}
for (const [name, x] of [
  ['small', small],
  ['full', full],
] as const) {
  if (x) lines.push('', `${name}: ${x.run.at.slice(0, 16)}Z, ${x.run.seconds} s, ${x.run.machine}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
