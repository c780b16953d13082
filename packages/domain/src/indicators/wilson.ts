/**
 * The Wilson score interval for a proportion (docs/rules/indicators-and-sanctions.md#small-numbers): beside a rate
 * computed over few cases it shows how little the rate says — 1 loss in 2 cases is 50%, but anything from 9.45% to
 * 90.55% fits it at 95%. Wilson (1927), "Probable inference, the law of succession, and statistical inference",
 * JASA 22: 209–212; the interval R's prop.test(correct = FALSE) and SciPy's binomtest(...).proportion_ci('wilson') give.
 */

/** z for a two-sided 95% interval: the 97.5th percentile of the standard normal distribution. */
export const Z_95 = 1.959963984540054;

export interface WilsonInterval {
  /** Lower bound, a proportion in [0, 1]. */
  readonly low: number;
  /** Upper bound, a proportion in [0, 1]. */
  readonly high: number;
}

/**
 * The Wilson interval of `successes` out of `trials` (integers, 0 ≤ successes ≤ trials); null when trials is 0.
 * centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z·√(p̂(1−p̂)/n + z²/4n²) / (1 + z²/n).
 */
export function wilsonInterval(successes: number, trials: number, z: number = Z_95): WilsonInterval | null {
  if (!Number.isSafeInteger(successes) || !Number.isSafeInteger(trials) || successes < 0 || successes > trials) {
    throw new RangeError(`威尔逊区间需要 0 ≤ 分子 ≤ 分母 的整数，收到 ${successes} / ${trials}`);
  }
  if (!(z > 0)) throw new RangeError(`z 值应为正数，收到 ${z}`);
  if (trials === 0) return null;
  const n = trials;
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // The bounds are exactly 0 and 1 at the extremes; clamp away rounding noise.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === trials ? 1 : Math.min(1, centre + half),
  };
}
