/** One figure of a benchmark run: `value` of the product against `baselineValue` of a yardstick in the same run. */
export interface BenchResult {
  name: string;
  db: 'pglite' | 'postgres' | 'none';
  value: number;
  unit: string;
  baseline: string;
  baselineValue: number;
  /** value / baselineValue (for times: how many times slower than the yardstick). */
  ratio: number;
  n: number;
  /** Target from the issue, as text, and whether this run met it (null when the figure has no target). */
  target?: string;
  pass?: boolean | null;
}

export type Scale = 'small' | 'full';
export type DbKind = 'pglite' | 'postgres';

export interface BenchContext {
  scale: Scale;
  /** Cases in the data set: 50,000 (small) or 1,000,000 (full). */
  cases: number;
  dbs: DbKind[];
  root: string;
  tmp: string;
  log(msg: string): void;
}

/** A benchmark is one small file in bench/benchmarks/ exporting `benchmark`. */
export interface Benchmark {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<BenchResult[]>;
}

export function result(r: Omit<BenchResult, 'ratio'> & { ratio?: number }): BenchResult {
  const ratio = r.ratio ?? (r.baselineValue === 0 ? Number.NaN : r.value / r.baselineValue);
  return { ...r, ratio: Math.round(ratio * 100) / 100 };
}
