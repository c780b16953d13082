/**
 * Training and trial-observation coverage, 聊城's “3个全覆盖” (docs/rules/accountability.md#coverage): per year and
 * kind, an agency is covered when at least one of its people attended a session of that kind dated in that year.
 * The uncovered agencies are listed for reminders; a rate over no agencies is null.
 */
import { type IsoDate, parseIsoDate } from '../calendar/isoDate.js';

export const COVERAGE_KINDS = ['training', 'trial_observation'] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];
export const COVERAGE_KIND_LABELS: Readonly<Record<CoverageKind, string>> = {
  training: '业务培训',
  trial_observation: '庭审观摩',
};

export interface CoverageSession {
  readonly id: string;
  readonly kind: CoverageKind;
  readonly date: IsoDate;
  /** The agencies whose people attended (one entry per attendee is fine: duplicates are ignored). */
  readonly attendingAgencyIds: readonly string[];
}

export interface KindCoverage {
  readonly kind: CoverageKind;
  readonly coveredAgencyIds: readonly string[];
  readonly uncoveredAgencyIds: readonly string[];
  readonly numerator: number;
  readonly denominator: number;
  /** covered / agencies, unrounded; null with no agencies. */
  readonly value: number | null;
  /** Whether every agency is covered (全覆盖); false with no agencies. */
  readonly full: boolean;
  /** Sessions of the kind per covered agency, for the detail view. */
  readonly sessionsByAgency: ReadonlyMap<string, readonly string[]>;
}

export interface CoverageResult {
  readonly year: number;
  readonly byKind: Readonly<Record<CoverageKind, KindCoverage>>;
  /** Attending agencies not in the list (left agencies, typos): reported, not counted. */
  readonly unknownAgencyIds: readonly string[];
}

/** `agencyIds`: the agencies that must be covered, in display order (kept in the results). */
export function coverageOfYear(
  agencyIds: readonly string[],
  sessions: readonly CoverageSession[],
  year: number,
): CoverageResult {
  const agencies = [...new Set(agencyIds)];
  const known = new Set(agencies);
  const unknown = new Set<string>();
  const attended = new Map<CoverageKind, Map<string, string[]>>(COVERAGE_KINDS.map((k) => [k, new Map()]));
  for (const s of sessions) {
    if (parseIsoDate(s.date).year !== year) continue;
    const byAgency = attended.get(s.kind);
    if (!byAgency) continue;
    for (const a of new Set(s.attendingAgencyIds)) {
      if (!known.has(a)) {
        unknown.add(a);
        continue;
      }
      const list = byAgency.get(a);
      if (list) list.push(s.id);
      else byAgency.set(a, [s.id]);
    }
  }
  const byKind = Object.fromEntries(
    COVERAGE_KINDS.map((kind) => {
      const byAgency = attended.get(kind) ?? new Map<string, string[]>();
      const covered = agencies.filter((a) => byAgency.has(a));
      const result: KindCoverage = {
        kind,
        coveredAgencyIds: covered,
        uncoveredAgencyIds: agencies.filter((a) => !byAgency.has(a)),
        numerator: covered.length,
        denominator: agencies.length,
        value: agencies.length ? covered.length / agencies.length : null,
        full: agencies.length > 0 && covered.length === agencies.length,
        sessionsByAgency: byAgency,
      };
      return [kind, result];
    }),
  ) as Record<CoverageKind, KindCoverage>;
  return { year, byKind, unknownAgencyIds: [...unknown] };
}
