/**
 * POST /risk-items: a coordinator raises a case the screening left green (or never screened) to yellow or red with a
 * reason — what the coordinator knows and the rules do not see (a petition, a group visit). The item then runs as a
 * screened one: the 包案领导 deadline, the notices, the timeline (docs/rules/risk.md#screening).
 */
import type { Db } from '../../../platform/db/client.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { caseRefInScope } from '../../cases/public.js';
import type { RiskContext } from '../context.js';
import type { RaiseInput } from '../dto.js';
import { raiseByHand } from '../screening.js';
import { done } from './itemSteps.js';

export async function raiseItem(db: Db, ctx: RiskContext, input: RaiseInput, now = new Date()) {
  const id = await db.transaction(async (tx) => {
    if (!(await caseRefInScope(tx, ctx.principal, input.caseId))) throw notFound('案件');
    const r = await raiseByHand(tx, input.caseId, { level: input.level, reason: input.reason }, ctx.actor, now);
    if (r === null) throw notFound('案件');
    if (r === 'closed') throw new AppError('UNPROCESSABLE', '案件已审结，不再进行风险预警');
    if (r === 'has_item') throw new AppError('UNPROCESSABLE', '该案件已有风险事项，请在风险事项中调整等级');
    return r.id;
  });
  return done(db, ctx, id);
}
