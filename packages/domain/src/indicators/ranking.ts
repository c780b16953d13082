/**
 * Units ranked by a rate (docs/rules/indicators-and-sanctions.md#rankings), small numbers honestly: a unit with fewer
 * cases in the denominator than the minimum is listed but not ranked, every rate has its 95% Wilson interval beside it,
 * and equal rates (compared as exact fractions) share a rank — standard competition ranking, 1, 1, 3 — and say so.
 */
import { DEFAULT_RATE_FORMAT, formatProportion, formatRate, type RateFormat } from './format.js';
import { type WilsonInterval, wilsonInterval } from './wilson.js';

export interface RankingRow {
  readonly unitId: string;
  readonly label: string;
  readonly numerator: number;
  readonly denominator: number;
}

export interface RankingOptions {
  /** Units with fewer cases than this in the denominator are listed, not ranked. An integer ≥ 1. */
  readonly minCases: number;
  /** `highest-first` for rates where high is bad (败诉率); `lowest-first` where low is (出庭应诉率 ranked by its worst). */
  readonly order: 'highest-first' | 'lowest-first';
  readonly format?: RateFormat;
}

export type RankingNoteCode = 'RANKED' | 'TIED' | 'BELOW_MINIMUM' | 'NO_CASES';

export interface RankedUnit extends RankingRow {
  /** Unrounded rate; null when the denominator is 0. */
  readonly value: number | null;
  readonly display: string;
  readonly interval: (WilsonInterval & { readonly display: string }) | null;
  /** 1-based rank; null when not ranked. */
  readonly rank: number | null;
  /** The other units with the same rank. */
  readonly tiedWith: readonly string[];
  readonly note: { readonly code: RankingNoteCode; readonly text: string };
}

/** Compares a/b with c/d exactly (b, d > 0): negative when a/b < c/d. */
export function compareFractions(a: number, b: number, c: number, d: number): number {
  return a * d - c * b;
}

/**
 * Ranks the units. Ranked units come first in rank order (ties by label), then the unranked ones by descending
 * denominator. Throws on a negative count, a numerator above its denominator, a repeated unit or a bad minimum.
 */
export function rankUnits(rows: readonly RankingRow[], options: RankingOptions): RankedUnit[] {
  const format = options.format ?? DEFAULT_RATE_FORMAT;
  if (!Number.isInteger(options.minCases) || options.minCases < 1) {
    throw new RangeError(`最低案件数应为不小于 1 的整数，收到 ${options.minCases}`);
  }
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.unitId)) throw new RangeError(`单位 ${r.label}（${r.unitId}）重复出现`);
    seen.add(r.unitId);
    if (
      !Number.isInteger(r.numerator) ||
      !Number.isInteger(r.denominator) ||
      r.numerator < 0 ||
      r.numerator > r.denominator
    ) {
      throw new RangeError(
        `单位 ${r.label} 的分子、分母应为整数且 0 ≤ 分子 ≤ 分母，收到 ${r.numerator} / ${r.denominator}`,
      );
    }
  }
  const sign = options.order === 'highest-first' ? -1 : 1;
  const byLabel = (a: RankingRow, b: RankingRow) =>
    a.label.localeCompare(b.label, 'zh-CN') || (a.unitId < b.unitId ? -1 : 1);
  const eligible = rows
    .filter((r) => r.denominator >= options.minCases)
    .sort((a, b) => sign * compareFractions(a.numerator, a.denominator, b.numerator, b.denominator) || byLabel(a, b));
  const others = rows
    .filter((r) => r.denominator < options.minCases)
    .sort((a, b) => b.denominator - a.denominator || byLabel(a, b));

  const withRate = (r: RankingRow) => {
    const interval = wilsonInterval(r.numerator, r.denominator);
    return {
      ...r,
      value: r.denominator === 0 ? null : r.numerator / r.denominator,
      display: formatRate(r.numerator, r.denominator, format),
      interval: interval
        ? {
            ...interval,
            display: `${formatProportion(interval.low, format)}–${formatProportion(interval.high, format)}`,
          }
        : null,
    };
  };

  const ranked: RankedUnit[] = [];
  let i = 0;
  while (i < eligible.length) {
    const first = eligible[i]!;
    let j = i + 1;
    while (
      j < eligible.length &&
      compareFractions(first.numerator, first.denominator, eligible[j]!.numerator, eligible[j]!.denominator) === 0
    )
      j++;
    const group = eligible.slice(i, j);
    const rank = i + 1;
    for (const r of group) {
      const tiedWith = group.filter((o) => o !== r).map((o) => o.unitId);
      const text =
        tiedWith.length > 0
          ? `并列第${rank}名（${group.length}个单位比率相同：${group.map((o) => o.label).join('、')}）`
          : `第${rank}名`;
      ranked.push({ ...withRate(r), rank, tiedWith, note: { code: tiedWith.length > 0 ? 'TIED' : 'RANKED', text } });
    }
    i = j;
  }
  const unranked: RankedUnit[] = others.map((r) => ({
    ...withRate(r),
    rank: null,
    tiedWith: [],
    note:
      r.denominator === 0
        ? { code: 'NO_CASES', text: '本期无计入分母的案件，不参与排名' }
        : {
            code: 'BELOW_MINIMUM',
            text: `计入分母的案件 ${r.denominator} 件，少于 ${options.minCases} 件，列出但不参与排名`,
          },
  }));
  return [...ranked, ...unranked];
}
