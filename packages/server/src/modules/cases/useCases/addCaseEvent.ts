/** Use case: a timeline entry written by hand (a submitted defence may meet the defence deadline). */
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import type { EventType } from '../constants.js';
import type { CaseContext } from '../context.js';
import { loadCalendar, syncCaseDeadlines } from '../deadlines.js';
import { findCaseInScope, insertEventReturning } from '../repository.js';
import { caseWritten } from '../riskPort.js';
import { getCaseDetail } from './caseDetail.js';
import { deadlineInputs } from './derived.js';

export async function addCaseEvent(
  db: Db,
  ctx: CaseContext,
  id: string,
  body: { at: string; type: EventType; title: string; detail?: string | null },
) {
  await db.transaction(async (tx) => {
    const row = await findCaseInScope(tx, ctx.principal, id);
    if (!row) throw notFound('案件');
    const event = await insertEventReturning(tx, {
      caseId: id,
      at: body.at,
      type: body.type,
      title: body.title,
      detail: body.detail ?? null,
      createdBy: ctx.principal.userId,
    });
    // A submitted defence may meet the defence deadline.
    await syncCaseDeadlines(tx, id, deadlineInputs(row), await loadCalendar(tx));
    await caseWritten(tx, id, ctx.actor);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'case',
      entityId: id,
      after: { event: { id: event.id, at: body.at, type: body.type, title: body.title } },
    });
  });
  return getCaseDetail(db, ctx.principal, id);
}
