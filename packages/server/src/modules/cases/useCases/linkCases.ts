/**
 * Use case: link this case to an earlier one (the appeal → `appeal_of` its first instance). Marks the first instance
 * appealed (是否上诉), and an appeal already decided by 驳回上诉维持 takes the first instance's 败诉 now (appeals.ts).
 */
import { todayInChina } from '@shuangjiang/domain';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { AppError, notFound, validationFailed, versionConflict } from '../../../platform/errors.js';
import type { CaseKind } from '../constants.js';
import { LINK_TYPE_LABELS } from '../constants.js';
import type { CaseContext } from '../context.js';
import { loadCalendar, syncCaseDeadlines } from '../deadlines.js';
import {
  findCaseInScope,
  insertEvent,
  insertLink,
  isUniqueViolation,
  type LinkType,
  linkExists,
  updateCaseAtVersion,
} from '../repository.js';
import { effectiveGovernmentLostOf } from './appeals.js';
import { getCaseDetail } from './caseDetail.js';
import { deadlineInputs } from './derived.js';

const ALREADY_LINKED = '两案已关联';

export async function linkCases(db: Db, ctx: CaseContext, id: string, body: { toCaseId: string; linkType: string }) {
  if (body.toCaseId === id) throw validationFailed([{ field: 'toCaseId', message: '不能关联案件自身' }]);
  await db.transaction(async (tx) => {
    const from = await findCaseInScope(tx, ctx.principal, id);
    if (!from) throw notFound('案件');
    const to = await findCaseInScope(tx, ctx.principal, body.toCaseId);
    if (!to) throw notFound('关联案件');
    const linkType = body.linkType as LinkType;
    if (await linkExists(tx, body.toCaseId, id)) throw new AppError('DUPLICATE', ALREADY_LINKED);
    try {
      await insertLink(tx, { fromCaseId: id, toCaseId: body.toCaseId, linkType, createdBy: ctx.principal.userId });
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('DUPLICATE', ALREADY_LINKED);
      throw err;
    }
    const title = `${LINK_TYPE_LABELS[linkType]}：${to.caseNumber ?? '（无案号）'}`;
    await insertEvent(tx, { caseId: id, at: todayInChina(), type: 'linked', title, createdBy: ctx.principal.userId });
    // An appeal marks its first instance as appealed (是否上诉).
    if (linkType === 'appeal_of' && to.appealed !== true) {
      await updateCaseAtVersion(tx, to.id, to.version, { appealed: true, updatedBy: ctx.principal.userId });
    }
    // An appeal linked after its outcome was recorded: 驳回上诉维持 now follows the first instance (docs/rules/outcomes-and-loss.md#appeals).
    let governmentLost: { from: boolean | null; to: boolean | null } | undefined;
    if (linkType === 'appeal_of') {
      const effective = await effectiveGovernmentLostOf(tx, id, { ...from, kind: from.kind as CaseKind });
      if (effective !== from.governmentLost) {
        const row = await updateCaseAtVersion(tx, id, from.version, {
          governmentLost: effective,
          updatedBy: ctx.principal.userId,
        });
        if (!row) throw versionConflict(null);
        await syncCaseDeadlines(tx, id, deadlineInputs(row), await loadCalendar(tx));
        governmentLost = { from: from.governmentLost, to: effective };
      }
    }
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'case',
      entityId: id,
      after: {
        link: { linkType, toCaseId: body.toCaseId, toCaseNumber: to.caseNumber },
        ...(governmentLost ? { governmentLost: governmentLost.to } : {}),
      },
    });
  });
  return getCaseDetail(db, ctx.principal, id);
}
