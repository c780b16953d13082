/**
 * Changing risk items (docs/rules/risk.md#workflow): a coordinator's level with a reason, the 包案领导 and task force,
 * 一案一策 and its progress, 销号 and reopening. One transaction each, at the version the writer read, with the
 * domain's state machine deciding what may follow (a refused step is 422 naming the state and what it allows), a
 * timeline entry on the case and the audit row.
 */
import { RISK_LEVEL_LABELS, RISK_OUTCOME_LABELS, todayInChina } from '@shuangjiang/domain';
import { writeAudit } from '../../../platform/audit.js';
import { ROLES } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/client.js';
import { AppError, validationFailed, versionConflict } from '../../../platform/errors.js';
import { addRiskTimelineEvent, caseRefsByIds } from '../../cases/public.js';
import { notify } from '../../notifications/public.js';
import { agenciesByIds, headsByIds } from '../../org/public.js';
import { activeUserIds } from '../../users/public.js';
import type { RiskContext } from '../context.js';
import type { CloseInput, LeadInput, LevelInput, PlanInput, ProgressInput, ReopenInput } from '../dto.js';
import { meetLeadDeadline } from '../leadDeadline.js';
import { insertProgress, planOf, upsertPlan } from '../repository.js';
import { levelChanged, snapshot } from '../screening.js';
import { done, locked, save, step } from './itemSteps.js';
import { readItem } from './readItems.js';
import { liftWithClosing } from './supervision.js';

/** PUT /risk-items/:id/level: a coordinator's level with a reason; it stands until the screening says otherwise. */
export async function overrideLevel(db: Db, ctx: RiskContext, id: string, input: LevelInput, now = new Date()) {
  await db.transaction(async (tx) => {
    const row = await locked(tx, ctx, id, input.version);
    if (row.state === 'closed') {
      throw new AppError('UNPROCESSABLE', '风险事项已销号，不能调整风险等级；如争议再起，请先重新启动', {
        state: row.state,
      });
    }
    if (row.level === input.level) {
      throw validationFailed([{ field: 'level', message: `风险等级已是${RISK_LEVEL_LABELS[row.level]}` }]);
    }
    const next = await save(tx, row, { level: input.level, levelSource: 'override', overrideReason: input.reason });
    await levelChanged(tx, row, next, { reasons: row.reasons }, 'override', input.reason, ctx.actor, now);
  });
  return done(db, ctx, id);
}

/**
 * PUT /risk-items/:id/lead: the 包案领导 — a head of the heads list, active, with a login to act, of an agency of
 * the case's city or county — and the task force (active accounts). The first assignment meets the deadline.
 */
export async function assignLead(db: Db, ctx: RiskContext, id: string, input: LeadInput, now = new Date()) {
  await db.transaction(async (tx) => {
    const row = await locked(tx, ctx, id, input.version);
    const state = step(row.state, 'assign_lead');
    const [head] = await headsByIds(tx, [input.headId]);
    if (!head?.active) throw validationFailed([{ field: 'headId', message: '包案领导应为负责人名录中在职的人员' }]);
    if (!head.userId) {
      throw validationFailed([{ field: 'headId', message: `${head.name}尚无登录账号，不能担任包案领导` }]);
    }
    const ref = (await caseRefsByIds(tx, [row.caseId])).get(row.caseId);
    const [agency] = await agenciesByIds(tx, [head.agencyId]);
    if (!ref || !agency || !ref.regionPath.startsWith(agency.regionPath)) {
      throw validationFailed([{ field: 'headId', message: `${head.name}所在机关不在本案所属地区` }]);
    }
    const taskForce = [...new Set(input.taskForce)];
    const active = new Set(await activeUserIds(tx, { roles: ROLES }));
    const bad = taskForce.findIndex((u) => !active.has(u));
    if (bad >= 0)
      throw validationFailed([{ field: `taskForce[${bad}]`, row: bad + 1, message: '化解专班成员应为在用账号' }]);
    const first = row.leadAssignedAt === null;
    const next = await save(tx, row, {
      state,
      leadHeadId: head.id,
      leadUserId: head.userId,
      leadName: head.name,
      leadTitle: head.title,
      leadAssignedAt: now,
      taskForce,
    });
    if (first) await meetLeadDeadline(tx, row);
    await addRiskTimelineEvent(tx, {
      caseId: row.caseId,
      at: todayInChina(now),
      type: 'risk_lead',
      title: `${first ? '明确' : '更换'}包案领导：${head.name}（${head.title}）`,
      detail: taskForce.length ? `化解专班${taskForce.length}人` : null,
      by: ctx.actor.userId,
    });
    await notify(tx, {
      recipients: [head.userId, ...taskForce],
      kind: 'general',
      title: `包案化解：${ref.caseNumber ?? '（无案号）'}`,
      body: `您已被明确为该风险案件的${'包案领导或化解专班成员'}，请牵头制定一案一策、推动实质性化解。`,
      link: `/risks/${row.id}`,
      dedupeKey: `risk-lead:${row.id}:${next.version}`,
      at: now,
    });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'risk_item',
      entityId: row.id,
      before: snapshot(row),
      after: snapshot(next),
    });
  });
  return done(db, ctx, id);
}

/** PUT /risk-items/:id/plan: 一案一策 written or revised (the plan's own version when revising). */
export async function savePlan(db: Db, ctx: RiskContext, id: string, input: PlanInput, now = new Date()) {
  await db.transaction(async (tx) => {
    const row = await locked(tx, ctx, id, input.version);
    const state = step(row.state, 'plan');
    const current = await planOf(tx, row.id);
    if (current && input.planVersion !== current.version) throw versionConflict(await readItem(tx, ctx.principal, row));
    const values = {
      goal: input.goal,
      measures: input.measures,
      responsible: input.responsible,
      startDate: input.startDate,
      dueDate: input.dueDate,
      updatedBy: ctx.principal.userId,
    };
    const plan = await upsertPlan(tx, row.id, values);
    await save(tx, row, { state });
    await addRiskTimelineEvent(tx, {
      caseId: row.caseId,
      at: todayInChina(now),
      type: 'risk_plan',
      title: `${current ? '修改' : '制定'}一案一策：${input.goal}`,
      detail: `责任人${input.responsible}，${input.startDate}至${input.dueDate}`,
      by: ctx.actor.userId,
    });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: current ? 'update' : 'create',
      entityType: 'risk_plan',
      entityId: row.id,
      before: current ?? undefined,
      after: { ...values, version: plan.version },
    });
  });
  return done(db, ctx, id);
}

/** POST /risk-items/:id/plan/progress: a progress entry of the plan. */
export async function addProgress(db: Db, ctx: RiskContext, id: string, input: ProgressInput) {
  await db.transaction(async (tx) => {
    const row = await locked(tx, ctx, id, input.version);
    const state = step(row.state, 'record_progress');
    const entry = await insertProgress(tx, {
      itemId: row.id,
      onDate: input.onDate,
      note: input.note,
      byUserId: ctx.actor.userId,
      byName: ctx.actor.name,
    });
    await save(tx, row, { state });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'risk_progress',
      entityId: entry.id,
      after: { itemId: row.id, onDate: input.onDate, note: input.note },
    });
  });
  return done(db, ctx, id);
}

/** POST /risk-items/:id/close: 销号 with the outcome and a short summary. */
export async function closeItem(db: Db, ctx: RiskContext, id: string, input: CloseInput, now = new Date()) {
  await db.transaction(async (tx) => {
    const row = await locked(tx, ctx, id, input.version);
    const state = step(row.state, 'close');
    // A supervised item is closed by the city, its supervision lifted with it (docs/rules/risk.md#supervision).
    if (row.state === 'supervised') await liftWithClosing(tx, ctx, row, input.summary, now);
    const next = await save(tx, row, {
      state,
      outcome: input.outcome,
      closeSummary: input.summary,
      closedAt: now,
      closedBy: ctx.principal.userId,
    });
    await addRiskTimelineEvent(tx, {
      caseId: row.caseId,
      at: todayInChina(now),
      type: 'risk_closed',
      title: `风险销号：${RISK_OUTCOME_LABELS[input.outcome]}`,
      detail: input.summary,
      by: ctx.actor.userId,
    });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'risk_item',
      entityId: row.id,
      before: snapshot(row),
      after: snapshot(next),
    });
  });
  return done(db, ctx, id);
}

/** POST /risk-items/:id/reopen: an appeal or a new turn of the dispute puts a closed item back into 化解. */
export async function reopenItem(db: Db, ctx: RiskContext, id: string, input: ReopenInput, now = new Date()) {
  await db.transaction(async (tx) => {
    const row = await locked(tx, ctx, id, input.version);
    const state = step(row.state, 'reopen');
    const next = await save(tx, row, { state, outcome: null, closeSummary: null, closedAt: null, closedBy: null });
    await addRiskTimelineEvent(tx, {
      caseId: row.caseId,
      at: todayInChina(now),
      type: 'risk_reopened',
      title: '风险事项重新启动',
      detail: input.reason,
      by: ctx.actor.userId,
    });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'risk_item',
      entityId: row.id,
      before: snapshot(row),
      after: { ...snapshot(next), reopenReason: input.reason },
    });
  });
  return done(db, ctx, id);
}
