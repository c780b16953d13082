/**
 * Sending the outbox (docs/rules/reminders.md#channels). `deliverDue(db, now, …)` is one run, shaped as a job:
 *   1. recovery — claims whose lease expired (the process died after claiming, maybe after the provider accepted)
 *      become `uncertain`: shown to the coordinator with a resend action, never retried by this loop;
 *   2. claim — due `queued` rows, FOR UPDATE SKIP LOCKED, so two workers never take the same row;
 *   3. send each through its channel and record the answer: sent; retry with backoff (1, 2, 4 … min, at most an hour,
 *      MAX_ATTEMPTS in all); failed → the next channel the recipient has (FALLBACK_ORDER); unknown → uncertain.
 */
import { randomUUID } from 'node:crypto';
import { maskPhone } from '../../platform/auth/masking.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { contactsOf, type UserContacts } from '../users/public.js';
import type { ChannelSet, OutboundMessage, Recipient, SendOutcome } from './channels/index.js';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, type ExternalChannel, FALLBACK_ORDER, MAX_ATTEMPTS } from './constants.js';
import { deliveryKey } from './notify.js';
import {
  channelsTried,
  claimDue,
  type DeliveryResult,
  insertDeliveries,
  markExpiredUncertain,
  messagesByIds,
  recordResult,
} from './repository.js';
import type { DeliveryRow } from './schema.js';

export interface DeliverOptions {
  channels: ChannelSet;
  /** Names this process in `claimed_by`; default a random id per call. */
  workerId?: string;
  /** Rows claimed per round; rounds repeat until nothing is due or `maxRounds` is reached. */
  batchSize?: number;
  maxRounds?: number;
  /** The web app's address, to make links absolute in external messages. */
  publicUrl?: string;
}

export interface DeliverSummary {
  recovered: number;
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  uncertain: number;
  fellBack: number;
}

export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_MAX_MS);
}

export async function deliverDue(db: DbOrTx, now: Date, opts: DeliverOptions): Promise<DeliverSummary> {
  const workerId = opts.workerId ?? `w-${randomUUID()}`;
  const summary: DeliverSummary = {
    recovered: await markExpiredUncertain(db, now),
    claimed: 0,
    sent: 0,
    retried: 0,
    failed: 0,
    uncertain: 0,
    fellBack: 0,
  };
  for (let round = 0; round < (opts.maxRounds ?? 20); round++) {
    const claimed = await claimDue(db, workerId, now, opts.batchSize ?? 50);
    if (claimed.length === 0) break;
    summary.claimed += claimed.length;
    const messages = new Map(
      (await messagesByIds(db, [...new Set(claimed.map((c) => c.messageId))])).map((m) => [m.id, m]),
    );
    const contacts = new Map(
      (
        await contactsOf(
          db,
          claimed.map((c) => c.userId),
        )
      ).map((c) => [c.id, c]),
    );
    for (const row of claimed) {
      const message = messages.get(row.messageId);
      const who = contacts.get(row.userId);
      const outcome = await sendOne(row, message, who, opts);
      await settle(db, row, outcome, workerId, now, opts, who, summary);
    }
  }
  return summary;
}

type Attempt = { outcome: SendOutcome; address: string | null; noFallback?: boolean };

async function sendOne(
  row: DeliveryRow,
  message: { title: string; body: string; link: string | null } | undefined,
  who: UserContacts | undefined,
  opts: DeliverOptions,
): Promise<Attempt> {
  if (!message || !who)
    return { outcome: { status: 'failed', error: '消息或收件人不存在' }, address: null, noFallback: true };
  if (who.disabled)
    return { outcome: { status: 'failed', error: '收件人账号已停用' }, address: null, noFallback: true };
  const channel = opts.channels[row.channel];
  if (!channel) return { outcome: { status: 'failed', error: '该渠道未启用（NOTIFY_CHANNELS）' }, address: null };
  const address = channel.addressOf(recipientOf(who));
  if (!address) return { outcome: { status: 'failed', error: '收件人没有该渠道的联系方式' }, address: null };
  const link = message.link && opts.publicUrl ? `${opts.publicUrl}${message.link}` : message.link;
  const out: OutboundMessage = { key: row.idempotencyKey, title: message.title, body: message.body, link };
  try {
    return { outcome: await channel.send(out, address), address };
  } catch (err) {
    // A channel that throws instead of answering: the request may have left.
    return { outcome: { status: 'unknown', error: `发送异常：${(err as Error).message?.slice(0, 200)}` }, address };
  }
}

async function settle(
  db: DbOrTx,
  row: DeliveryRow,
  { outcome, address, noFallback }: Attempt,
  workerId: string,
  now: Date,
  opts: DeliverOptions,
  who: UserContacts | undefined,
  summary: DeliverSummary,
): Promise<void> {
  const addressMasked = address ? maskAddress(row.channel, address) : null;
  let result: DeliveryResult;
  if (outcome.status === 'sent') {
    result = {
      status: 'sent',
      sentAt: now,
      providerMessageId: outcome.providerId ?? null,
      lastError: null,
      addressMasked,
    };
    summary.sent++;
  } else if (outcome.status === 'retry' && row.attempts < MAX_ATTEMPTS) {
    result = {
      status: 'queued',
      lastError: outcome.error,
      addressMasked,
      nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)),
    };
    summary.retried++;
  } else if (outcome.status === 'unknown') {
    result = { status: 'uncertain', lastError: outcome.error, addressMasked };
    summary.uncertain++;
  } else {
    result = { status: 'failed', lastError: outcome.error, addressMasked };
    summary.failed++;
  }
  await recordResult(db, row.id, workerId, result, now);
  if (result.status === 'failed' && !noFallback && who && row.channel !== 'log') {
    if (await fallBack(db, row, who, opts, now)) summary.fellBack++;
  }
}

/** Queues the next channel the recipient has and that runs here, not tried yet for this message. */
async function fallBack(db: DbOrTx, row: DeliveryRow, who: UserContacts, opts: DeliverOptions, now: Date) {
  const tried = new Set(await channelsTried(db, row.messageId, row.userId));
  const next = FALLBACK_ORDER.find((c: ExternalChannel) => {
    const channel = opts.channels[c];
    return !tried.has(c) && channel && channel.addressOf(recipientOf(who));
  });
  if (!next) return false;
  const inserted = await insertDeliveries(
    db,
    [
      {
        messageId: row.messageId,
        userId: row.userId,
        channel: next,
        idempotencyKey: deliveryKey(row.messageId, row.userId, next),
        previousId: row.id,
      },
    ],
    now,
  );
  return inserted > 0;
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
