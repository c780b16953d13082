/**
 * A hearing's date as a deadline on its case, and its reminders (docs/rules/reminders.md#offsets,
 * docs/rules/deadlines.md#owners). The hearing owns one deadline (owner 'hearing', rule `hearing.session`, due on the
 * hearing's day in China): the case's deadlines and the calendar show it. The reminders go to the case's clerks and to
 * the designated heads (or, none designated, the defendants' head accounts):
 * - when the hearing is entered or scheduled again, at once;
 * - N days before it at 08:00 China time, N from the versioned setting `reminders.hearingDays` (default 7, 3, 1), as
 *   jobs `hearings.remind` enqueued in the change's transaction (an instant already past is skipped: the entry
 *   notice covers it);
 * - a reminder run after its hearing's time (a worker that was down) sends nothing;
 * - a postponed or cancelled hearing loses its deadline, its pending reminders find it changed and send nothing, and
 *   the recipients are told that it moved and the reminders stop; a held hearing's deadline is met.
 */
import { addDays, chinaInstant, computeRow, todayInChina } from '@shuangjiang/domain';
import type { DbOrTx, Tx } from '../../platform/db/client.js';
import { enqueue, type JobRegistry } from '../../platform/jobs/index.js';
import {
  closeDeadline,
  listDeadlines,
  loadCalendar,
  registerDeadlineOwner,
  upsertOwnedDeadlines,
} from '../cases/deadlines/public.js';
import { type CaseRef, caseRefsByIds } from '../cases/public.js';
import { notify, notifyConfig, reminderChannels } from '../notifications/public.js';
import { headsByIds } from '../org/public.js';
import { getSetting } from '../settings/service.js';
import { activeUserIds } from '../users/public.js';
import { HEARING_KIND_LABELS, HEARING_MODE_LABELS, HEARING_STATUS_LABELS } from './constants.js';
import { appearancesOf, hearingById } from './repository.js';
import type { HearingRow } from './schema.js';

export const HEARING_OWNER = 'hearing';
export const HEARING_RULE = 'hearing.session';
export const REMIND_JOB = 'hearings.remind';
/** Reminders go out at 08:00 China time. */
const REMIND_MINUTE = 8 * 60;

/** The hearing's own day is due on the day; any statutory rule a hearing owns is counted as the domain counts it. */
registerDeadlineOwner({
  type: HEARING_OWNER,
  ruleNames: { [HEARING_RULE]: '开庭' },
  compute: (row, calendar) =>
    row.ruleId === HEARING_RULE
      ? {
          dueDate: row.fromDate,
          provisional: false,
          explanation: `开庭日期：${row.fromDate}（出庭应诉，负责人出庭规定第5条）`,
          basis: '人民法院传票、出庭通知书',
        }
      : computeRow(row.ruleId, row.fromDate, calendar),
});

const dayOf = (h: HearingRow) => todayInChina(h.scheduledAt);

function describe(h: HearingRow, ref: CaseRef | undefined): string {
  const local = new Date(h.scheduledAt.getTime() + 8 * 3600_000).toISOString();
  const when = `${local.slice(0, 10)} ${local.slice(11, 16)}`;
  const where = h.mode === 'online' ? HEARING_MODE_LABELS.online : (h.courtroom ?? '法庭待定');
  return `${ref?.caseNumber ?? '（无案号）'} ${HEARING_KIND_LABELS[h.kind]}：${when}，${where}`;
}

/** The case's clerks and the heads designated to appear (none designated with a login: the defendants' head accounts). */
export async function hearingRecipients(tx: DbOrTx, h: HearingRow, ref: CaseRef): Promise<string[]> {
  const agencyIds = ref.defendantAgencyIds;
  const clerks = await activeUserIds(tx, { roles: ['agency_clerk'], agencyIds });
  const designated = (await appearancesOf(tx, [h.id])).filter((a) => a.role === 'head' && a.designated && a.headId);
  const logins = designated.length
    ? (
        await headsByIds(
          tx,
          designated.map((a) => a.headId!),
        )
      ).flatMap((x) => (x.active && x.userId ? [x.userId] : []))
    : [];
  const heads = logins.length ? logins : await activeUserIds(tx, { roles: ['agency_head'], agencyIds });
  return [...new Set([...clerks, ...heads])];
}

const channels = () => reminderChannels(notifyConfig().channels);

/**
 * After an entry or a rescheduling (status scheduled): the hearing's deadline on its case, the notice now and the
 * reminder jobs. Idempotent per hearing time: the same time enqueues nothing twice.
 */
export async function scheduleReminders(tx: Tx, h: HearingRow, now: Date): Promise<void> {
  const ref = (await caseRefsByIds(tx, [h.caseId])).get(h.caseId);
  if (!ref) return;
  const calendar = await loadCalendar(tx);
  await upsertOwnedDeadlines(
    tx,
    { type: HEARING_OWNER, id: h.id, caseId: h.caseId },
    [{ ruleId: HEARING_RULE, fromDate: dayOf(h) }],
    calendar,
  );
  const at = h.scheduledAt.toISOString();
  const recipients = h.scheduledAt > now ? await hearingRecipients(tx, h, ref) : [];
  if (recipients.length) {
    await notify(tx, {
      recipients,
      kind: 'deadline_reminder',
      title: `开庭安排：${describe(h, ref)}`,
      body: `${describe(h, ref)}。请负责人按时出庭应诉，不能出庭的请在开庭前提交不出庭说明并报协调员备案。`,
      link: `/cases/${h.caseId}`,
      channels: channels(),
      dedupeKey: `hearing-entered:${h.id}:${at}`,
      at: now,
    });
  }
  const { value } = await getSetting(tx, 'reminders');
  await enqueueReminders(tx, h, value.hearingDays, now);
}

/** The reminder jobs of a hearing at its time: 08:00 China time `days` before its day, those after `after` only. */
export async function enqueueReminders(
  tx: DbOrTx,
  h: Pick<HearingRow, 'id' | 'scheduledAt'>,
  hearingDays: readonly number[],
  after: Date,
): Promise<number> {
  const at = h.scheduledAt.toISOString();
  let n = 0;
  for (const days of hearingDays) {
    const runAt = chinaInstant(addDays(todayInChina(h.scheduledAt), -days), REMIND_MINUTE);
    if (runAt <= after) continue;
    const { created } = await enqueue(
      tx,
      REMIND_JOB,
      { hearingId: h.id, scheduledAt: at, days },
      { runAt, key: `${REMIND_JOB}:${h.id}:${at}:${days}` },
    );
    if (created) n++;
  }
  return n;
}

/** After a postponement or a cancellation: the deadline goes, and the recipients are told the reminders stop. */
export async function stopReminders(tx: Tx, h: HearingRow, reason: string, now: Date): Promise<void> {
  const ref = (await caseRefsByIds(tx, [h.caseId])).get(h.caseId);
  if (!ref) return;
  await upsertOwnedDeadlines(tx, { type: HEARING_OWNER, id: h.id, caseId: h.caseId }, [], await loadCalendar(tx));
  const recipients = await hearingRecipients(tx, h, ref);
  if (!recipients.length) return;
  const what = HEARING_STATUS_LABELS[h.status];
  await notify(tx, {
    recipients,
    kind: 'general',
    title: `庭审${what}：${describe(h, ref)}`,
    body: `${describe(h, ref)} 已${what}（${reason}），原定的开庭提醒不再发送。${h.status === 'postponed' ? '重新排期后将另行提醒。' : ''}`,
    link: `/cases/${h.caseId}`,
    channels: channels(),
    dedupeKey: `hearing-stopped:${h.id}:${h.version}`,
    at: now,
  });
}

/** A held hearing: its deadline is met. */
export async function markHeld(tx: DbOrTx, h: HearingRow): Promise<void> {
  for (const d of await listDeadlines(tx, { owner: { type: HEARING_OWNER, id: h.id }, status: 'open' })) {
    await closeDeadline(tx, d.id, 'met');
  }
}

interface RemindPayload {
  hearingId: string;
  scheduledAt: string;
  days: number;
}

/** The reminder jobs: sent only while the hearing is still scheduled at the time they were made for. */
export function hearingJobs(jobs: JobRegistry): void {
  jobs.defineJob<RemindPayload>(REMIND_JOB, async ({ tx, payload, now, log }) => {
    const h = await hearingById(tx, payload.hearingId);
    if (h?.status !== 'scheduled' || h.scheduledAt.toISOString() !== payload.scheduledAt || h.scheduledAt <= now) {
      log.info({ job: REMIND_JOB, ...payload, status: h?.status ?? 'gone' }, 'hearing changed: reminder not sent');
      return { sent: false };
    }
    const ref = (await caseRefsByIds(tx, [h.caseId])).get(h.caseId);
    if (!ref) return { sent: false };
    const recipients = await hearingRecipients(tx, h, ref);
    if (!recipients.length) return { sent: false };
    const when = payload.days === 0 ? '今天开庭' : payload.days === 1 ? '明天开庭' : `${payload.days}天后开庭`;
    const { messageId } = await notify(tx, {
      recipients,
      kind: 'deadline_reminder',
      title: `${when}：${describe(h, ref)}`,
      body: `${describe(h, ref)}。请负责人按时出庭应诉，携带身份证明；不能出庭的须已提交不出庭说明并经备案。`,
      link: `/cases/${h.caseId}`,
      channels: channels(),
      dedupeKey: `${REMIND_JOB}:${h.id}:${payload.scheduledAt}:${payload.days}`,
      at: now,
    });
    return { sent: messageId !== null, recipients: recipients.length };
  });
}
