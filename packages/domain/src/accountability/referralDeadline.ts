/**
 * The referral deadline (docs/rules/accountability.md#referral-deadline): cases concluded with fault go to the
 * discipline commission within 30 calendar days after the end of the quarter in which the loss became effective
 * (淮安, seed 000: “每季度结束30日内”), rolled to the next working day when the 30th day is a holiday or rest day. The
 * rule is the deadline table's `accountability.referral`, computed by `computeDeadline` with the working-day calendar
 * so the case's deadline row and this function never disagree.
 */
import type { WorkCalendar } from '../calendar/calendar.js';
import { type IsoDate, quarterEnd, quarterOf } from '../calendar/isoDate.js';
import { computeDeadline, type DeadlineResult } from '../deadlines/compute.js';

export const REFERRAL_RULE_ID = 'accountability.referral';

export interface ReferralDeadline {
  /** The quarter's batch, e.g. '2025-Q4': referrals of one quarter are sent together (集中移送). */
  readonly batch: string;
  readonly quarterEnd: IsoDate;
  readonly due: IsoDate;
  /** Whether the 30th day fell on a holiday or rest day and was moved. */
  readonly rolled: boolean;
  /** The Chinese explanation with its basis, from the deadline engine. */
  readonly explanation: string;
  readonly provisional: boolean;
}

/** The quarter batch of a loss effective on `effectiveOn`. */
export function referralBatch(effectiveOn: IsoDate): string {
  return `${effectiveOn.slice(0, 4)}-Q${quarterOf(effectiveOn)}`;
}

/** Throws InvalidDateError or CalendarYearNotCoveredError (as computeDeadline). */
export function referralDeadline(effectiveOn: IsoDate, calendar: WorkCalendar): ReferralDeadline {
  const r: DeadlineResult = computeDeadline(REFERRAL_RULE_ID, effectiveOn, calendar);
  return {
    batch: referralBatch(effectiveOn),
    quarterEnd: quarterEnd(effectiveOn),
    due: r.due,
    rolled: r.rolled,
    explanation: r.explanation,
    provisional: r.provisional,
  };
}

/** Sent on or before the due date (ISO dates compare as strings). */
export function referralOnTime(due: IsoDate, sentOn: IsoDate | null | undefined): boolean | null {
  return sentOn ? sentOn <= due : null;
}
