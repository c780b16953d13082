/**
 * 挂牌督办 (docs/rules/risk.md#supervision): the city coordinator puts a risk item under supervision with a due date
 * and a reason, the agency reports progress on the item as before (POST /risk-items/:id/plan/progress), and the city
 * lifts it with a summary — or closes (销号) the item, which lifts it too. Each step is one transaction at the item's
 * version, through the domain's state machine, with a timeline entry, notices and the audit row.
 */
import { todayInChina } from '@shuangjiang/domain';
import { writeAudit } from '../../../platform/audit.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db, DbOrTx, Tx } from '../../../platform/db/client.js';
import { AppError, forbidden, notFound, validationFailed } from '../../../platform/errors.js';
import { addRiskTimelineEvent, caseRefsByIds } from '../../cases/public.js';
import { notify } from '../../notifications/public.js';
import type { RiskContext } from '../context.js';
import type { LiftInput, SuperviseInput, SupervisionListQuery } from '../dto.js';
import { clerksOf, coordinatorsOf } from '../recipients.js';
import { insertSupervision, liftOpenSupervision, listSupervisions, supervisionById } from '../repository.js';
import type { RiskItemRow } from '../schema.js';
import { presentSupervision } from '../supervisionView.js';
import { done, locked, save, step } from './itemSteps.js';

/** 挂牌督办 is the city's decision (seed 001: 市级挂牌督办); a county coordinator reads it. */
function cityOnly(principal: Principal, what: string): void {
  if (principal.role !== 'city_coordinator') throw forbidden(`${what}由市级协调员决定`);
}

/** POST /supervisions: the item goes under supervision; its agency's clerks, the leader and the county are told. */
export async function superviseItem(db: Db, ctx: RiskContext, input: SuperviseInput, now = new Date()) {
  cityOnly(ctx.principal, '挂牌督办');
  const today = todayInChina(now);
  if (input.dueDate <= today) throw validationFailed([{ field: 'dueDate', message: `督办期限应晚于今天（${today}）` }]);
  await db.transaction(async (tx) => {
    const row = await locked(tx, ctx, input.itemId, input.version);
    const state = step(row.state, 'supervise');
    const s = await insertSupervision(tx, {
      itemId: row.id,
      reason: input.reason,
      dueDate: input.dueDate,
      setByUserId: ctx.actor.userId,
      setByName: ctx.actor.name,
      setAt: now,
    });
    await save(tx, row, { state });
    const ref = (await caseRefsByIds(tx, [row.caseId])).get(row.caseId);
    await addRiskTimelineEvent(tx, {
      caseId: row.caseId,
      at: today,
      type: 'risk_supervised',
      title: `挂牌督办，期限${input.dueDate}`,
      detail: input.reason,
      by: ctx.actor.userId,
    });
    const recipients = [
      ...(await clerksOf(tx, ref?.defendantAgencyIds ?? [])),
      ...(row.leadUserId ? [row.leadUserId] : []),
      ...(await coordinatorsOf(tx, ref?.regionPath ?? '', 'county')),
    ];
    if (recipients.length) {
      await notify(tx, {
        recipients,
        kind: 'general',
        title: `挂牌督办：${ref?.caseNumber ?? '（无案号）'}`,
        body: `市司法局对该风险案件挂牌督办，请于${input.dueDate}前化解或报告进展。督办理由：${input.reason}`,
        link: `/risks/${row.id}`,
        dedupeKey: `risk-supervised:${s.id}`,
        at: now,
      });
    }
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'risk_supervision',
      entityId: s.id,
      after: { itemId: row.id, dueDate: s.dueDate, reason: s.reason, state },
    });
  });
  return done(db, ctx, input.itemId);
}

/** POST /supervisions/:id/lift: the city lifts the supervision; the item goes back to 化解 with its plan. */
export async function liftSupervision(db: Db, ctx: RiskContext, id: string, input: LiftInput, now = new Date()) {
  cityOnly(ctx.principal, '解除督办');
  const itemId = await db.transaction(async (tx) => {
    const s = await supervisionById(tx, id);
    // The item's scope decides (locked: out of scope is 404 like a missing one).
    const row = await locked(tx, ctx, s?.itemId ?? '', input.version);
    if (!s) throw notFound('督办');
    if (s.liftedAt) throw new AppError('UNPROCESSABLE', `该督办已于${s.liftedAt.toISOString().slice(0, 10)}解除`);
    const state = step(row.state, 'lift_supervision');
    const lifted = await lift(tx, ctx, row, input.summary, now);
    await save(tx, row, { state });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'risk_supervision',
      entityId: lifted.id,
      after: { itemId: row.id, liftSummary: input.summary, state },
    });
    return row.id;
  });
  return done(db, ctx, itemId);
}

/** Closing (销号) a supervised item: only the city, and the supervision is lifted in the same transaction. */
export async function liftWithClosing(tx: Tx, ctx: RiskContext, row: RiskItemRow, summary: string, now: Date) {
  cityOnly(ctx.principal, '督办事项的销号');
  await lift(tx, ctx, row, `随销号解除：${summary}`, now);
}

async function lift(tx: Tx, ctx: RiskContext, row: RiskItemRow, summary: string, now: Date) {
  const lifted = await liftOpenSupervision(tx, row.id, {
    liftedAt: now,
    liftedByUserId: ctx.actor.userId,
    liftedByName: ctx.actor.name,
    liftSummary: summary,
  });
  // The state machine says supervised; a missing open row would be a broken invariant, not the caller's mistake.
  if (!lifted) throw new Error(`risk item ${row.id} is supervised without an open supervision`);
  await addRiskTimelineEvent(tx, {
    caseId: row.caseId,
    at: todayInChina(now),
    type: 'risk_supervision_lifted',
    title: '解除督办',
    detail: summary,
    by: ctx.actor.userId,
  });
  return lifted;
}

/** GET /supervisions: in the caller's scope; open ones first by due date (overdue on top), then lifted ones. */
export async function listSupervisionsFor(db: DbOrTx, principal: Principal, q: SupervisionListQuery, now = new Date()) {
  const today = todayInChina(now);
  const rows = await listSupervisions(db, principal, q);
  const refs = await caseRefsByIds(
    db,
    rows.map((r) => r.item.caseId),
  );
  return {
    items: rows.map(({ s, item }) => ({
      ...presentSupervision(s, today),
      caseId: item.caseId,
      caseNumber: refs.get(item.caseId)?.caseNumber ?? null,
      level: item.level,
      state: item.state,
      leadName: item.leadName,
    })),
  };
}
