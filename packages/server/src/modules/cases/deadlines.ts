/**
 * Deadlines of a case (期限): the I/O around the domain's rules. Which periods a case's fields give it
 * (`plannedDeadlines`), their due dates (`computeRow`, `computeDeadlineRows`) and their status (`deadlineStatus`) are
 * law and live in packages/domain/src/deadlines (docs/rules/deadlines.md#which-periods-a-case-has, #status); this
 * file stores them: `syncCaseDeadlines` after a case is saved, `recomputeOpenDeadlines` after the working-day
 * calendar changed (calendar loaded by modules/calendar/loader.ts: official schedule + stored years + overrides).
 *
 * When the calendar does not cover the due year yet, the row gets a provisional (暂定) due date from weekends and the
 * statutory holidays (domain `createCalendar(…, { provisional: true })`), `provisional = true` and the reason in its
 * explanation; `recomputeOpenDeadlines` replaces it with the final date and clears the flag once the year's schedule
 * is entered (docs/rules/calendar.md#provisional-dates). Only beyond the domain's range (2100) does a row keep a null
 * due date.
 */
import {
  type CaseDeadlineFacts,
  computeDeadlineRows,
  deadlineStatus as domainDeadlineStatus,
  keptStatus,
  type WorkCalendar,
} from '@shuangjiang/domain';
import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { loadCalendar as loadCalendarInForce, registerCalendarDependent } from '../calendar/public.js';
import type { CaseInstance, CaseKind, DeadlineStatus } from './constants.js';
import { CASE_OWNER } from './deadlines/caseOwner.js';
import { computeOwned } from './deadlines/owners.js';
import { caseDeadlines, caseEvents } from './schema.js';

// The old names, kept for the import and the demo writers (their callers): the rules themselves are the domain's.
export {
  type ComputedDeadline,
  computeDeadlineRows,
  computeRow,
  type DeadlineRowValues,
  plannedDeadlines,
} from '@shuangjiang/domain';
export { CASE_OWNER } from './deadlines/caseOwner.js';

/**
 * The calendar deadlines are computed on: the one in force (one loader, in the calendar module: official schedule +
 * stored years + overrides), answering a year not covered yet provisionally. The calendar routes keep the strict one.
 */
export function loadCalendar(db: DbOrTx): Promise<WorkCalendar> {
  return loadCalendarInForce(db, { provisional: true });
}

/** The case fields the deadlines depend on (the domain's `CaseDeadlineFacts` with the registry's own types). */
export interface DeadlineInputs extends CaseDeadlineFacts {
  kind: CaseKind;
  instance: CaseInstance | null;
}

/** The domain's `deadlineStatus` with the registry's argument order (the import plans with it). */
export function deadlineStatus(
  ruleId: string,
  due: string | null,
  c: Pick<DeadlineInputs, 'outcomeDate' | 'appealed'>,
  defenceAt: string | null,
): DeadlineStatus {
  return domainDeadlineStatus(ruleId, due, { outcomeDate: c.outcomeDate, appealed: c.appealed, defenceAt });
}

/**
 * Brings a case's deadline rows in line with its dates: adds new rules, recomputes rules whose start moved, drops
 * rules that no longer apply — among the deadlines the case's fields own only (owner 'case'): another owner's deadline
 * on the case (a hearing's, a risk item's) survives the save. A custom due date survives a recomputation (the computed one is updated beside it).
 * Returns the rule ids that changed.
 */
export async function syncCaseDeadlines(
  tx: DbOrTx,
  caseId: string,
  c: DeadlineInputs,
  calendar: WorkCalendar,
): Promise<string[]> {
  // Only the deadlines the case's own fields own: a hearing's, a risk item's … deadline on the case is not touched.
  const existing = await tx
    .select()
    .from(caseDeadlines)
    .where(and(eq(caseDeadlines.caseId, caseId), eq(caseDeadlines.ownerType, CASE_OWNER)));
  const [defence] = await tx
    .select({ at: sql<string>`min(${caseEvents.at})` })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'defence_submitted')));
  const defenceAt = defence?.at ?? null;
  const changed: string[] = [];
  const byRule = new Map(existing.map((d) => [d.ruleId, d]));
  const custom = new Map(existing.map((d) => [d.ruleId, d.customDueDate]));
  for (const computed of computeDeadlineRows(c, defenceAt, calendar, custom)) {
    const row = byRule.get(computed.ruleId);
    // A deadline marked done by hand stays done unless the registry itself shows it was missed.
    const p = { ...computed, status: keptStatus(row?.status ?? null, computed.status) };
    byRule.delete(p.ruleId);
    if (!row) {
      await tx.insert(caseDeadlines).values({ caseId, ...p });
      changed.push(p.ruleId);
    } else if (
      row.fromDate !== p.fromDate ||
      row.dueDate !== p.dueDate ||
      row.provisional !== p.provisional ||
      row.explanation !== p.explanation ||
      row.status !== p.status
    ) {
      await tx
        .update(caseDeadlines)
        .set({ ...p, updatedAt: new Date() })
        .where(eq(caseDeadlines.id, row.id));
      changed.push(p.ruleId);
    }
  }
  const stale = [...byRule.values()];
  if (stale.length > 0) {
    await tx.delete(caseDeadlines).where(
      inArray(
        caseDeadlines.id,
        stale.map((d) => d.id),
      ),
    );
    changed.push(...stale.map((d) => d.ruleId));
  }
  return changed;
}

/**
 * After the calendar changed (a new year's schedule, an override): recomputes the open deadlines of every owner (the
 * case's own fields, a hearing, a risk item …, each as its owner computes it: deadlines/owners.ts) and returns how many
 * due dates moved (a null "year not covered" due date that gets a date counts as moved). Rows are read and written in
 * batches so a large registry does not load at once.
 *
 * `changed` limits the work to the deadlines the change can affect: a day D can only move a deadline whose counting
 * window (fromDate, dueDate] contains D (a working day counted or skipped, or the last day rolled over) — or
 * [dueDate, fromDate) for an owner that counts backwards (a task due N working days before a hearing) — so rows whose
 * span between the two dates touches the changed days (or with no due date yet, or a provisional one) are
 * recomputed; the span is taken inclusive at both ends, which only adds a few rows starting on a changed day. A provisional date that gets its year's schedule becomes final (the flag is cleared) and counts as moved
 * only when the date itself changed.
 */
export async function recomputeOpenDeadlines(
  db: DbOrTx,
  calendar: WorkCalendar,
  batchSize = 1000,
  changed?: { from: string; to: string },
): Promise<number> {
  const window: SQL[] = changed
    ? [
        sql`least(${caseDeadlines.fromDate}, coalesce(${caseDeadlines.dueDate}, ${caseDeadlines.fromDate})) <= ${changed.to}`,
        or(
          isNull(caseDeadlines.dueDate),
          eq(caseDeadlines.provisional, true),
          sql`greatest(${caseDeadlines.fromDate}, ${caseDeadlines.dueDate}) >= ${changed.from}`,
        )!,
      ]
    : [];
  return recomputeWhere(db, calendar, batchSize, window);
}

/**
 * Open deadlines still without a due date (computed before provisional dates existed, or beyond the provisional
 * range) get one now: run once at start, so an installation upgraded with its data shows 暂定 dates at once.
 */
export async function fillPendingDeadlines(db: DbOrTx, calendar: WorkCalendar, batchSize = 1000): Promise<number> {
  return recomputeWhere(db, calendar, batchSize, [isNull(caseDeadlines.dueDate)]);
}

async function recomputeWhere(db: DbOrTx, calendar: WorkCalendar, batchSize: number, window: SQL[]): Promise<number> {
  let moved = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db
      .select({
        id: caseDeadlines.id,
        ruleId: caseDeadlines.ruleId,
        ownerType: caseDeadlines.ownerType,
        ownerId: caseDeadlines.ownerId,
        ownerKey: caseDeadlines.ownerKey,
        fromDate: caseDeadlines.fromDate,
        dueDate: caseDeadlines.dueDate,
        provisional: caseDeadlines.provisional,
        explanation: caseDeadlines.explanation,
      })
      .from(caseDeadlines)
      .where(and(eq(caseDeadlines.status, 'open'), sql`${caseDeadlines.id} > ${after}`, ...window))
      .orderBy(caseDeadlines.id)
      .limit(batchSize);
    if (rows.length === 0) break;
    for (const r of rows) {
      // Every owner's deadline, each computed the way its owner registered (deadlines/owners.ts).
      const computed = computeOwned(r.ownerType, r, calendar);
      if (
        computed.dueDate !== r.dueDate ||
        computed.provisional !== r.provisional ||
        computed.explanation !== r.explanation
      ) {
        await db
          .update(caseDeadlines)
          .set({ ...computed, updatedAt: new Date() })
          .where(eq(caseDeadlines.id, r.id));
        if (computed.dueDate !== r.dueDate) moved++;
      }
    }
    after = rows[rows.length - 1]!.id;
  }
  return moved;
}

/**
 * The deadlines depend on the working-day calendar: a calendar change recomputes them in its own transaction, the
 * start fills dates still missing, the notice counts the 暂定 ones (modules/calendar/dependents.ts). Registered when
 * this file is loaded, which every path that stores deadlines does.
 */
registerCalendarDependent({
  name: 'deadlines',
  recompute: (tx, calendar, changed) => recomputeOpenDeadlines(tx, calendar, 1000, changed),
  fillPending: (tx, calendar) => fillPendingDeadlines(tx, calendar),
  async countProvisional(tx) {
    const [row] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(caseDeadlines)
      .where(and(eq(caseDeadlines.status, 'open'), eq(caseDeadlines.provisional, true)));
    return Number(row?.n ?? 0);
  },
});
