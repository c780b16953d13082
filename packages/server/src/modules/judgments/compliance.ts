/**
 * The compliance (履行) task of a lost case (docs/rules/after-judgment.md#compliance): opened, moved or cancelled as the
 * case's loss, service date and approved appeal decision say (domain `needsCompliance`), with its deadline on the case
 * (owner 'compliance', rule 'judgment.compliance', due `complianceDue`: N days after service, N from the setting
 * `afterJudgment.complianceDays`, carried in the deadline's key so a calendar change recomputes it with the same N);
 * and the daily notice of overdue tasks to the case's clerks and the city coordinators.
 */
import { complianceDue, needsCompliance, todayInChina } from '@shuangjiang/domain';
import { systemActor, writeAudit } from '../../platform/audit.js';
import type { Tx } from '../../platform/db/client.js';
import type { JobRegistry } from '../../platform/jobs/index.js';
import {
  closeDeadline,
  listDeadlines,
  loadCalendar,
  registerDeadlineOwner,
  upsertOwnedDeadlines,
} from '../cases/deadlines/public.js';
import { caseRefsByIds } from '../cases/public.js';
import { type JudgmentState, judgmentStatesOf } from '../cases/service.js';
import { notify, notifyConfig, reminderChannels } from '../notifications/public.js';
import { getSetting } from '../settings/service.js';
import { activeUserIds } from '../users/public.js';
import type { JudgmentContext } from './context.js';
import { decisionsOfCase, insertTask, taskOfCase, tasksOfCases, updateTaskAtVersion } from './repository.js';
import type { ComplianceTaskRow } from './schema.js';

export const COMPLIANCE_OWNER = 'compliance';
export const COMPLIANCE_RULE = 'judgment.compliance';
export const OVERDUE_JOB = 'judgments.compliance-overdue';

const keyOf = (days: number) => `${days}d`;
const daysOf = (key: string) => Number.parseInt(key, 10) || 30;

registerDeadlineOwner({
  type: COMPLIANCE_OWNER,
  ruleNames: { [COMPLIANCE_RULE]: '履行判决' },
  compute: (row, calendar) => complianceDue(row.fromDate, daysOf(row.ownerKey), calendar),
});

async function setDeadline(tx: Tx, task: ComplianceTaskRow, open: boolean) {
  await upsertOwnedDeadlines(
    tx,
    { type: COMPLIANCE_OWNER, id: task.id, caseId: task.caseId },
    open ? [{ ruleId: COMPLIANCE_RULE, fromDate: task.fromDate, key: keyOf(task.days) }] : [],
    await loadCalendar(tx),
  );
}

/**
 * Brings the case's compliance task in line with its facts, in the caller's transaction: opens it for a lost case
 * without an approved appeal, moves its start when the service date changed, cancels it when no longer needed (an
 * approved appeal, a result corrected to no loss). A completed task is left as it is.
 */
export async function syncCompliance(
  tx: Tx,
  ctx: Pick<JudgmentContext, 'actor'>,
  c: JudgmentState,
  approvedAppeal: boolean | null,
): Promise<ComplianceTaskRow | null> {
  const wanted = needsCompliance({ governmentLost: c.governmentLost, approvedAppeal });
  const fromDate = c.judgmentServedDate ?? c.outcomeDate;
  const task = await taskOfCase(tx, c.id, true);
  if (task && task.status === 'completed') return task;
  if (wanted && fromDate && (!task || task.status === 'cancelled')) {
    const { value, version } = await getSetting(tx, 'afterJudgment');
    const values = { fromDate, days: value.complianceDays, settingVersion: version, status: 'open' as const };
    const row = task
      ? await updateTaskAtVersion(tx, task.id, task.version, { ...values, cancelReason: null })
      : await insertTask(tx, { caseId: c.id, ...values });
    if (!row) return taskOfCase(tx, c.id);
    await setDeadline(tx, row, true);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: task ? 'update' : 'create',
      entityType: 'compliance_task',
      entityId: row.id,
      after: { caseId: c.id, status: 'open', fromDate, days: row.days, settingVersion: row.settingVersion },
    });
    return row;
  }
  if (wanted && fromDate && task?.status === 'open' && task.fromDate !== fromDate) {
    const row = (await updateTaskAtVersion(tx, task.id, task.version, { fromDate }))!;
    await setDeadline(tx, row, true);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'compliance_task',
      entityId: row.id,
      before: { fromDate: task.fromDate },
      after: { fromDate },
    });
    return row;
  }
  if (!wanted && task?.status === 'open') {
    const cancelReason = approvedAppeal === true ? '已批准上诉，判决未生效' : '案件未败诉';
    const row = (await updateTaskAtVersion(tx, task.id, task.version, { status: 'cancelled', cancelReason }))!;
    await setDeadline(tx, row, false);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'compliance_task',
      entityId: row.id,
      before: { status: 'open' },
      after: { status: 'cancelled', cancelReason },
    });
    return row;
  }
  return task;
}

/** The task's deadline is met (completion), in the completion's transaction. */
export async function meetComplianceDeadline(tx: Tx, task: ComplianceTaskRow): Promise<void> {
  const [d] = await listDeadlines(tx, { owner: { type: COMPLIANCE_OWNER, id: task.id } });
  if (d) await closeDeadline(tx, d.id, 'met');
}

/**
 * Overdue compliance tasks (an open deadline whose binding date is before today, China): the case's clerks and the city
 * coordinators (one city per installation) are told once per task and due date.
 */
export async function notifyOverdueCompliance(tx: Tx, now: Date) {
  const today = todayInChina(now);
  const yesterday = new Date(`${today}T00:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  const overdue = await listDeadlines(tx, {
    owner: { type: COMPLIANCE_OWNER },
    status: 'open',
    dueTo: yesterday.toISOString().slice(0, 10),
  });
  const refs = await caseRefsByIds(
    tx,
    overdue.map((d) => d.caseId),
  );
  const city = await activeUserIds(tx, { roles: ['city_coordinator'] });
  let notified = 0;
  for (const d of overdue) {
    const ref = refs.get(d.caseId);
    if (!ref) continue;
    const clerks = await activeUserIds(tx, { roles: ['agency_clerk'], agencyIds: ref.defendantAgencyIds });
    const name = ref.caseNumber ?? '（无案号）';
    const res = await notify(tx, {
      recipients: [...clerks, ...city],
      kind: 'deadline_reminder',
      title: `履行逾期：${name}`,
      body: `${name} 败诉判决的履行期限已于 ${d.effectiveDueDate} 届满，尚未登记履行完毕。请督促被告机关履行判决并上传履行证明材料（行政诉讼法第九十四条、第九十六条）。`,
      link: `/cases/${d.caseId}`,
      channels: reminderChannels(notifyConfig().channels),
      dedupeKey: `compliance-overdue:${d.id}:${d.effectiveDueDate}`,
      at: now,
    });
    if (res.messageId) notified++;
  }
  return { overdue: overdue.length, notified };
}

/**
 * A case found lost after its service date was recorded (a result entered or corrected later): the lost cases (those
 * with the loss periods, `loss.analysis-report`, on the case) that have a service date and no compliance task get
 * one, as recording the service date would have opened it. Run by the daily job before the overdue notices.
 */
export async function openLateCompliance(tx: Tx): Promise<number> {
  const lost = await listDeadlines(tx, { owner: { type: 'case' }, ruleIds: ['loss.analysis-report'] });
  const ids = [...new Set(lost.map((d) => d.caseId))];
  const withTask = new Set((await tasksOfCases(tx, ids)).map((t) => t.caseId));
  const states = await judgmentStatesOf(
    tx,
    ids.filter((id) => !withTask.has(id)),
  );
  let opened = 0;
  for (const c of states) {
    if (!c.judgmentServedDate) continue;
    const approved = (await decisionsOfCase(tx, c.id)).find((d) => d.status === 'approved')?.appeal ?? null;
    if (await syncCompliance(tx, { actor: systemActor() }, c, approved)) opened++;
  }
  return opened;
}

export function judgmentJobs(jobs: JobRegistry): void {
  jobs.defineSchedule(OVERDUE_JOB, { every: 'day', at: '08:00' }, async ({ tx, now, log }) => {
    const opened = await openLateCompliance(tx);
    const run = { opened, ...(await notifyOverdueCompliance(tx, now)) };
    log.info({ job: OVERDUE_JOB, ...run }, 'overdue compliance tasks');
    return run;
  });
}
