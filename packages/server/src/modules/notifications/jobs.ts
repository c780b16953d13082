/**
 * The notification jobs (platform/jobs; registered in platform/http/modules.ts `moduleJobs`):
 * - `notifications.deliver`: one attempt of one outbox row (delivery.ts);
 * - `notifications.deadline-reminders`: daily at 08:00 China time, the defence-deadline reminders (reminders.ts).
 */
import type { JobRegistry } from '../../platform/jobs/index.js';
import { buildChannels, type ChannelSet } from './channels/index.js';
import { loadNotifyConfig, type NotifyConfig } from './config.js';
import { registerDeliveryJob } from './delivery.js';
import { remindDefenceDeadlines, reminderChannels } from './reminders.js';

let cached: { config: NotifyConfig; channels: ChannelSet } | null = null;

/** The notification settings of this process (environment, read once). */
export function notifyConfig(): NotifyConfig {
  cached ??= (() => {
    const config = loadNotifyConfig();
    // The log channel's sink is the job's own log (delivery.ts); this one is never used.
    return { config, channels: buildChannels(config, { info() {} }) };
  })();
  return cached.config;
}

export function notificationJobs(jobs: JobRegistry): void {
  registerDeliveryJob(jobs, () => {
    notifyConfig();
    return { channels: cached!.channels, publicUrl: cached!.config.publicUrl };
  });
  jobs.defineSchedule('notifications.deadline-reminders', { every: 'day', at: '08:00' }, async ({ tx, now, log }) => {
    const run = await remindDefenceDeadlines(tx, now, { channels: reminderChannels(notifyConfig().channels) });
    log.info({ job: 'notifications.deadline-reminders', ...run }, 'defence deadline reminders');
    return run;
  });
}
