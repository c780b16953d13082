/**
 * After judgment, on the case row (docs/rules/after-judgment.md): the judgment's service date (送达日期), from which
 * the appeal window counts, and whether the agency appealed once its decision is approved. The decision, its
 * approval and the compliance task are the judgments module's; these are the case's own fields, so the registry
 * writes them: at the case's version, deadlines re-synced, audited on the case, in one transaction.
 */
import { todayInChina } from '@shuangjiang/domain';
import { writeAudit } from '../../../platform/audit.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx, Tx } from '../../../platform/db/client.js';
import { notFound, validationFailed, versionConflict } from '../../../platform/errors.js';
import type { CaseContext } from '../context.js';
import { loadCalendar } from '../deadlines.js';
import { liveCaseRowsByIds } from '../repository/judgment.js';
import { type CaseRow, findCaseInScope, insertEvent, updateCaseAtVersion } from '../repository.js';
import { syncDerived } from './derived.js';

/** What the after-judgment records read of a case (null outside the caller's scope). */
export async function judgmentState(
  db: DbOrTx,
  principal: Principal,
  caseId: string,
  opts: { forUpdate?: boolean } = {},
) {
  const row = await findCaseInScope(db, principal, caseId, opts);
  return row ? stateOf(row) : null;
}

/** The same for many cases, without a caller's scope: for the judgments module's daily job only. */
export async function judgmentStatesOf(db: DbOrTx, caseIds: readonly string[]) {
  return (await liveCaseRowsByIds(db, caseIds)).map(stateOf);
}

function stateOf(row: CaseRow) {
  return {
    id: row.id,
    kind: row.kind,
    instance: row.instance,
    caseNumber: row.caseNumber,
    regionCode: row.regionCode,
    outcome: row.outcome,
    outcomeDate: row.outcomeDate,
    governmentLost: row.governmentLost,
    appealed: row.appealed,
    judgmentServedDate: row.judgmentServedDate,
    version: row.version,
  };
}
export type JudgmentState = NonNullable<Awaited<ReturnType<typeof judgmentState>>>;

/**
 * Records (or corrects) the service date, in the caller's transaction: only once the case has an outcome, not before
 * its outcome date and not after today (China). Stale version: 409 with the state as it is.
 */
export async function recordJudgmentService(
  tx: Tx,
  ctx: CaseContext,
  caseId: string,
  input: { servedDate: string; version: number },
): Promise<JudgmentState> {
  const current = await judgmentState(tx, ctx.principal, caseId, { forUpdate: true });
  if (!current) throw notFound('案件');
  if (current.version !== input.version) throw versionConflict(current);
  if (!current.outcome || !current.outcomeDate)
    throw validationFailed([{ field: 'servedDate', message: '送达日期：该案尚未录入裁判结果和结案日期' }]);
  if (input.servedDate < current.outcomeDate)
    throw validationFailed([{ field: 'servedDate', message: `送达日期：不能早于结案日期（${current.outcomeDate}）` }]);
  if (input.servedDate > todayInChina())
    throw validationFailed([{ field: 'servedDate', message: '送达日期：不能晚于今天' }]);
  const row = await updateCaseAtVersion(tx, caseId, input.version, {
    judgmentServedDate: input.servedDate,
    updatedBy: ctx.principal.userId,
  });
  if (!row) throw versionConflict(null);
  await syncDerived(tx, row, ctx.principal.userId, await loadCalendar(tx));
  await insertEvent(tx, {
    caseId,
    at: input.servedDate,
    type: 'note',
    title: '判决书（裁定书）送达',
    detail: current.judgmentServedDate ? `送达日期由 ${current.judgmentServedDate} 更正为 ${input.servedDate}` : null,
    createdBy: ctx.principal.userId,
  });
  await writeAudit(tx, {
    actor: ctx.actor,
    action: 'update',
    entityType: 'case',
    entityId: caseId,
    before: { judgmentServedDate: current.judgmentServedDate },
    after: { judgmentServedDate: input.servedDate },
  });
  return (await judgmentState(tx, ctx.principal, caseId))!;
}

/**
 * The approved appeal decision on the case (`appealed`), closing its appeal window (docs/rules/deadlines.md#status); in
 * the approval's transaction, by whoever approved it (a head or coordinator who sees the case).
 */
export async function recordAppealed(tx: Tx, ctx: CaseContext, caseId: string, appealed: boolean): Promise<void> {
  const current = await findCaseInScope(tx, ctx.principal, caseId, { forUpdate: true });
  if (!current) throw notFound('案件');
  const row = await updateCaseAtVersion(tx, caseId, current.version, { appealed, updatedBy: ctx.principal.userId });
  if (!row) throw versionConflict(null);
  await syncDerived(tx, row, ctx.principal.userId, await loadCalendar(tx));
  await writeAudit(tx, {
    actor: ctx.actor,
    action: 'update',
    entityType: 'case',
    entityId: caseId,
    before: { appealed: current.appealed },
    after: { appealed },
  });
}
