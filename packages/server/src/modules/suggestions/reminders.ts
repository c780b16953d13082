/**
 * Daily reminders of suggestions (docs/rules/suggestions.md#register), job `suggestions.daily-reminders` at 08:00 China
 * time: an open suggestion within the lead days of its due date tells the agency's clerks and the coordinators of the
 * agency's county once ("due soon"), and once more the day after its due date ("overdue"); the notification's dedupe
 * key keeps each to one message however often the job runs.
 */
import { addDays, suggestionKindRule, todayInChina } from '@shuangjiang/domain';
import { and, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import type { JobRegistry } from '../../platform/jobs/index.js';
import { notify } from '../notifications/public.js';
import { activeUserIds } from '../users/public.js';
import { SUGGESTION_REMINDER_JOB } from './constants.js';
import { suggestions } from './schema.js';
import { suggestionSetting } from './settings.js';

const codesOfPath = (path: string) => path.split('/').filter(Boolean);

export async function remindSuggestions(tx: Tx, now: Date): Promise<{ dueSoon: number; overdue: number }> {
  const today = todayInChina(now);
  const { dueSoonDays } = await suggestionSetting(tx);
  const rows = await tx
    .select()
    .from(suggestions)
    .where(
      and(isNull(suggestions.repliedOn), isNotNull(suggestions.due), lte(suggestions.due, addDays(today, dueSoonDays))),
    );
  let dueSoon = 0;
  let overdue = 0;
  for (const r of rows) {
    if (!r.due) continue;
    const late = r.due < today;
    const recipients = [
      ...(await activeUserIds(tx, { roles: ['agency_clerk'], agencyIds: [r.agencyId] })),
      ...(await activeUserIds(tx, { roles: ['county_coordinator'], regionCodes: codesOfPath(r.regionPath) })),
    ];
    const label = suggestionKindRule(r.kind).label;
    const sent = await notify(tx, {
      recipients,
      kind: 'deadline_reminder',
      title: late ? `${label}已逾期未答复：${r.title}` : `${label}即将到期：${r.title}`,
      body: `${r.issuer}${r.docNumber ? `（${r.docNumber}）` : ''}，收到日期 ${r.receivedOn}，答复期限 ${r.due}（${r.dueBasis}）。`,
      link: `/accountability/suggestions/${r.id}`,
      dedupeKey: `suggestion-${late ? 'overdue' : 'due-soon'}:${r.id}`,
      at: now,
    });
    if (sent.messageId) {
      if (late) overdue++;
      else dueSoon++;
    }
  }
  return { dueSoon, overdue };
}

export function suggestionJobs(jobs: JobRegistry): void {
  jobs.defineSchedule(SUGGESTION_REMINDER_JOB, { every: 'day', at: '08:00' }, async ({ tx, now, log }) => {
    const run = await remindSuggestions(tx, now);
    log.info({ job: SUGGESTION_REMINDER_JOB, ...run }, 'suggestion reminders');
    return run;
  });
}
