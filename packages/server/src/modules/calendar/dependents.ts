/**
 * What depends on the working-day calendar registers here (docs/rules/calendar.md#re-computation): the deadlines
 * today (the case registry registers its deadline store, modules/cases/deadlines.ts), hearings' and risk items'
 * dates later. A calendar change calls every dependent inside the change's own transaction, so no date is ever
 * computed from a calendar that was not committed, and the calendar module imports none of its dependents.
 */
import type { WorkCalendar } from '@shuangjiang/domain';
import type { DbOrTx } from '../../platform/db/client.js';

/** The days a change can move: a year's schedule, or one corrected day (from = to). */
export interface CalendarChange {
  from: string;
  to: string;
}

export interface CalendarDependent {
  /** Stable name, for logs and to keep one registration per dependent. */
  name: string;
  /**
   * Recomputes what the changed days can move, on `calendar` (the calendar after the change, provisional for years
   * not covered yet); everything when `changed` is absent. Returns how many dates moved.
   */
  recompute(tx: DbOrTx, calendar: WorkCalendar, changed?: CalendarChange): Promise<number>;
  /** At start: what is stored without a date yet (older versions) gets one. Returns how many. */
  fillPending?(tx: DbOrTx, calendar: WorkCalendar): Promise<number>;
  /** How many open items carry a 暂定 (provisional) date, for the notice that a year's schedule is missing. */
  countProvisional?(tx: DbOrTx): Promise<number>;
}

const dependents = new Map<string, CalendarDependent>();

/** Registers (or replaces, by name) a dependent of the calendar. */
export function registerCalendarDependent(d: CalendarDependent): void {
  dependents.set(d.name, d);
}

/** The registered dependents, in registration order. */
export function calendarDependents(): readonly CalendarDependent[] {
  return [...dependents.values()];
}

/** Calls every dependent's recompute in `tx`; the total of dates moved. */
export async function recomputeDependents(
  tx: DbOrTx,
  calendar: WorkCalendar,
  changed?: CalendarChange,
): Promise<number> {
  let moved = 0;
  for (const d of dependents.values()) moved += await d.recompute(tx, calendar, changed);
  return moved;
}

export async function fillPendingDependents(tx: DbOrTx, calendar: WorkCalendar): Promise<number> {
  let filled = 0;
  for (const d of dependents.values()) if (d.fillPending) filled += await d.fillPending(tx, calendar);
  return filled;
}

export async function countProvisionalDependents(tx: DbOrTx): Promise<number> {
  let n = 0;
  for (const d of dependents.values()) if (d.countProvisional) n += await d.countProvisional(tx);
  return n;
}
