/**
 * The deadlines on cases, for other modules (docs/rules/deadlines.md#owners): a hearing, a risk item, a plan step …
 * owns deadlines on a case and writes them here, in its own transaction; the notifications module asks which
 * reminders are due. The table (case_deadlines) belongs to the cases module: nothing else reads or writes it.
 *
 * - `registerDeadlineOwner({ type, compute? })`: an owner kind, and how its due dates are recomputed after a calendar
 *   change (default: the rule from the deadline's start date);
 * - `upsertOwnedDeadlines(tx, owner, deadlines, calendar)`: the owner's deadlines become exactly these;
 * - `closeDeadline(tx, id, status)`, `listDeadlines(db, filter)`;
 * - `remindersDueAt(db, at, calendar, { offsets, ruleIds })`: the reminders due at an instant;
 * - `loadCalendar(db)`: the calendar deadlines are computed on (provisional for years not covered yet);
 * - `syncCaseDeadlines`, `plannedDeadlines`, `computeDeadlineRows`: the case's own deadlines (the import, the demo).
 */
export {
  CASE_OWNER,
  computeDeadlineRows,
  type DeadlineInputs,
  loadCalendar,
  plannedDeadlines,
  syncCaseDeadlines,
} from '../deadlines.js';
export {
  closeDeadline,
  type DeadlineFilter,
  type DeadlineOwner,
  type DeadlineRow,
  listDeadlines,
  type OwnedDeadlineInput,
  type UpsertResult,
  upsertOwnedDeadlines,
} from './owned.js';
export { type DeadlineOwnerKind, deadlineOwnerTypes, type OwnedDeadlineRow, registerDeadlineOwner } from './owners.js';
export { type DueDeadlineReminder, type ReminderOptions, remindersDueAt } from './reminders.js';
