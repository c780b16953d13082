/**
 * The reminders due at an instant (docs/rules/reminders.md#offsets, docs/rules/deadlines.md#owners): for each open
 * deadline of any owner on a case not deleted whose binding date (the custom one when set) is today or later in China, the nearest offset
 * (working days before the date) not yet passed — the domain decides (`workdaysLeft`, `reminderOffsetDue`). The
 * notifications module calls this and keeps the sent-ledger keyed by (deadline, offset, recipient) with the due date,
 * so a moved date yields a new reminder and a closed or removed deadline none.
 */
import {
  DEFAULT_REMINDER_OFFSETS,
  type IsoDate,
  reminderOffsetDue,
  todayInChina,
  type WorkCalendar,
  workdaysLeft,
} from '@shuangjiang/domain';
import { and, eq, gte, inArray, isNotNull, isNull, lte, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.js';
import { caseDeadlines } from '../schema.js';
import { onLiveCase } from './owned.js';

export interface ReminderOptions {
  /** Working days before the due date (default 5, 2, 0: a city setting). */
  offsets?: readonly number[];
  /** Only these rules (e.g. the defence deadlines); every rule when absent. */
  ruleIds?: readonly string[];
  /** Only these owner types; every owner when absent. */
  ownerTypes?: readonly string[];
}

export interface DueDeadlineReminder {
  deadlineId: string;
  caseId: string;
  ownerType: string;
  ownerId: string | null;
  ownerKey: string;
  ruleId: string;
  /** The binding due date the reminder is for (the ledger keeps it: a moved date is a new reminder). */
  dueDate: string;
  /** The date is 暂定 (its year's schedule not loaded; a custom date never is). */
  provisional: boolean;
  /** The offset due now, and the working days actually left (0 = today). */
  offset: number;
  workdaysLeft: number;
}

/**
 * The reminders due at `at` (an instant; the day is China's), one per open deadline at most, soonest first. The
 * calendar is the one deadlines are computed on (provisional for years not covered: a 暂定 date is reminded of too).
 */
export async function remindersDueAt(
  db: DbOrTx,
  at: Date,
  calendar: WorkCalendar,
  options: ReminderOptions = {},
): Promise<DueDeadlineReminder[]> {
  const offsets = options.offsets ?? DEFAULT_REMINDER_OFFSETS;
  if (offsets.length === 0) return [];
  const today = todayInChina(at);
  // The latest date any offset can reach: that many working days from today.
  const until = calendar.addWorkdays(today, Math.max(...offsets));
  const base: SQL[] = [eq(caseDeadlines.status, 'open'), onLiveCase];
  if (options.ruleIds) base.push(inArray(caseDeadlines.ruleId, [...options.ruleIds]));
  if (options.ownerTypes) base.push(inArray(caseDeadlines.ownerType, [...options.ownerTypes]));
  const columns = {
    id: caseDeadlines.id,
    caseId: caseDeadlines.caseId,
    ownerType: caseDeadlines.ownerType,
    ownerId: caseDeadlines.ownerId,
    ownerKey: caseDeadlines.ownerKey,
    ruleId: caseDeadlines.ruleId,
    dueDate: caseDeadlines.dueDate,
    customDueDate: caseDeadlines.customDueDate,
    provisional: caseDeadlines.provisional,
  };
  // Two range reads, each on its own column (the computed date through the open-due index; custom dates are few).
  const [computed, custom] = await Promise.all([
    db
      .select(columns)
      .from(caseDeadlines)
      .where(
        and(
          ...base,
          isNull(caseDeadlines.customDueDate),
          gte(caseDeadlines.dueDate, today),
          lte(caseDeadlines.dueDate, until),
        ),
      ),
    db
      .select(columns)
      .from(caseDeadlines)
      .where(
        and(
          ...base,
          isNotNull(caseDeadlines.customDueDate),
          gte(caseDeadlines.customDueDate, today),
          lte(caseDeadlines.customDueDate, until),
        ),
      ),
  ]);
  const out: DueDeadlineReminder[] = [];
  for (const r of [...computed, ...custom]) {
    const due = (r.customDueDate ?? r.dueDate) as IsoDate;
    const left = workdaysLeft(calendar, today, due);
    const offset = reminderOffsetDue(offsets, left);
    if (offset === null) continue;
    out.push({
      deadlineId: r.id,
      caseId: r.caseId,
      ownerType: r.ownerType,
      ownerId: r.ownerId,
      ownerKey: r.ownerKey,
      ruleId: r.ruleId,
      dueDate: due,
      provisional: r.customDueDate === null && r.provisional,
      offset,
      workdaysLeft: left,
    });
  }
  return out.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.deadlineId.localeCompare(b.deadlineId));
}
