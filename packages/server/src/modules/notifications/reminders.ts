/**
 * Defence-deadline reminders (docs/rules/reminders.md): run daily by the schedule `notifications.deadline-reminders`.
 * 1. Stale reminders first: a ledger entry whose deadline is no longer open, no longer exists, or whose binding date
 *    moved is superseded (the in-app rows marked 已过时, queued external sends cancelled, the key freed).
 * 2. Then the reminders due now (the cases module's `remindersDueAt`: the nearest offset not passed, by the domain),
 *    to the clerks of the case's defendant agencies, each (deadline, offset, recipient) once per due date.
 * Offsets come from the versioned setting `reminders.defenceDeadlineWorkingDays` (default 5, 2, 0).
 */
import { todayInChina } from '@shuangjiang/domain';
import type { Tx } from '../../platform/db/client.js';
import { listDeadlines, loadCalendar, remindersDueAt } from '../cases/deadlines/public.js';
import { caseNoticeTargets } from '../cases/notices/public.js';
import { getSetting } from '../settings/service.js';
import { activeUserIds } from '../users/public.js';
import { type ExternalChannel, FALLBACK_ORDER } from './constants.js';
import { notify } from './notify.js';
import { insertLedger, ledgerRows, messagesByIds, pruneLedger, supersedeMessages } from './repository.js';

/** The defence deadlines (docs/rules/reminders.md#which-deadlines) and how a reminder names them. */
export const DEFENCE_RULES: Record<string, { label: string; basis: string; act: string }> = {
  'litigation.defense': {
    label: '答辩期限',
    basis: '行政诉讼法第六十七条',
    act: '提交答辩状、证据和所依据的规范性文件',
  },
  'reconsideration.reply': {
    label: '复议答复期限',
    basis: '行政复议法第四十八条',
    act: '提出书面答复并提交证据、依据',
  },
};

/** How long a past due date's ledger entries are kept (checked for moves), in days. */
const LEDGER_DAYS = 30;

export interface ReminderRun {
  offsets: number[];
  settingVersion: number;
  due: number;
  notified: number;
  recipients: number;
  superseded: number;
}

/** The external channel reminders start with: the first one running, in fallback order (the rest follow on failure). */
export function reminderChannels(enabled: readonly ExternalChannel[]): ExternalChannel[] {
  const first = FALLBACK_ORDER.find((c) => enabled.includes(c));
  if (first) return [first];
  return enabled.includes('log') ? ['log'] : [];
}

export async function remindDefenceDeadlines(
  tx: Tx,
  now: Date,
  opts: { channels: readonly ExternalChannel[] },
): Promise<ReminderRun> {
  const setting = await getSetting(tx, 'reminders');
  const offsets = [...setting.value.defenceDeadlineWorkingDays];
  const superseded = await supersedeStale(tx, now);
  const calendar = await loadCalendar(tx);
  const due = await remindersDueAt(tx, now, calendar, { offsets, ruleIds: Object.keys(DEFENCE_RULES) });
  const targets = new Map(
    (
      await caseNoticeTargets(
        tx,
        due.map((d) => d.caseId),
      )
    ).map((t) => [t.caseId, t]),
  );
  const sent = new Set((await ledgerRows(tx)).map((l) => `${l.deadlineId}:${l.offsetDays}:${l.userId}`));
  let notified = 0;
  let recipients = 0;
  for (const r of due) {
    const target = targets.get(r.caseId);
    if (!target || target.defendantAgencyIds.length === 0) continue;
    const clerks = await activeUserIds(tx, { roles: ['agency_clerk'], agencyIds: target.defendantAgencyIds });
    const to = clerks.filter((u) => !sent.has(`${r.deadlineId}:${r.offset}:${u}`));
    if (to.length === 0) continue;
    const rule = DEFENCE_RULES[r.ruleId]!;
    const name = target.caseNumber ?? '（无案号）';
    const when = r.workdaysLeft === 0 ? '今天届满' : `还有 ${r.workdaysLeft} 个工作日`;
    const date = `${r.dueDate}${r.provisional ? '（暂定，该年放假安排尚未录入）' : ''}`;
    const { messageId } = await notify(tx, {
      recipients: to,
      kind: 'deadline_reminder',
      title: `${rule.label}${when}：${name}`,
      body: `${name}的${rule.label}（${rule.basis}）于 ${date} 届满，${when === '今天届满' ? '今天是最后一天' : when}，请按时${rule.act}。`,
      link: `/cases/${r.caseId}`,
      channels: opts.channels,
      at: now,
    });
    if (!messageId) continue;
    for (const userId of to) {
      await insertLedger(
        tx,
        { deadlineId: r.deadlineId, offsetDays: r.offset, userId, dueDate: r.dueDate, messageId },
        now,
      );
    }
    notified++;
    recipients += to.length;
  }
  return { offsets, settingVersion: setting.version, due: due.length, notified, recipients, superseded };
}

/** Supersedes the reminders whose deadline moved, closed or went away; forgets entries long past. */
async function supersedeStale(tx: Tx, now: Date): Promise<number> {
  const today = todayInChina(now);
  const oldest = new Date(`${today}T00:00:00Z`);
  oldest.setUTCDate(oldest.getUTCDate() - LEDGER_DAYS);
  await pruneLedger(tx, oldest.toISOString().slice(0, 10));
  const ledger = await ledgerRows(tx);
  if (ledger.length === 0) return 0;
  // The case of each entry, from its message's link (/cases/<id>): one read of deadlines per case.
  const links = new Map(
    (await messagesByIds(tx, [...new Set(ledger.map((l) => l.messageId))])).map((m) => [m.id, m.link]),
  );
  const byCase = new Map<string, typeof ledger>();
  const stale = new Set<string>();
  for (const l of ledger) {
    const caseId = /^\/cases\/([0-9a-f-]{36})$/.exec(links.get(l.messageId) ?? '')?.[1];
    if (!caseId) {
      stale.add(l.messageId);
      continue;
    }
    byCase.set(caseId, [...(byCase.get(caseId) ?? []), l]);
  }
  for (const [caseId, entries] of byCase) {
    const open = new Map(
      (await listDeadlines(tx, { caseId, status: 'open', ruleIds: Object.keys(DEFENCE_RULES) })).map((d) => [
        d.id,
        d.effectiveDueDate,
      ]),
    );
    for (const l of entries) if (open.get(l.deadlineId) !== l.dueDate) stale.add(l.messageId);
  }
  await supersedeMessages(tx, [...stale], now);
  return stale.size;
}
