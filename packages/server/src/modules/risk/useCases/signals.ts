/**
 * The court liaison's pre-hearing signals (庭前风险提示, docs/rules/risk.md#liaison-signals; 嘉兴 预警式纠错, seed 003):
 * the liaison of the court hearing a case marks it yellow or red with a note; the case is screened again at once in the
 * same transaction, so the signal is one of its risk item's reasons (and raises an item if there was none). A signal
 * can be withdrawn with a reason, and the case is screened again. A closed case takes no signal.
 */
import { todayInChina } from '@shuangjiang/domain';
import { writeAudit } from '../../../platform/audit.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../../platform/db/client.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { addRiskTimelineEvent, caseRefInScope, screeningFacts } from '../../cases/public.js';
import type { RiskContext } from '../context.js';
import type { SignalInput } from '../dto.js';
import { insertSignal, itemOfCase, signalById, signalsOf, withdrawSignalRow } from '../repository.js';
import type { RiskSignalRow } from '../schema.js';
import { screenCase } from '../screening.js';

const LEVEL_ZH = { yellow: '黄色', red: '红色' } as const;

const present = (s: RiskSignalRow) => ({
  id: s.id,
  level: s.level,
  note: s.note,
  byName: s.byName,
  at: s.at.toISOString(),
  withdrawnAt: s.withdrawnAt ? s.withdrawnAt.toISOString() : null,
  withdrawReason: s.withdrawReason,
});

/** The case in the caller's scope and still open (结案 takes no signal). */
async function openCaseInScope(db: DbOrTx, principal: Principal, caseId: string) {
  const ref = await caseRefInScope(db, principal, caseId);
  if (!ref) throw notFound('案件');
  const [f] = await screeningFacts(db, [caseId]);
  if (!f || f.status === 'closed' || f.status === 'concluded' || f.outcome !== null) {
    throw new AppError('UNPROCESSABLE', '案件已审结，不再进行风险提示');
  }
  return ref;
}

/** GET /risk-signals?caseId=: the case's signals with its level and item now. */
export async function caseSignals(db: DbOrTx, principal: Principal, caseId: string) {
  if (!(await caseRefInScope(db, principal, caseId))) throw notFound('案件');
  const [f] = await screeningFacts(db, [caseId]);
  const item = await itemOfCase(db, caseId);
  return {
    caseId,
    riskLevel: item?.level ?? f?.riskLevel ?? 'green',
    riskItemId: item?.id ?? null,
    signals: (await signalsOf(db, caseId)).map(present),
  };
}

/** POST /risk-signals. */
export async function recordSignal(db: Db, ctx: RiskContext, input: SignalInput, now = new Date()) {
  await db.transaction(async (tx) => {
    await openCaseInScope(tx, ctx.principal, input.caseId);
    const s = await insertSignal(tx, {
      caseId: input.caseId,
      level: input.level,
      note: input.note,
      byUserId: ctx.actor.userId,
      byName: ctx.actor.name,
      at: now,
    });
    await addRiskTimelineEvent(tx, {
      caseId: input.caseId,
      at: todayInChina(now),
      type: 'risk_signal',
      title: `法院庭前风险提示（${LEVEL_ZH[input.level]}）`,
      detail: input.note,
      by: ctx.actor.userId,
    });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'risk_signal',
      entityId: s.id,
      after: { caseId: s.caseId, level: s.level, note: s.note },
    });
    await screenCase(tx, input.caseId, 'screening', ctx.actor, now);
  });
  return caseSignals(db, ctx.principal, input.caseId);
}

/** POST /risk-signals/:id/withdraw. */
export async function withdrawSignal(db: Db, ctx: RiskContext, id: string, reason: string, now = new Date()) {
  const caseId = await db.transaction(async (tx) => {
    const s = await signalById(tx, id, { forUpdate: true });
    if (!s || !(await caseRefInScope(tx, ctx.principal, s.caseId))) throw notFound('风险提示');
    const done = await withdrawSignalRow(tx, s.id, {
      withdrawnAt: now,
      withdrawnBy: ctx.actor.userId,
      withdrawReason: reason,
    });
    if (!done) throw new AppError('UNPROCESSABLE', '该风险提示已撤回');
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'risk_signal',
      entityId: s.id,
      before: present(s),
      after: present(done),
    });
    await screenCase(tx, s.caseId, 'screening', ctx.actor, now);
    return s.caseId;
  });
  return caseSignals(db, ctx.principal, caseId);
}
