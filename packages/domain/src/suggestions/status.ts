/**
 * The state of one suggestion on a given day (docs/rules/suggestions.md#status): answered on time or late once a reply
 * is recorded; otherwise overdue after its due date, due soon within the lead days before it, pending before that.
 * A suggestion without a due date (a kind with no configured period) is pending until answered, and an answer to it
 * counts as on time — nothing was due. Dates are China-time calendar days (ISO strings compare as dates).
 */
import { addDays, type IsoDate, parseIsoDate } from '../calendar/isoDate.js';

export const SUGGESTION_STATUSES = ['pending', 'due_soon', 'overdue', 'answered_on_time', 'answered_late'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const SUGGESTION_STATUS_LABELS: Readonly<Record<SuggestionStatus, string>> = {
  pending: '待答复',
  due_soon: '即将到期',
  overdue: '已逾期',
  answered_on_time: '按期答复',
  answered_late: '逾期答复',
};

/** Lead days before the due date in which a suggestion is "due soon" (and reminded), unless configured. */
export const DEFAULT_SUGGESTION_DUE_SOON_DAYS = 7;

export interface SuggestionStatusInput {
  readonly due: IsoDate | null;
  readonly repliedOn: IsoDate | null;
}

export function suggestionStatus(
  s: SuggestionStatusInput,
  today: IsoDate,
  dueSoonDays: number = DEFAULT_SUGGESTION_DUE_SOON_DAYS,
): SuggestionStatus {
  parseIsoDate(today);
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) throw new RangeError(`提前天数应为非负整数：${dueSoonDays}`);
  if (s.repliedOn) {
    parseIsoDate(s.repliedOn);
    return !s.due || s.repliedOn <= s.due ? 'answered_on_time' : 'answered_late';
  }
  if (!s.due) return 'pending';
  parseIsoDate(s.due);
  if (today > s.due) return 'overdue';
  return addDays(today, dueSoonDays) >= s.due ? 'due_soon' : 'pending';
}

/** Whether a reply dated `repliedOn` is acceptable: not before receipt, not in the future. */
export function replyDateProblem(receivedOn: IsoDate, repliedOn: IsoDate, today: IsoDate): string | null {
  if (repliedOn < receivedOn) return '答复日期不能早于收到日期';
  if (repliedOn > today) return '答复日期不能晚于今天';
  return null;
}
