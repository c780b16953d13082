/** Use case: one case's detail in the caller's scope (404 outside it), with its assignments for those who assign. */
import { can } from '../../../platform/auth/permissions.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import { canSeeDeleted } from '../policy.js';
import { presentDetail } from '../presenter.js';
import { findCaseDetailInScope } from '../repository.js';
import { handlerNames } from './handler.js';

export async function getCaseDetail(db: DbOrTx, principal: Principal, id: string) {
  // Who the case is assigned to (experts, discipline commission) only for those who assign.
  const withAssignments = can(principal, 'case.assign');
  const found = await findCaseDetailInScope(db, principal, id, {
    includeDeleted: canSeeDeleted(principal),
    withAssignments,
  });
  if (!found) throw notFound('案件');
  const detail = presentDetail(found.row, found.parts, principal);
  if (withAssignments) detail.assignments = found.assignments;
  if (detail.handlerUserId)
    detail.handlerName = (await handlerNames(db, [detail.handlerUserId])).get(detail.handlerUserId) ?? null;
  return detail;
}
