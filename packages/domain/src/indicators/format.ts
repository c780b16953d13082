/**
 * How a figure is shown (docs/rules/indicators-and-sanctions.md#rounding): a rate as a percentage with a fixed number
 * of decimals, rounded half-up or truncated — in exact integer arithmetic, so 33 / 536 is "6.16%" rounded and "6.15%"
 * truncated and 686 / 4,311 is "15.91%", never a floating-point near miss. A rate over nothing is "—".
 */

/** Half-up (四舍五入, away from zero on a tie) or truncation (截尾, toward zero), as a city publishes. */
export type Rounding = 'half-up' | 'truncate';

export const ROUNDINGS: readonly Rounding[] = ['half-up', 'truncate'];

export const ROUNDING_LABELS: Readonly<Record<Rounding, string>> = {
  'half-up': '四舍五入',
  truncate: '截尾（直接舍去）',
};

export interface RateFormat {
  readonly rounding: Rounding;
  /** Decimals of the percentage: 2 gives "15.91%". An integer 0–4. */
  readonly decimals: number;
}

/** The usual local format: two decimals, half-up. */
export const DEFAULT_RATE_FORMAT: RateFormat = { rounding: 'half-up', decimals: 2 };

/** What is shown for a rate whose denominator is 0. */
export const NO_VALUE = '—';

const MAX_DECIMALS = 4;

function checkFormat(format: RateFormat): void {
  if (!Number.isInteger(format.decimals) || format.decimals < 0 || format.decimals > MAX_DECIMALS) {
    throw new RangeError(`小数位数应为 0–${MAX_DECIMALS} 的整数，收到 ${format.decimals}`);
  }
}

function checkInteger(name: string, n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${name}应为整数，收到 ${n}`);
}

/**
 * numerator / denominator × 100, scaled by 10^decimals and rounded to an integer (half-up: a tie goes away from zero;
 * truncate: toward zero). Both arguments are integers; the denominator is not 0.
 */
function scaledPercent(numerator: number, denominator: number, format: RateFormat): bigint {
  const negative = numerator < 0 !== denominator < 0 && numerator !== 0;
  const num = BigInt(Math.abs(numerator)) * 10n ** BigInt(format.decimals + 2);
  const den = BigInt(Math.abs(denominator));
  const q = format.rounding === 'half-up' ? (2n * num + den) / (2n * den) : num / den;
  return negative ? -q : q;
}

function render(scaled: bigint, decimals: number): string {
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const unit = 10n ** BigInt(decimals);
  const whole = (abs / unit).toString();
  const frac = decimals > 0 ? `.${(abs % unit).toString().padStart(decimals, '0')}` : '';
  return `${negative ? '-' : ''}${whole}${frac}%`;
}

/**
 * A rate as the screen shows it: `formatRate(686, 4311)` → "15.91%"; `formatRate(33, 536, { rounding: 'truncate',
 * decimals: 2 })` → "6.15%"; a zero denominator → "—".
 */
export function formatRate(numerator: number, denominator: number, format: RateFormat = DEFAULT_RATE_FORMAT): string {
  checkFormat(format);
  checkInteger('分子', numerator);
  checkInteger('分母', denominator);
  if (denominator === 0) return NO_VALUE;
  return render(scaledPercent(numerator, denominator, format), format.decimals);
}

/**
 * A change between two counts (同比 / 环比: (current − previous) / previous) with its sign: "+12.50%", "-3.10%",
 * "0.00%"; "—" when the previous count is 0 (no base to compare with).
 */
export function formatChange(current: number, previous: number, format: RateFormat = DEFAULT_RATE_FORMAT): string {
  checkFormat(format);
  checkInteger('本期数', current);
  checkInteger('对比期数', previous);
  if (previous === 0) return NO_VALUE;
  const scaled = scaledPercent(current - previous, previous, format);
  return `${scaled > 0n ? '+' : ''}${render(scaled, format.decimals)}`;
}

/**
 * A difference of two rates in percentage points (百分点), e.g. a loss rate of 8.20% against 6.30% → "+1.90个百分点";
 * computed on the exact fractions (a/b − c/d), "—" when either denominator is 0.
 */
export function formatPointChange(
  current: { readonly numerator: number; readonly denominator: number },
  previous: { readonly numerator: number; readonly denominator: number },
  format: RateFormat = DEFAULT_RATE_FORMAT,
): string {
  checkFormat(format);
  if (current.denominator === 0 || previous.denominator === 0) return NO_VALUE;
  const num = current.numerator * previous.denominator - previous.numerator * current.denominator;
  const den = current.denominator * previous.denominator;
  checkInteger('差值', num);
  checkInteger('差值', den);
  const scaled = scaledPercent(num, den, format);
  return `${scaled > 0n ? '+' : ''}${render(scaled, format.decimals).replace('%', '个百分点')}`;
}

/** A count as the screen shows it: the plain integer ("4311"). */
export function formatCount(count: number): string {
  checkInteger('数量', count);
  return String(count);
}

/**
 * A proportion that is no fraction of counts (a Wilson bound) as a percentage: half-up or truncated like the rates,
 * on the float (a bound is irrational in general; 1e-9 absorbs binary noise such as 0.145 × 100 = 14.499…).
 */
export function formatProportion(value: number, format: RateFormat = DEFAULT_RATE_FORMAT): string {
  checkFormat(format);
  if (!Number.isFinite(value)) return NO_VALUE;
  const unit = 10 ** (format.decimals + 2);
  const abs = Math.abs(value) * unit;
  const scaled = format.rounding === 'half-up' ? Math.floor(abs + 0.5 + 1e-9) : Math.floor(abs + 1e-9);
  return render(BigInt(value < 0 ? -scaled : scaled), format.decimals);
}
