/**
 * The first of 聊城's “3个全覆盖” (seed 002; docs/rules/accountability.md#principal-appearance): every agency's
 * 主要负责人 (the principal head, not a deputy) appears in court. Per year, an agency that was a defendant in a case
 * heard that year is covered when its principal head validly appeared at least once (the hearings rules decide what
 * counts, docs/rules/head-appearance.md); an agency with no case heard has nothing to cover and is left out of the
 * rate (shown as such, not as a failure). A rate over no such agency is null.
 */

export interface AgencyHearingYear {
  readonly agencyId: string;
  /** Cases of the agency heard in the year. */
  readonly casesHeard: number;
  /** Of them, cases where its principal head validly appeared. */
  readonly principalAppeared: number;
}

export interface PrincipalCoverage {
  /** Per agency of the list: covered, not covered, or null (no case heard). */
  readonly byAgency: ReadonlyMap<string, boolean | null>;
  readonly numerator: number;
  readonly denominator: number;
  readonly value: number | null;
  readonly full: boolean;
  readonly uncoveredAgencyIds: readonly string[];
}

/** `agencyIds`: the agencies to cover, in display order; `heard`: the year's figures per defendant agency. */
export function principalAppearanceCoverage(
  agencyIds: readonly string[],
  heard: readonly AgencyHearingYear[],
): PrincipalCoverage {
  const byId = new Map(heard.map((h) => [h.agencyId, h]));
  const byAgency = new Map<string, boolean | null>();
  const uncovered: string[] = [];
  let numerator = 0;
  let denominator = 0;
  for (const id of new Set(agencyIds)) {
    const h = byId.get(id);
    if (!h || h.casesHeard === 0) {
      byAgency.set(id, null);
      continue;
    }
    denominator++;
    const covered = h.principalAppeared > 0;
    if (covered) numerator++;
    else uncovered.push(id);
    byAgency.set(id, covered);
  }
  return {
    byAgency,
    numerator,
    denominator,
    value: denominator ? numerator / denominator : null,
    full: denominator > 0 && numerator === denominator,
    uncoveredAgencyIds: uncovered,
  };
}
