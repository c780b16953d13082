/**
 * The daily escalation of late resolution steps (docs/rules/risk.md#escalation), schedule `risk.escalations` at 08:30
 * China time: a 包案领导 not named by the deadline and a 一案一策 plan past its due date reach the county's coordinators
 * from the first working day late and the city's from the second (the domain's `leadEscalation`/`planEscalation`);
 * a 挂牌督办 reminds the agency's clerks and the leader three days before it is due and tells the city and the county
 * once it is late. Each notice once (its dedupe key names the item, the step, its due date and who is told).
 */
import { leadEscalation, planEscalation, supervisionAlert, todayInChina, workdaysLate } from '@shuangjiang/domain';
import type { Tx } from '../../platform/db/client.js';
import { type CaseRef, caseRefsByIds, loadCalendar } from '../cases/public.js';
import { notify } from '../notifications/public.js';
import { openLeadDeadlines } from './leadDeadline.js';
import { clerksOf, coordinatorsOf } from './recipients.js';
import { itemsWithPlanOverdue, openSupervisions } from './repository.js';

export const ESCALATION_JOB = 'risk.escalations';

interface Escalation {
  itemId: string;
  caseId: string;
  key: string;
  title: (caseNumber: string) => string;
  body: string;
  to: 'county' | 'city' | 'agency';
}

/** Who is told of one escalation: the county's coordinators; the city's as well; or the agency's clerks and leader. */
async function recipientsOf(tx: Tx, e: Escalation, ref: CaseRef, leadUserId: string | null): Promise<string[]> {
  if (e.to === 'agency') return [...(await clerksOf(tx, ref.defendantAgencyIds)), ...(leadUserId ? [leadUserId] : [])];
  const county = await coordinatorsOf(tx, ref.regionPath, 'county');
  return e.to === 'city' ? [...county, ...(await coordinatorsOf(tx, ref.regionPath, 'city'))] : county;
}

export async function runEscalations(tx: Tx, now: Date): Promise<{ escalations: number }> {
  const today = todayInChina(now);
  const calendar = await loadCalendar(tx);
  const out: Escalation[] = [];
  const leads = new Map<string, string | null>();

  for (const d of await openLeadDeadlines(tx)) {
    const due = d.effectiveDueDate;
    if (!d.ownerId || !due) continue;
    const to = leadEscalation(workdaysLate(due, today, calendar));
    if (to === 'none') continue;
    out.push({
      itemId: d.ownerId,
      caseId: d.caseId,
      key: `risk-lead-late:${d.ownerId}:${due}:${to}`,
      title: (n) => `包案领导逾期未明确：${n}`,
      body: `应于${due}前明确包案领导，至今未明确。请督促被告机关落实。`,
      to,
    });
  }
  for (const { item, planDueDate } of await itemsWithPlanOverdue(tx, today)) {
    leads.set(item.id, item.leadUserId);
    const to = planEscalation(planDueDate, today, calendar);
    if (to === 'none') continue;
    out.push({
      itemId: item.id,
      caseId: item.caseId,
      key: `risk-plan-late:${item.id}:${planDueDate}:${to}`,
      title: (n) => `一案一策逾期未完成：${n}`,
      body: `一案一策计划于${planDueDate}完成化解，事项仍未销号。请督促包案领导和化解专班推进，或修改方案。`,
      to,
    });
  }
  for (const { s, item } of await openSupervisions(tx)) {
    leads.set(item.id, item.leadUserId);
    const alert = supervisionAlert(s.dueDate, today);
    if (alert === 'none') continue;
    out.push({
      itemId: item.id,
      caseId: item.caseId,
      key: `risk-supervision-${alert}:${s.id}`,
      title: (n) => (alert === 'overdue' ? `督办逾期：${n}` : `督办即将到期：${n}`),
      body:
        alert === 'overdue'
          ? `挂牌督办期限${s.dueDate}已过，事项仍在督办中。督办理由：${s.reason}`
          : `挂牌督办期限为${s.dueDate}，请按期化解或报告进展。`,
      to: alert === 'overdue' ? 'city' : 'agency',
    });
  }

  const refs = await caseRefsByIds(
    tx,
    out.map((e) => e.caseId),
  );
  let sent = 0;
  for (const e of out) {
    const ref = refs.get(e.caseId);
    if (!ref) continue;
    const recipients = await recipientsOf(tx, e, ref, leads.get(e.itemId) ?? null);
    if (!recipients.length) continue;
    await notify(tx, {
      recipients,
      kind: 'general',
      title: e.title(ref.caseNumber ?? '（无案号）'),
      body: e.body,
      link: `/risks/${e.itemId}`,
      dedupeKey: e.key,
      at: now,
    });
    sent++;
  }
  return { escalations: sent };
}
