/**
 * 同比 and 环比 (docs/rules/indicators-and-sanctions.md#comparisons): a figure beside the same figure for the same period
 * last year and for the previous period, and the change — for a count relative ("+12.50%"), for a rate in percentage
 * points ("-1.90个百分点"). 双下降: both the new-case count and the loss rate below the same period last year.
 */
import type { IndicatorDefinition } from './definitions.js';
import type { CaseFacts } from './facts.js';
import { computeFigure, type Figure } from './figure.js';
import { DEFAULT_RATE_FORMAT, formatChange, formatPointChange, NO_VALUE } from './format.js';
import type { MembershipOptions } from './membership.js';
import { type Period, previousPeriod, samePeriodLastYear } from './periods.js';

export interface Change {
  /** The figure it is compared with. */
  readonly previous: Figure;
  /** Count: (current − previous) / previous. Rate: current − previous, as fractions. null when either is undefined. */
  readonly change: number | null;
  readonly display: string;
}

export interface ComparedFigure {
  readonly current: Figure;
  /** 同比: the same period last year. */
  readonly yearOnYear: Change;
  /** 环比: the previous period. */
  readonly periodOnPeriod: Change;
}

/** The change from `previous` to `current` of the same definition. */
export function changeBetween(def: IndicatorDefinition, current: Figure, previous: Figure): Change {
  const format = 'format' in def ? def.format : DEFAULT_RATE_FORMAT;
  if (current.denominator === null || previous.denominator === null) {
    return {
      previous,
      change: previous.numerator === 0 ? null : (current.numerator - previous.numerator) / previous.numerator,
      display: formatChange(current.numerator, previous.numerator, format),
    };
  }
  const defined = current.value !== null && previous.value !== null;
  return {
    previous,
    change: defined ? current.value! - previous.value! : null,
    display: defined
      ? formatPointChange(
          { numerator: current.numerator, denominator: current.denominator },
          { numerator: previous.numerator, denominator: previous.denominator },
          format,
        )
      : NO_VALUE,
  };
}

/** The figure for the period with its 同比 and 环比. */
export function compareFigure(
  def: IndicatorDefinition,
  cases: readonly CaseFacts[],
  period: Period,
  options: MembershipOptions = {},
): ComparedFigure {
  const current = computeFigure(def, cases, period, options);
  return {
    current,
    yearOnYear: changeBetween(def, current, computeFigure(def, cases, samePeriodLastYear(period), options)),
    periodOnPeriod: changeBetween(def, current, computeFigure(def, cases, previousPeriod(period), options)),
  };
}

/**
 * 双下降 for a period: the new-case count and the loss rate both strictly below the same period last year (rates compared
 * as exact fractions). null when either loss rate is undefined (no concluded case).
 */
export function doubleDecline(newCases: ComparedFigure, lossRate: ComparedFigure): boolean | null {
  const a = lossRate.current;
  const b = lossRate.yearOnYear.previous;
  if (!a.denominator || !b.denominator) return null;
  const countDown = newCases.current.numerator < newCases.yearOnYear.previous.numerator;
  const rateDown = a.numerator * b.denominator < b.numerator * a.denominator;
  return countDown && rateDown;
}
