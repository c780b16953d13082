/**
 * Sending the outbox (docs/rules/reminders.md#channels) through the jobs runner (platform/jobs). Each outbox row has
 * its own job, `notifications.deliver`, enqueued in the transaction that wrote the row (`notify`), keyed by the row's
 * idempotency key. One run of that job is one attempt:
 *   - sent → `sent`;
 *   - `retry` (nothing went out) → the row stays queued and a new job is enqueued for the next attempt after a backoff
 *     (1, 2, 4 … minutes, at most an hour; MAX_ATTEMPTS in all), then `failed`;
 *   - `failed` → the next channel the recipient has (FALLBACK_ORDER) gets its own row and job;
 *   - `unknown` → `uncertain`.
 * The runner claims a job with FOR UPDATE SKIP LOCKED (two workers never run one job) and runs it in a transaction
 * that commits with the result. When that transaction never commits — the process died, or the database failed,
 * after the claim and perhaps after the provider accepted the message — the job comes back with attempt 2 once its
 * lease expires: the handler then marks the delivery `uncertain` without sending (a coordinator may resend it).
 * So a message goes out at most once per row, and a row whose fate is unknown says so.
 */
import { maskPhone } from '../../platform/auth/masking.js';
import type { Tx } from '../../platform/db/client.js';
import { enqueue, type JobRegistry } from '../../platform/jobs/index.js';
import { contactsOf, type UserContacts } from '../users/public.js';
import type { ChannelSet, OutboundMessage, Recipient, SendOutcome } from './channels/index.js';
import { logChannel } from './channels/log.js';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, type ExternalChannel, FALLBACK_ORDER, MAX_ATTEMPTS } from './constants.js';
import {
  channelsTried,
  type DeliveryResult,
  deliveryForUpdate,
  insertDeliveries,
  messagesByIds,
  recordResult,
} from './repository.js';
import type { DeliveryRow } from './schema.js';

export const DELIVER_JOB = 'notifications.deliver';

/** A delivery key's job key for attempt n (the first attempt's job is keyed by the delivery alone). */
const jobKey = (deliveryKey: string, attempt = 1) => `deliver:${deliveryKey}${attempt > 1 ? `#${attempt}` : ''}`;

/**
 * Enqueues the first attempt of outbox rows, in the caller's transaction. The job itself may run twice at most for
 * recovery (attempt 2 marks uncertain), a third time only if that run dies too.
 */
export async function enqueueDeliveries(tx: Tx, rows: { id: string; idempotencyKey: string }[], runAt: Date) {
  for (const r of rows) {
    await enqueue(tx, DELIVER_JOB, { deliveryId: r.id }, { key: jobKey(r.idempotencyKey), runAt, maxAttempts: 3 });
  }
}

export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_MAX_MS);
}

export interface DeliverOptions {
  channels: ChannelSet;
  /** The web app's address, to make links absolute in external messages. */
  publicUrl?: string;
}

export type DeliverOutcome = 'sent' | 'retry' | 'failed' | 'uncertain' | 'skipped';

/** Registers the delivery job with the channels this process runs (routes.ts / the CLI build them from config). */
export function registerDeliveryJob(jobs: JobRegistry, opts: () => DeliverOptions): void {
  jobs.defineJob<{ deliveryId: string }>(
    DELIVER_JOB,
    async ({ tx, payload, now, attempt, log }) => {
      const o = opts();
      // The log channel writes to the runner's log.
      const channels = o.channels.log ? { ...o.channels, log: logChannel(log) } : o.channels;
      return deliverOne(tx, payload.deliveryId, { now, attempt, channels, publicUrl: o.publicUrl });
    },
    { maxAttempts: 3 },
  );
}

/** One attempt of one delivery, inside the job's transaction. */
export async function deliverOne(
  tx: Tx,
  deliveryId: string,
  ctx: { now: Date; attempt: number; channels: ChannelSet; publicUrl?: string },
): Promise<DeliverOutcome> {
  const row = await deliveryForUpdate(tx, deliveryId);
  // Cancelled (its reminder went stale), or settled by an earlier run: nothing to do.
  if (row?.status !== 'queued') return 'skipped';
  if (ctx.attempt > 1) {
    await recordResult(
      tx,
      row.id,
      {
        status: 'uncertain',
        lastError: '上次发送在发出后、记录结果前中断（进程退出或数据库故障），对方可能已收到；不会自动重发',
      },
      ctx.now,
    );
    return 'uncertain';
  }
  const [message] = await messagesByIds(tx, [row.messageId]);
  const [who] = await contactsOf(tx, [row.userId]);
  const attempt = await sendOne(row, message, who, ctx);
  return settle(tx, row, attempt, ctx, who);
}

type Attempt = { outcome: SendOutcome; address: string | null; noFallback?: boolean };

async function sendOne(
  row: DeliveryRow,
  message: { title: string; body: string; link: string | null } | undefined,
  who: UserContacts | undefined,
  ctx: { channels: ChannelSet; publicUrl?: string },
): Promise<Attempt> {
  if (!message || !who)
    return { outcome: { status: 'failed', error: '消息或收件人不存在' }, address: null, noFallback: true };
  if (who.disabled)
    return { outcome: { status: 'failed', error: '收件人账号已停用' }, address: null, noFallback: true };
  const channel = ctx.channels[row.channel];
  if (!channel) return { outcome: { status: 'failed', error: '该渠道未启用（NOTIFY_CHANNELS）' }, address: null };
  const address = channel.addressOf(recipientOf(who));
  if (!address) return { outcome: { status: 'failed', error: '收件人没有该渠道的联系方式' }, address: null };
  const link = message.link && ctx.publicUrl ? `${ctx.publicUrl}${message.link}` : message.link;
  const out: OutboundMessage = { key: row.idempotencyKey, title: message.title, body: message.body, link };
  try {
    return { outcome: await channel.send(out, address), address };
  } catch (err) {
    // A channel that throws instead of answering: the request may have left.
    return {
      outcome: { status: 'unknown', error: `发送异常：${String((err as Error)?.message).slice(0, 200)}` },
      address,
    };
  }
}

async function settle(
  tx: Tx,
  row: DeliveryRow,
  { outcome, address, noFallback }: Attempt,
  ctx: { now: Date; channels: ChannelSet },
  who: UserContacts | undefined,
): Promise<DeliverOutcome> {
  const attempts = row.attempts + 1;
  const addressMasked = address ? maskAddress(row.channel, address) : null;
  const base = { attempts, addressMasked };
  let result: DeliveryResult;
  if (outcome.status === 'sent') {
    result = {
      ...base,
      status: 'sent',
      sentAt: ctx.now,
      providerMessageId: outcome.providerId ?? null,
      lastError: null,
    };
  } else if (outcome.status === 'retry' && attempts < MAX_ATTEMPTS) {
    const next = new Date(ctx.now.getTime() + backoffMs(attempts));
    result = { ...base, status: 'queued', lastError: outcome.error, nextAttemptAt: next };
    await enqueue(
      tx,
      DELIVER_JOB,
      { deliveryId: row.id },
      { key: jobKey(row.idempotencyKey, attempts + 1), runAt: next, maxAttempts: 3 },
    );
  } else if (outcome.status === 'unknown') {
    result = { ...base, status: 'uncertain', lastError: outcome.error };
  } else {
    result = { ...base, status: 'failed', lastError: outcome.error };
  }
  await recordResult(tx, row.id, result, ctx.now);
  if (result.status === 'failed' && !noFallback && who && row.channel !== 'log') {
    await fallBack(tx, row, who, ctx);
  }
  return result.status === 'queued' ? 'retry' : (result.status as 'sent' | 'failed' | 'uncertain');
}

/** Queues the next channel the recipient has and that runs here, not tried yet for this message. */
async function fallBack(tx: Tx, row: DeliveryRow, who: UserContacts, ctx: { now: Date; channels: ChannelSet }) {
  const tried = new Set(await channelsTried(tx, row.messageId, row.userId));
  const next = FALLBACK_ORDER.find((c: ExternalChannel) => {
    const channel = ctx.channels[c];
    return !tried.has(c) && channel?.addressOf(recipientOf(who));
  });
  if (!next) return;
  const created = await insertDeliveries(
    tx,
    [
      {
        messageId: row.messageId,
        userId: row.userId,
        channel: next,
        idempotencyKey: `${row.messageId}:${row.userId}:${next}`,
        previousId: row.id,
      },
    ],
    ctx.now,
  );
  await enqueueDeliveries(tx, created, ctx.now);
}

function recipientOf(c: UserContacts): Recipient {
  return {
    userId: c.id,
    displayName: c.displayName,
    phone: c.phone,
    email: c.email,
    wecomUserId: c.wecomUserId,
    dingtalkUserId: c.dingtalkUserId,
  };
}

/** Addresses as the coordinator's table shows them (docs/rules/personal-data.md): 138****5678, w***@example.cn, zh***. */
export function maskAddress(channel: ExternalChannel, address: string): string {
  if (channel === 'sms') return maskPhone(address) ?? '';
  if (channel === 'email') {
    const [user = '', domain = ''] = address.split('@');
    return `${user.slice(0, 1)}***@${domain}`;
  }
  if (channel === 'log') return '—';
  return `${address.slice(0, 2)}***`;
}
