/**
 * Assignments (案件分配): a coordinator assigns a case to an expert for review (专家评查, e.g. of a loss case) or refers
 * it to the discipline commission (移送纪委监委, docs/rules/risk-and-accountability.md#expert-review-and-referral). The assignee then sees the case: policy.ts scopes
 * experts and discipline liaisons by `case_assignments`. Each change is one transaction with its timeline event and
 * audit row (entity 'case', so it appears in the case's change log).
 */
import { todayInChina } from '@shuangjiang/domain';
import { writeAudit } from '../../platform/audit.js';
import type { Principal, Role } from '../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { AppError, notFound, validationFailed } from '../../platform/errors.js';
import { accountSummary, activeUsersOfRole, displayNamesOf } from '../users/service.js';
import type { AssignmentPurpose } from './constants.js';
import {
  assignmentOfCase,
  deleteAssignment,
  findCaseInScope,
  insertAssignment,
  insertEvent,
  isUniqueViolation,
  isUuid,
} from './repository.js';
import type { CaseContext } from './service.js';

/** Which role an assignment of each purpose goes to. */
export const ASSIGNEE_ROLE: Record<AssignmentPurpose, Role> = {
  expert_review: 'expert',
  discipline: 'discipline_liaison',
};
const PURPOSE_LABEL: Record<AssignmentPurpose, string> = {
  expert_review: '分配专家评查',
  discipline: '移送纪委监委',
};
const ROLE_LABEL: Record<AssignmentPurpose, string> = { expert_review: '专家', discipline: '纪委监委联络员' };

/** The city part of a region path: `/329900/329902/` → `/329900/`. */
const cityPath = (path: string | null) => {
  const first = path?.split('/').filter(Boolean)[0];
  return first ? `/${first}/` : null;
};

/**
 * Active accounts a case can be assigned to: experts or discipline liaisons of the caller's city (or without a region),
 * minimal fields only (no username, phone or scope details).
 */
export async function listAssignable(db: DbOrTx, principal: Principal, purpose: AssignmentPurpose) {
  const city = cityPath(principal.regionPath);
  const rows = await activeUsersOfRole(db, ASSIGNEE_ROLE[purpose], city);
  return { items: rows.map((r) => ({ id: r.id, displayName: r.displayName, regionName: r.regionName ?? null })) };
}

export async function assignCase(
  db: Db,
  ctx: CaseContext,
  caseId: string,
  body: { userId: string; purpose: AssignmentPurpose },
): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await findCaseInScope(tx, ctx.principal, caseId);
    if (!row) throw notFound('案件');
    const user = await accountSummary(tx, body.userId);
    if (!user) throw validationFailed([{ field: 'userId', message: '所选用户不存在' }], '所选用户不存在');
    if (user.role !== ASSIGNEE_ROLE[body.purpose]) {
      throw validationFailed(
        [{ field: 'userId', message: `${PURPOSE_LABEL[body.purpose]}只能分配给${ROLE_LABEL[body.purpose]}` }],
        `${user.displayName}不是${ROLE_LABEL[body.purpose]}`,
      );
    }
    if (user.disabled) throw validationFailed([{ field: 'userId', message: `${user.displayName}的账户已停用` }]);
    let assignmentId: string;
    try {
      assignmentId = await insertAssignment(tx, {
        caseId,
        userId: user.id,
        purpose: body.purpose,
        createdBy: ctx.principal.userId,
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError('DUPLICATE', `本案已${PURPOSE_LABEL[body.purpose]}给${user.displayName}`);
      throw err;
    }
    await insertEvent(tx, {
      caseId,
      at: todayInChina(),
      type: 'note',
      title: `${PURPOSE_LABEL[body.purpose]}：${user.displayName}`,
      createdBy: ctx.principal.userId,
    });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'case',
      entityId: caseId,
      after: {
        assignment: { id: assignmentId, userId: user.id, displayName: user.displayName, purpose: body.purpose },
      },
    });
  });
}

export async function unassignCase(db: Db, ctx: CaseContext, caseId: string, assignmentId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await findCaseInScope(tx, ctx.principal, caseId);
    if (!row) throw notFound('案件');
    if (!isUuid(assignmentId)) throw notFound('分配记录');
    const a = await assignmentOfCase(tx, caseId, assignmentId);
    if (!a) throw notFound('分配记录');
    const displayName = (await displayNamesOf(tx, [a.userId])).get(a.userId);
    await deleteAssignment(tx, a.id);
    await insertEvent(tx, {
      caseId,
      at: todayInChina(),
      type: 'note',
      title: `撤销${PURPOSE_LABEL[a.purpose]}：${displayName ?? a.userId}`,
      createdBy: ctx.principal.userId,
    });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'case',
      entityId: caseId,
      before: {
        assignment: { id: a.id, userId: a.userId, displayName: displayName ?? null, purpose: a.purpose },
      },
      after: { assignment: null },
    });
  });
}
