/**
 * Opening evaluations (docs/rules/accountability.md#evaluation-workflow): every case whose effective outcome is a loss
 * (the stored `government_lost`, the domain's loss rule with the appeal's result applied) gets one — when its outcome
 * is recorded (the cases module tells us in its writing transaction, `registerCaseWritten`), and by the backfill for
 * cases written another way (the demo seed, the ledger import's batch writer, databases from before this module):
 * `openMissingEvaluations`, run by the demo seed and the daily job. A coordinator may send a 撤诉 after the agency
 * changed its act (自我纠错) to evaluation by hand.
 */
import { maySendAsSelfCorrection } from '@shuangjiang/domain';
import { type AuditActor, writeAudit } from '../../../platform/audit.js';
import type { Db, DbOrTx, Tx } from '../../../platform/db/client.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { caseRefInScope, lossCaseFacts, lostCasesAfter } from '../../cases/public.js';
import type { AccountabilityContext } from '../context.js';
import { evaluationOfCase, insertEvaluationIfMissing, insertEvaluationsIfMissing } from '../repository.js';

/** The listener the cases module calls after a case is written: opens the evaluation of a new loss. */
export async function openIfLost(tx: Tx, caseId: string, actor: AuditActor): Promise<void> {
  const facts = (await lossCaseFacts(tx, [caseId])).get(caseId);
  if (facts?.governmentLost !== true) return;
  const row = await insertEvaluationIfMissing(tx, { caseId, trigger: 'loss', effectiveOn: facts.outcomeDate });
  if (row)
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: 'loss_evaluation',
      entityId: row.id,
      after: { caseId, trigger: 'loss', effectiveOn: facts.outcomeDate },
    });
}

const BATCH = 500;

/**
 * Opens the missing evaluation of every lost case, in the caller's transaction (idempotent: a case that has one is
 * left alone). Returns how many were opened; one audit row names them.
 */
export async function openMissingEvaluations(tx: DbOrTx, actor: AuditActor): Promise<number> {
  const opened: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await lostCasesAfter(tx, after, BATCH);
    // One statement per page: the demo seed opens its 336 in one transaction with everything else.
    opened.push(
      ...(await insertEvaluationsIfMissing(
        tx,
        page.map((c) => ({ caseId: c.id, trigger: 'loss' as const, effectiveOn: c.outcomeDate })),
      )),
    );
    if (page.length < BATCH) break;
    after = page[page.length - 1]!.id;
  }
  if (opened.length)
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: 'loss_evaluation',
      after: { backfill: true, opened: opened.length, ids: opened.slice(0, 1000) },
    });
  return opened.length;
}

/** 自我纠错: a coordinator sends a 撤诉 after the agency changed its act to evaluation. */
export async function sendSelfCorrection(db: Db, ctx: AccountabilityContext, caseId: string): Promise<string> {
  return db.transaction(async (tx) => {
    const ref = await caseRefInScope(tx, ctx.principal, caseId);
    if (!ref) throw notFound('案件');
    const facts = (await lossCaseFacts(tx, [caseId])).get(caseId)!;
    if (!maySendAsSelfCorrection({ kind: facts.kind as 'litigation', outcome: facts.outcome }))
      throw new AppError('UNPROCESSABLE', '只有行政机关改变行政行为后原告撤诉的案件（自我纠错）可以送交败诉评价');
    if (await evaluationOfCase(tx, caseId)) throw new AppError('DUPLICATE', '本案已有败诉评价');
    const row = await insertEvaluationIfMissing(tx, {
      caseId,
      trigger: 'self_correction',
      effectiveOn: facts.outcomeDate,
    });
    if (!row) throw new AppError('DUPLICATE', '本案已有败诉评价');
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'loss_evaluation',
      entityId: row.id,
      after: { caseId, trigger: 'self_correction' },
    });
    return row.id;
  });
}
