/**
 * Use case: a deadline's custom due date (with its reason) set or cleared, and/or the deadline marked done ('met') or
 * open again. The statutory date stays computed beside the custom one. A 'met' set by hand survives later
 * recomputations; 'open' does not undo what the registry itself records (a submitted defence, an outcome date).
 * Audited on the case, with a timeline entry; the case's version moves (an edit form opened before sees the change).
 */
import { todayInChina } from '@shuangjiang/domain';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { notFound, validationFailed, versionConflict } from '../../../platform/errors.js';
import type { CaseContext } from '../context.js';
import { deadlineRuleName } from '../deadlines/owners.js';
import { loadCalendar, syncCaseDeadlines } from '../deadlines.js';
import type { DeadlinePatchInput } from '../dto.js';
import { presentDetail } from '../presenter.js';
import {
  type DeadlineRow,
  type DeadlineSet,
  deadlineById,
  deadlineOfCase,
  findCaseInScope,
  insertEvent,
  loadCaseDetail,
  updateCaseAtVersion,
  updateDeadlineRow,
} from '../repository.js';
import { getCaseDetail } from './caseDetail.js';
import { deadlineInputs } from './derived.js';

const formatDue = (d: string | null) => d ?? '（日历未覆盖）';

const deadlineName = deadlineRuleName;

/** What the patch changes on the deadline row, and the timeline titles that say so. */
function plannedChange(d: DeadlineRow, body: DeadlinePatchInput): { set: DeadlineSet; titles: string[] } {
  const set: DeadlineSet = {};
  const titles: string[] = [];
  const name = deadlineName(d.ruleId);
  if (body.customDueDate !== undefined) {
    if (body.customDueDate === null) {
      if (d.customDueDate) {
        set.customDueDate = null;
        set.customReason = null;
        titles.push(`恢复法定期限：${name}（${formatDue(d.dueDate)}）`);
      }
    } else {
      const reason = body.customReason?.trim();
      if (!reason)
        throw validationFailed([{ field: 'customReason', message: '调整期限须填写原因' }], '调整期限须填写原因');
      set.customDueDate = body.customDueDate;
      set.customReason = reason;
      titles.push(`调整期限：${name}，${formatDue(d.customDueDate ?? d.dueDate)} → ${body.customDueDate}（${reason}）`);
    }
  } else if (body.customReason !== undefined) {
    if (!d.customDueDate) throw validationFailed([{ field: 'customDueDate', message: '请先填写调整后的期限' }]);
    const reason = body.customReason?.trim();
    if (!reason) throw validationFailed([{ field: 'customReason', message: '调整期限须填写原因' }]);
    set.customReason = reason;
  }
  if (body.status !== undefined && body.status !== d.status) {
    set.status = body.status;
    titles.push(body.status === 'met' ? `期限已完成：${name}` : `期限重新打开：${name}`);
  }
  return { set, titles };
}

const auditView = (x: DeadlineRow) => ({
  id: x.id,
  ruleId: x.ruleId,
  dueDate: x.dueDate,
  customDueDate: x.customDueDate,
  customReason: x.customReason,
  status: x.status,
});

export async function updateDeadline(
  db: Db,
  ctx: CaseContext,
  caseId: string,
  deadlineId: string,
  body: DeadlinePatchInput,
) {
  await db.transaction(async (tx) => {
    const row = await findCaseInScope(tx, ctx.principal, caseId, { forUpdate: true });
    if (!row) throw notFound('案件');
    if (body.version !== undefined && body.version !== row.version) {
      throw versionConflict(presentDetail(row, await loadCaseDetail(tx, row), ctx.principal));
    }
    const d = await deadlineOfCase(tx, caseId, deadlineId);
    if (!d) throw notFound('期限');
    const { set, titles } = plannedChange(d, body);
    if (Object.keys(set).length === 0) return;
    await updateDeadlineRow(tx, d.id, set);
    // Statuses that follow from the registry (defence submitted, outcome date) are re-derived against the new date.
    await syncCaseDeadlines(tx, caseId, deadlineInputs(row), await loadCalendar(tx));
    const after = await deadlineById(tx, d.id);
    if (titles.length) {
      await insertEvent(tx, {
        caseId,
        at: todayInChina(),
        type: 'note',
        title: titles.join('；'),
        createdBy: ctx.principal.userId,
      });
    }
    await updateCaseAtVersion(tx, caseId, row.version, { updatedBy: ctx.principal.userId });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'case',
      entityId: caseId,
      before: { deadline: auditView(d) },
      after: { deadline: auditView(after ?? d) },
    });
  });
  return getCaseDetail(db, ctx.principal, caseId);
}
