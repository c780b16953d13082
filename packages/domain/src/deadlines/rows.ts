/**
 * The computed values of a deadline row: its due date on a working-day calendar (docs/rules/deadlines.md#counting),
 * whether that date is 暂定 (docs/rules/calendar.md#provisional-dates), the explanation a clerk reads and the basis.
 * Pure: the server stores what these return.
 */
import { CalendarYearNotCoveredError, type WorkCalendar } from '../calendar/calendar.js';
import { computeDeadline } from './compute.js';
import { type CaseDeadlineFacts, plannedDeadlines } from './planned.js';
import { getDeadlineRule } from './rules.js';
import { type DeadlineState, deadlineStatus } from './status.js';

export interface ComputedDeadline {
  dueDate: string | null;
  /** The due date is 暂定 (a year without its schedule, on a provisional calendar); the explanation says why. */
  provisional: boolean;
  explanation: string;
  basis: string;
}

/**
 * computeDeadline, with a year the calendar does not cover turned into a row without a due date (and the reason in
 * its explanation) instead of an error: only a strict calendar, or a year beyond the provisional range (2100), gets
 * there.
 */
export function computeRow(ruleId: string, fromDate: string, calendar: WorkCalendar): ComputedDeadline {
  try {
    const r = computeDeadline(ruleId, fromDate, calendar);
    return { dueDate: r.due, provisional: r.provisional, explanation: r.explanation, basis: r.basis };
  } catch (err) {
    if (err instanceof CalendarYearNotCoveredError) {
      return {
        dueDate: null,
        provisional: false,
        explanation: `暂无法计算：${err.message}`,
        basis: getDeadlineRule(ruleId).basis,
      };
    }
    throw err;
  }
}

export interface DeadlineRowValues extends ComputedDeadline {
  ruleId: string;
  fromDate: string;
  status: DeadlineState;
}

/**
 * The deadline rows a case's own fields give it: the planned rules, computed on `calendar`, with their status (a
 * custom due date, keyed by rule id, decides the status in place of the computed one).
 */
export function computeDeadlineRows(
  c: CaseDeadlineFacts,
  defenceAt: string | null,
  calendar: WorkCalendar,
  custom: ReadonlyMap<string, string | null> = new Map(),
): DeadlineRowValues[] {
  return plannedDeadlines(c).map((p) => {
    const computed = computeRow(p.ruleId, p.fromDate, calendar);
    const due = custom.get(p.ruleId) ?? computed.dueDate;
    const status = deadlineStatus(p.ruleId, due, { outcomeDate: c.outcomeDate, appealed: c.appealed, defenceAt });
    return { ruleId: p.ruleId, fromDate: p.fromDate, ...computed, status };
  });
}
