/**
 * A figure computed from the cases and a definition (docs/rules/indicators-and-sanctions.md#figures): numerator,
 * denominator, the unrounded value, the display string exactly as the screen shows it, and the ids of the cases behind
 * the numerator and the denominator (the click-through lists, with the same counts).
 */
import type { IndicatorDefinition } from './definitions.js';
import { attributedAgencies, type CaseFacts } from './facts.js';
import { formatCount, formatRate, NO_VALUE } from './format.js';
import { type MembershipOptions, membership } from './membership.js';
import type { Period } from './periods.js';

export interface Figure {
  /** The definition's id. */
  readonly id: string;
  readonly label: string;
  /** For a count: the count. For a rate: the cases in its numerator. */
  readonly numerator: number;
  /** For a rate: the cases in its denominator; null for a count. */
  readonly denominator: number | null;
  /** A rate as a fraction (0.1591…), unrounded; a count as itself; null over a zero denominator. */
  readonly value: number | null;
  /** "15.91%", "686", or "—" over a zero denominator. */
  readonly display: string;
  readonly numeratorCaseIds: readonly string[];
  /** Empty for a count. */
  readonly denominatorCaseIds: readonly string[];
}

const ids = (cases: readonly CaseFacts[]) => cases.map((c) => c.id);

/** The figure of a membership (the cases behind it). */
export function figureOf(
  def: IndicatorDefinition,
  numerator: readonly CaseFacts[],
  denominator: readonly CaseFacts[] | null,
): Figure {
  const base = { id: def.id, label: def.label, numerator: numerator.length, numeratorCaseIds: ids(numerator) };
  if (denominator === null || !('format' in def)) {
    return {
      ...base,
      denominator: null,
      value: numerator.length,
      display: formatCount(numerator.length),
      denominatorCaseIds: [],
    };
  }
  const n = denominator.length;
  return {
    ...base,
    denominator: n,
    value: n === 0 ? null : numerator.length / n,
    display: n === 0 ? NO_VALUE : formatRate(numerator.length, n, def.format),
    denominatorCaseIds: ids(denominator),
  };
}

/** The definition's figure over the period. `cases`: the cases in scope, of any period (links and appeals reach them). */
export function computeFigure(
  def: IndicatorDefinition,
  cases: readonly CaseFacts[],
  period: Period,
  options: MembershipOptions = {},
): Figure {
  const m = membership(def, cases, period, options);
  return figureOf(def, m.numerator, m.denominator);
}

/**
 * The figure per unit (county, agency, domain …): `unitsOf` names the units a case counts for — one for most keys,
 * several for co-defendant agencies under the definition's rule (`agencyUnits`). The cases are judged once over the
 * whole set (an appeal reaches a first instance of another unit) and then grouped; units in first-seen order.
 */
export function computeFigureBy(
  def: IndicatorDefinition,
  cases: readonly CaseFacts[],
  period: Period,
  unitsOf: (c: CaseFacts) => readonly string[],
  options: MembershipOptions = {},
): Map<string, Figure> {
  const m = membership(def, cases, period, options);
  const groups = new Map<string, { num: CaseFacts[]; den: CaseFacts[] }>();
  const group = (unit: string) => {
    const found = groups.get(unit);
    if (found) return found;
    const g = { num: [] as CaseFacts[], den: [] as CaseFacts[] };
    groups.set(unit, g);
    return g;
  };
  const base = m.denominator ?? m.numerator;
  const inNumerator = new Set(m.numerator);
  for (const c of base) {
    for (const unit of new Set(unitsOf(c))) {
      const g = group(unit);
      g.den.push(c);
      if (inNumerator.has(c)) g.num.push(c);
    }
  }
  return new Map([...groups].map(([unit, g]) => [unit, figureOf(def, g.num, m.denominator === null ? null : g.den)]));
}

/** The agencies a case counts for under the definition's co-defendant rule: `unitsOf` for a breakdown by agency. */
export function agencyUnits(def: IndicatorDefinition): (c: CaseFacts) => readonly string[] {
  return (c) => attributedAgencies(c, def.coDefendants);
}
