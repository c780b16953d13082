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
  /**
   * Where a benchmark repeats its measurement within the run (rounds alternating product and baseline, because a
   * single figure on a shared 2-core machine is noisy): the lowest and highest round's ratio; `ratio` is their median.
   */
  spread?: [number, number];
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
  const round = (x: number) => Math.round(x * 100) / 100;
  return { ...r, ratio: round(ratio), ...(r.spread ? { spread: [round(r.spread[0]), round(r.spread[1])] } : {}) };
}

/** Median of some values (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Value, baseline, median ratio and its spread over rounds: round i's value against round i's baseline. */
export function overRounds(values: number[], baselines: number[]) {
  const ratios = values.map((v, i) => v / baselines[i]!);
  return {
    value: median(values),
    baselineValue: median(baselines),
    ratio: median(ratios),
    spread: [Math.min(...ratios), Math.max(...ratios)] as [number, number],
  };
}
