/**
 * What follows from a case's row after every write: the automatic timeline entries (立案, 收到起诉状副本, 结案) and
 * the deadlines (deadlines.ts).
 */
import { todayInChina, type WorkCalendar } from '@shuangjiang/domain';
import type { DbOrTx } from '../../../platform/db/client.js';
import type { CaseInstance, EventType } from '../constants.js';
import { EVENT_TYPE_LABELS } from '../constants.js';
import { syncCaseDeadlines } from '../deadlines.js';
import { outcomeLabel } from '../presenter.js';
import { type CaseRow, eventOfType, insertEvent, moveEvent } from '../repository.js';

/** Keeps one automatic timeline event per type (立案, 收到起诉状副本, 结案) in step with the case's dates. */
async function syncAutoEvent(
  tx: DbOrTx,
  caseId: string,
  type: EventType,
  at: string | null,
  title: string,
  by: string | null,
): Promise<void> {
  const existing = await eventOfType(tx, caseId, type);
  if (!at) return;
  if (!existing) {
    await insertEvent(tx, { caseId, at, type, title, createdBy: by });
  } else if (existing.at !== at || existing.title !== title) {
    await moveEvent(tx, existing.id, { at, title });
  }
}

export async function syncDerived(tx: DbOrTx, row: CaseRow, by: string | null, calendar: WorkCalendar): Promise<void> {
  await syncAutoEvent(tx, row.id, 'filed', row.filedDate, EVENT_TYPE_LABELS.filed, by);
  await syncAutoEvent(tx, row.id, 'notice_received', row.complaintReceivedDate, EVENT_TYPE_LABELS.notice_received, by);
  await syncAutoEvent(
    tx,
    row.id,
    'outcome',
    row.outcome ? (row.outcomeDate ?? todayInChina()) : null,
    `结案：${outcomeLabel(row.outcome) ?? ''}`,
    by,
  );
  await syncCaseDeadlines(tx, row.id, deadlineInputs(row), calendar);
}

/** What the deadline computation reads of a case. */
export const deadlineInputs = (row: CaseRow) => ({
  kind: row.kind,
  instance: row.instance as CaseInstance | null,
  filedDate: row.filedDate,
  complaintReceivedDate: row.complaintReceivedDate,
  outcome: row.outcome,
  outcomeDate: row.outcomeDate,
  judgmentServedDate: row.judgmentServedDate,
  governmentLost: row.governmentLost,
  appealed: row.appealed,
});
