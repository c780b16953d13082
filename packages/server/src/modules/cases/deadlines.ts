/**
 * Deadlines of a case (期限, docs/rules/deadlines.md#which-periods-a-case-has): which statutory periods apply, computed with the domain's
 * `computeDeadline` on the working-day calendar (official schedule + stored years + administrators' overrides,
 * loaded by modules/calendar/loader.ts).
 *
 * | case | rule | from |
 * |---|---|---|
 * | litigation, first instance / compensation | litigation.defense (行政诉讼法67) | complaintReceivedDate |
 * | litigation, first instance / compensation | litigation.first-instance (81) | filedDate |
 * | litigation, appeal | litigation.second-instance (88) | filedDate |
 * | litigation, first instance, judgment | litigation.appeal.judgment (85) | outcomeDate |
 * | litigation, first instance, 驳回起诉 / 不予立案 ruling | litigation.appeal.ruling (85) | outcomeDate |
 * | reconsideration | reconsideration.reply (行政复议法48) | complaintReceivedDate |
 * | reconsideration | reconsideration.decision (62) | filedDate |
 * | a loss (any kind) | loss.analysis-report, accountability.referral | outcomeDate |
 *
 * A rule whose start date is unknown is not listed. When the calendar does not cover the due year yet, the row gets a
 * provisional (暂定) due date from weekends and the statutory holidays (domain `createCalendar(…, { provisional:
 * true })`), `provisional = true` and the reason in its explanation; `recomputeOpenDeadlines` replaces it with the final
 * date and clears the flag once the year's schedule is entered. Only beyond the domain's range (2100) does a row keep
 * a null due date.
 */
import {
  CalendarYearNotCoveredError,
  computeDeadline,
  getDeadlineRule,
  isLossCategory,
  type OutcomeCategory,
  type WorkCalendar,
} from '@shuangjiang/domain';
import { and, eq, gte, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { loadCalendar as loadCalendarInForce } from '../calendar/loader.js';
import type { CaseInstance, CaseKind, DeadlineStatus } from './constants.js';
import { caseDeadlines, caseEvents } from './schema.js';

/**
 * The calendar deadlines are computed on: the one in force (one loader, in the calendar module: official schedule +
 * stored years + overrides), answering a year not covered yet provisionally. The calendar routes keep the strict one.
 */
export function loadCalendar(db: DbOrTx): Promise<WorkCalendar> {
  return loadCalendarInForce(db, { provisional: true });
}

/** The case fields the deadlines depend on. */
export interface DeadlineInputs {
  kind: CaseKind;
  instance: CaseInstance | null;
  filedDate: string | null;
  complaintReceivedDate: string | null;
  outcome: string | null;
  outcomeDate: string | null;
  governmentLost: boolean | null;
  /** Whether the agency appealed; once recorded (yes or no), the appeal window needs no more action. */
  appealed?: boolean | null;
}

const JUDGMENTS: ReadonlySet<string> = new Set(['CLAIMS_REJECTED', 'REVOKED', 'ORDERED_TO_PERFORM', 'ORDERED_TO_PAY']);
const APPEALABLE_RULINGS: ReadonlySet<string> = new Set(['SUIT_DISMISSED', 'NOT_ACCEPTED']);

/** Which rules apply to a case, each with its start date. */
export function plannedDeadlines(c: DeadlineInputs): { ruleId: string; fromDate: string }[] {
  const out: { ruleId: string; fromDate: string }[] = [];
  const add = (ruleId: string, fromDate: string | null) => {
    if (fromDate) out.push({ ruleId, fromDate });
  };
  const firstLike = c.instance === 'first' || c.instance === 'compensation' || c.instance === null;
  if (c.kind === 'litigation') {
    if (firstLike) {
      add('litigation.defense', c.complaintReceivedDate);
      add('litigation.first-instance', c.filedDate);
      if (c.outcome && c.outcomeDate) {
        const judgment = JUDGMENTS.has(c.outcome) || isLoss(c.outcome);
        if (judgment) add('litigation.appeal.judgment', c.outcomeDate);
        else if (APPEALABLE_RULINGS.has(c.outcome)) add('litigation.appeal.ruling', c.outcomeDate);
      }
    } else if (c.instance === 'appeal') {
      add('litigation.second-instance', c.filedDate);
    }
  } else if (c.kind === 'reconsideration') {
    add('reconsideration.reply', c.complaintReceivedDate);
    add('reconsideration.decision', c.filedDate);
  }
  if (c.governmentLost && c.outcomeDate) {
    add('loss.analysis-report', c.outcomeDate);
    add('accountability.referral', c.outcomeDate);
  }
  return out;
}

function isLoss(outcome: string): boolean {
  try {
    return isLossCategory(outcome as OutcomeCategory);
  } catch {
    return false;
  }
}

export interface ComputedDeadline {
  dueDate: string | null;
  /** The due date is 暂定 (a year without its schedule, on a provisional calendar); the explanation says why. */
  provisional: boolean;
  explanation: string;
  basis: string;
}

/**
 * computeDeadline, with a year the calendar does not cover turned into a pending row instead of an error (only a
 * strict calendar or a year beyond the provisional range still gets there).
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

/**
 * Whether a deadline has been met, from what the registry knows: the defence by a 'defence_submitted' event, trial
 * and decision periods by the outcome date, the appeal window (a right, not a duty: 行政诉讼法第85条) as soon as the
 * registry records whether the agency appealed — an open window past its date therefore reads "record the appeal
 * decision", never a missed duty. Others stay open until someone marks them.
 */
export function deadlineStatus(
  ruleId: string,
  due: string | null,
  c: DeadlineInputs,
  defenceAt: string | null,
): DeadlineStatus {
  const by = (done: string | null): DeadlineStatus => {
    if (!done) return 'open';
    return due && done > due ? 'missed' : 'met';
  };
  switch (ruleId) {
    case 'litigation.defense':
    case 'reconsideration.reply':
      return by(defenceAt);
    case 'litigation.first-instance':
    case 'litigation.second-instance':
    case 'reconsideration.decision':
      return by(c.outcomeDate);
    case 'litigation.appeal.judgment':
    case 'litigation.appeal.ruling':
      return c.appealed === true || c.appealed === false ? 'met' : 'open';
    default:
      return 'open';
  }
}

export interface DeadlineRowValues extends ComputedDeadline {
  ruleId: string;
  fromDate: string;
  status: DeadlineStatus;
}

/** The deadline rows a case should have (pure: used by syncCaseDeadlines and by bulk loaders such as the demo). */
export function computeDeadlineRows(
  c: DeadlineInputs,
  defenceAt: string | null,
  calendar: WorkCalendar,
  custom: ReadonlyMap<string, string | null> = new Map(),
): DeadlineRowValues[] {
  return plannedDeadlines(c).map((p) => {
    const computed = computeRow(p.ruleId, p.fromDate, calendar);
    const status = deadlineStatus(p.ruleId, custom.get(p.ruleId) ?? computed.dueDate, c, defenceAt);
    return { ruleId: p.ruleId, fromDate: p.fromDate, ...computed, status };
  });
}

/**
 * Brings a case's deadline rows in line with its dates: adds new rules, recomputes rules whose start moved, drops
 * rules that no longer apply. A custom due date survives a recomputation (the computed one is updated beside it).
 * Returns the rule ids that changed.
 */
export async function syncCaseDeadlines(
  tx: DbOrTx,
  caseId: string,
  c: DeadlineInputs,
  calendar: WorkCalendar,
): Promise<string[]> {
  const existing = await tx.select().from(caseDeadlines).where(eq(caseDeadlines.caseId, caseId));
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
    const p = row?.status === 'met' && computed.status === 'open' ? { ...computed, status: 'met' as const } : computed;
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
 * After the calendar changed (a new year's schedule, an override): recomputes the open deadlines and returns how many
 * due dates moved (a null "year not covered" due date that gets a date counts as moved). Rows are read and written in
 * batches so a large registry does not load at once.
 *
 * `changed` limits the work to the deadlines the change can affect: a day D can only move a deadline whose counting
 * window (fromDate, dueDate] contains D (a working day counted or skipped, or the last day rolled over), so rows with
 * fromDate < last changed day and (dueDate >= first changed day, or no due date yet, or a provisional one) are
 * recomputed. A provisional date that gets its year's schedule becomes final (the flag is cleared) and counts as moved
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
        sql`${caseDeadlines.fromDate} < ${changed.to}`,
        or(
          isNull(caseDeadlines.dueDate),
          eq(caseDeadlines.provisional, true),
          gte(caseDeadlines.dueDate, changed.from),
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
      const computed = computeRow(r.ruleId, r.fromDate, calendar);
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
