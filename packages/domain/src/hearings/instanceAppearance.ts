/**
 * One instance (审级; a case row is one instance): is there a valid head appearance, and if not, was the absence
 * approved, and is a 司法建议 likely (docs/rules/head-appearance.md#one-appearance-per-instance,
 * #judicial-suggestion-risk). Each instance is a separate duty (负责人出庭规定第7条第2款): call this once per case.
 */
import {
  type AbsenceStatus,
  absenceStanding,
  assessHearing,
  type HearingAppearance,
  type HearingInput,
} from './hearingAppearance.js';
import { HEARING_KIND_COUNTS } from './kinds.js';
import { type AppearanceReason, appearanceReason } from './reasons.js';

export interface AppearanceInstance {
  /** All hearings of the instance, in any order, any status. */
  readonly hearings: readonly HearingInput[];
  /** The case's defendant agencies (co-defendants included); optional, see `assessHearing`. */
  readonly defendantAgencyIds?: readonly string[];
}

export interface InstanceAppearance {
  /** At least one counting hearing (开庭/询问/调解) was held: the case is in the denominator of the rates. */
  readonly heard: boolean;
  /** A counting hearing is still scheduled: the answer may change. */
  readonly pending: boolean;
  /**
   * A valid head appearance: a head of the defendant agency appeared with proof filed at a held counting hearing, and
   * at every hearing the court asked the head to attend again. One is enough (负责人出庭规定第7条第1款).
   */
  readonly valid: boolean;
  /** Valid, and the 正职 was among the heads who appeared (主要负责人出庭率). */
  readonly principalAppeared: boolean;
  /** Valid, and a validly appearing head spoke at one of the hearings (出声率). */
  readonly spoke: boolean;
  /**
   * Heard without a valid appearance: `approved` when every hearing the head missed had a 不出庭说明 approved in time
   * with a statutory reason, `unapproved` otherwise; `none` when valid or not heard.
   */
  readonly absence: AbsenceStatus;
  /** 负责人出庭规定第12条第1款第1–3项: unapproved absence, absent again after a postponement, or no head nor staff. */
  readonly judicialSuggestionRisk: boolean;
  /** The hearings where a head validly appeared, in date order. */
  readonly validHearingIds: readonly string[];
  /** Every hearing judged, in date order. */
  readonly hearings: readonly HearingAppearance[];
  /** The hearings' reasons in date order, then the instance's own. */
  readonly reasons: readonly AppearanceReason[];
}

const time = (h: HearingInput) => {
  const t = Date.parse(h.at);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
};

export function assessInstance(instance: AppearanceInstance): InstanceAppearance {
  const ordered = [...instance.hearings].sort((a, b) => time(a) - time(b) || a.at.localeCompare(b.at));
  const judged = ordered.map((h) => assessHearing(h, instance.defendantAgencyIds));
  const byId = new Map(ordered.map((h) => [h.id, h]));
  const counting = judged.filter((j) => j.counts);
  const heard = counting.length > 0;
  const pending = ordered.some((h) => h.status === 'scheduled' && HEARING_KIND_COUNTS[h.kind]);

  const validHearings = counting.filter((j) => j.headAppeared);
  const askedAgainMissed = counting.filter((j) => byId.get(j.hearingId)?.courtAskedAgain && !j.headAppeared);
  const valid = validHearings.length > 0 && askedAgainMissed.length === 0;

  const own: AppearanceReason[] = [];
  if (!heard) own.push(appearanceReason('NOT_HEARD'));
  if (pending) own.push(appearanceReason('PENDING'));
  for (const j of askedAgainMissed) own.push(appearanceReason('COURT_ASKED_AGAIN_MISSED', j.hearingId));

  let absence: AbsenceStatus = 'none';
  let absentAgain = false;
  if (valid) {
    own.push(appearanceReason('VALID_APPEARANCE'));
    if (counting.length > 1) own.push(appearanceReason('ONE_APPEARANCE_SUFFICES'));
  } else if (heard) {
    own.push(appearanceReason('NO_VALID_APPEARANCE'));
    // The hearings the head had to attend: those the court asked for again, or (no appearance at all) every one.
    const missed = askedAgainMissed.length ? askedAgainMissed : counting;
    absence = missed.every((j) => j.absence === 'approved') ? 'approved' : 'unapproved';
    // 第12条第1款第2项: postponed for the head's good reason, then absent again without one.
    for (let i = 0; i < ordered.length; i++) {
      const h = ordered[i]!;
      if (h.status !== 'postponed' || !absenceStanding(h).approved) continue;
      const next = judged.slice(i + 1).find((j) => j.counts);
      if (next && !next.headAppeared && next.absence === 'unapproved') {
        absentAgain = true;
        own.push(appearanceReason('ABSENT_AGAIN_AFTER_POSTPONEMENT', next.hearingId));
      }
    }
  }

  return {
    heard,
    pending,
    valid,
    principalAppeared: valid && validHearings.some((j) => j.principalAppeared),
    spoke: valid && validHearings.some((j) => j.headSpoke),
    absence,
    judicialSuggestionRisk: absence === 'unapproved' || absentAgain || counting.some((j) => j.noHeadOrStaff),
    validHearingIds: validHearings.map((j) => j.hearingId),
    hearings: judged,
    reasons: [...judged.flatMap((j) => j.reasons), ...own],
  };
}
