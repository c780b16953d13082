/** The workflow (docs/rules/statistics.md#workflow): 上报 once every check passes, 退回 with a comment, 接收. */
import { failedChecks } from '@shuangjiang/domain';
import type { AuditActor } from '../../../platform/audit.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors.js';
import type { ReturnBody } from '../dto.js';
import { change } from './change.js';
import { checksOf } from './present.js';

/** POST /statistics/filings/{id}/submit: every check must pass (422 lists the failed ones). */
export function submitFiling(db: Db, principal: Principal, actor: AuditActor, id: string, version: number) {
  return change(db, principal, actor, id, version, 'submit', async (tx, before) => {
    const failed = failedChecks((await checksOf(tx, before)).checks);
    if (failed.length > 0) {
      throw new AppError(
        'UNPROCESSABLE',
        `有 ${failed.length} 项校验未通过，不能上报：${failed.map((c) => c.label).join('；')}`,
        failed.map((c) => ({ field: c.id, message: `${c.label}（${c.detail}）` })),
      );
    }
    return { set: { submittedAt: new Date() }, event: 'submitted' };
  });
}

export function returnFiling(db: Db, principal: Principal, actor: AuditActor, id: string, b: ReturnBody) {
  return change(db, principal, actor, id, b.version, 'return', async () => ({
    set: {},
    event: 'returned',
    comment: b.comment.trim(),
  }));
}

export function acceptFiling(db: Db, principal: Principal, actor: AuditActor, id: string, version: number) {
  return change(db, principal, actor, id, version, 'accept', async () => ({ set: {}, event: 'accepted' }));
}
