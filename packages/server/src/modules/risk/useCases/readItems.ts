/** Reading risk items: the board's list (scope of the caller's cases, overdue first) and one item in full. */
import { RISK_TRANSITIONS, todayInChina } from '@shuangjiang/domain';
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import { caseRefInScope, caseRefsByIds, screeningFacts } from '../../cases/public.js';
import {
  LEVEL_SOURCE_LABELS,
  RISK_ACTION_LABELS,
  RISK_LEVEL_LABELS,
  RISK_OUTCOME_LABELS,
  RISK_STATE_LABELS,
} from '../constants.js';
import type { ListQuery } from '../dto.js';
import { leadDeadlineOf, openLeadDeadlines } from '../leadDeadline.js';
import { presentHistory, presentItem, presentPlan, presentProgress } from '../presenter.js';
import { itemInScope, levelHistory, listItems, planOf, plansOf, progressOf } from '../repository.js';
import type { RiskItemRow } from '../schema.js';
import { relatedOf } from '../screening.js';
import { supervisionView } from '../supervisionView.js';

/** GET /risk-items: red before yellow, overdue first within the list, then the oldest warning. */
export async function listRiskItems(db: DbOrTx, principal: Principal, q: ListQuery, now = new Date()) {
  const rows = await listItems(db, principal, {
    level: q.level,
    state: q.state,
    includeClosed: q.includeClosed,
    regionCode: q.regionCode,
    regionExact: q.regionExact,
    agencyId: q.agencyId,
    warnedFrom: q.warnedFrom,
    warnedTo: q.warnedTo,
    limit: q.limit,
  });
  const today = todayInChina(now);
  const ids = new Set(rows.map((r) => r.id));
  const leads = new Map(
    (await openLeadDeadlines(db)).filter((d) => d.ownerId && ids.has(d.ownerId)).map((d) => [d.ownerId!, d]),
  );
  const plans = new Map((await plansOf(db, [...ids])).map((p) => [p.itemId, p]));
  const refs = await caseRefsByIds(
    db,
    rows.map((r) => r.caseId),
  );
  const items = rows.map((r) =>
    presentItem(r, {
      ref: refs.get(r.caseId),
      lead: leads.get(r.id) ?? null,
      planDueDate: plans.get(r.id)?.dueDate ?? null,
      today,
    }),
  );
  // Overdue first, keeping the repository's order (level, warning day) within each part.
  return { items: [...items.filter((i) => i.overdue), ...items.filter((i) => !i.overdue)] };
}

/** One item with its plan, progress, level history and related cases (those the caller sees). */
export async function readItem(db: DbOrTx, principal: Principal, row: RiskItemRow, now = new Date()) {
  const today = todayInChina(now);
  const [plan, progress, history, lead, ref, supervisions] = await Promise.all([
    planOf(db, row.id),
    progressOf(db, row.id),
    levelHistory(db, row.id),
    leadDeadlineOf(db, row.id),
    caseRefsByIds(db, [row.caseId]).then((m) => m.get(row.caseId)),
    supervisionView(db, row.id, today),
  ]);
  const related = [];
  const [facts] = await screeningFacts(db, [row.caseId]);
  if (facts) {
    const { related: found } = await relatedOf(db, facts);
    for (const r of found) {
      const other = await caseRefInScope(db, principal, r.caseId);
      if (other) related.push({ caseId: r.caseId, caseNumber: other.caseNumber, relations: r.relations });
    }
  }
  return {
    ...presentItem(row, { ref, lead, planDueDate: plan?.dueDate ?? null, today }),
    plan: presentPlan(plan),
    progress: progress.map(presentProgress),
    history: history.map(presentHistory),
    ...supervisions,
    related,
  };
}

export async function getRiskItem(db: DbOrTx, principal: Principal, id: string) {
  const row = await itemInScope(db, principal, id);
  if (!row) throw notFound('风险事项');
  return readItem(db, principal, row);
}

const labels = (m: Record<string, string>) => Object.entries(m).map(([value, label]) => ({ value, label }));

export function riskMeta() {
  return {
    levels: labels(RISK_LEVEL_LABELS),
    states: labels(RISK_STATE_LABELS),
    actions: labels(RISK_ACTION_LABELS),
    outcomes: labels(RISK_OUTCOME_LABELS),
    levelSources: labels(LEVEL_SOURCE_LABELS),
    transitions: Object.fromEntries(Object.entries(RISK_TRANSITIONS).map(([k, v]) => [k, Object.keys(v)])),
  };
}
