/**
 * Who hears of a late step of the resolution (docs/rules/risk.md#escalation): a 一案一策 plan past its due date while
 * the item is open, and a 挂牌督办 near or past its due date. The seeds ask for escalation "to the county, then the city"
 * without fixing days; as for the leader's assignment (`leadEscalation`), the county's coordinators hear from the first
 * working day late and the city's from the second. A supervision — the city's own — reminds the agency three days
 * before it is due and tells the city and the county once it is late.
 */
import type { WorkCalendar } from '../calendar/calendar.js';
import { daysBetween, type IsoDate } from '../calendar/isoDate.js';
import { leadEscalation } from './leadAssignment.js';

/** Working days after `due`, up to and including `today` (0 when not late). */
export function workdaysLate(due: IsoDate, today: IsoDate, calendar: WorkCalendar): number {
  let late = 0;
  for (let d = calendar.nextWorkday(due); d <= today; d = calendar.nextWorkday(d)) late++;
  return late;
}

/** A plan past `due` on `today`: nobody yet, the county's coordinators, or the city's too. */
export function planEscalation(due: IsoDate, today: IsoDate, calendar: WorkCalendar): 'none' | 'county' | 'city' {
  return leadEscalation(workdaysLate(due, today, calendar));
}

/** Days before a supervision's due date from which the agency is reminded. */
export const SUPERVISION_REMINDER_DAYS = 3;

/** A supervision on `today`: nothing yet, due within SUPERVISION_REMINDER_DAYS, or late. */
export function supervisionAlert(due: IsoDate, today: IsoDate): 'none' | 'due_soon' | 'overdue' {
  if (today > due) return 'overdue';
  return daysBetween(today, due) <= SUPERVISION_REMINDER_DAYS ? 'due_soon' : 'none';
}
