/**
 * 包案领导 within 3 working days of the warning (docs/rules/risk.md#lead-assignment; rule `risk.lead-assignment` of
 * the deadlines table, seed 000 淮安市若干措施). Counted on the working-day calendar: the warning day itself is not
 * counted, 调休 working Saturdays are, holidays are not; the due date is the third working day after the warning.
 */
import type { WorkCalendar } from '../calendar/calendar.js';
import type { IsoDate } from '../calendar/isoDate.js';
import { computeDeadline, type DeadlineResult } from '../deadlines/compute.js';

export const LEAD_ASSIGNMENT_RULE = 'risk.lead-assignment';

/** The due date (and the explanation a clerk can check) of the leader's assignment for a warning on `warnedOn`. */
export function leadAssignmentDue(warnedOn: IsoDate, calendar: WorkCalendar): DeadlineResult {
  return computeDeadline(LEAD_ASSIGNMENT_RULE, warnedOn, calendar);
}

export type LeadAssignmentStatus = 'open' | 'overdue' | 'met' | 'met_late';
export const LEAD_ASSIGNMENT_STATUS_LABELS: Record<LeadAssignmentStatus, string> = {
  open: '未到期',
  overdue: '已逾期',
  met: '按期明确',
  met_late: '逾期后明确',
};

/**
 * The assignment's standing on `today` (China): met when assigned by the due date, met late after it, overdue once the
 * due day has passed without one. How many working days it is overdue drives escalation (county first, then city).
 */
export function leadAssignmentStatus(
  due: IsoDate,
  assignedOn: IsoDate | null,
  today: IsoDate,
  calendar: WorkCalendar,
): { status: LeadAssignmentStatus; workdaysOverdue: number } {
  // Working days after the due day, up to and including the day of assignment (or today).
  const end = assignedOn ?? today;
  let overdue = 0;
  for (let d = calendar.nextWorkday(due); d <= end; d = calendar.nextWorkday(d)) overdue++;
  if (assignedOn) return { status: assignedOn <= due ? 'met' : 'met_late', workdaysOverdue: overdue };
  return { status: today > due ? 'overdue' : 'open', workdaysOverdue: overdue };
}

/** Who hears of an overdue assignment: the county coordinators from the first working day late, the city's from the `cityAfter`-th. */
export function leadEscalation(workdaysOverdue: number, cityAfter = 2): 'none' | 'county' | 'city' {
  if (workdaysOverdue <= 0) return 'none';
  return workdaysOverdue >= cityAfter ? 'city' : 'county';
}
