/**
 * `notify(tx, …)`: the one way any module tells people something. Called inside the transaction of the change that
 * causes it, it writes the message, one in-app row per recipient (exactly once: a unique pair) and one outbox row per
 * external channel × recipient (a unique idempotency key); `deliverDue` sends the outbox later. Nothing is sent here,
 * so a rolled-back change leaves no notification behind and a committed one never loses its messages.
 */
import { z } from 'zod';
import type { Role } from '../../platform/auth/principal.js';
import type { Tx } from '../../platform/db/client.js';
import { validationFailed } from '../../platform/errors.js';
import { activeUserIds } from '../users/public.js';
import { EXTERNAL_CHANNELS, type ExternalChannel, NOTIFICATION_KINDS, type NotificationKind } from './constants.js';
import { enqueueDeliveries } from './delivery.js';
import { insertDeliveries, insertInApp, insertMessage } from './repository.js';

export interface NotifyInput {
  /** Account ids; duplicates are ignored. */
  recipients: readonly string[];
  kind: NotificationKind;
  title: string;
  body: string;
  /** Path of the object in the web app (`/cases/<id>`), or null. */
  link?: string | null;
  /** External channels to use besides the notification centre (config NOTIFY_CHANNELS says which are running). */
  channels?: readonly ExternalChannel[];
  /** A key of the cause: a second notify with the same key does nothing (e.g. `calendar-missing:2027`). */
  dedupeKey?: string;
  /** The clock (jobs pass theirs); default now. */
  at?: Date;
}

export interface NotifyResult {
  /** Null when the dedupe key was used before (nothing written). */
  messageId: string | null;
  inApp: number;
  queued: number;
}

const input = z.object({
  recipients: z.array(z.string().uuid('收件人应为账号 id')).max(10_000, '收件人最多 10000 个'),
  kind: z.enum(NOTIFICATION_KINDS, { message: '通知类型无效' }),
  title: z.string().trim().min(1, '通知标题不能为空').max(200, '通知标题最多 200 字'),
  body: z.string().trim().max(2000, '通知正文最多 2000 字'),
  link: z
    .string()
    .regex(/^\/(?!\/)[^\s]*$/, '链接应为站内路径，如 /cases/…')
    .max(500)
    .nullish(),
  channels: z.array(z.enum(EXTERNAL_CHANNELS, { message: '通知渠道无效' })).optional(),
  dedupeKey: z.string().min(1).max(200).optional(),
});

const FIELD_LABELS: Record<string, string> = {
  recipients: '收件人',
  kind: '通知类型',
  title: '通知标题',
  body: '通知正文',
  link: '通知链接',
  channels: '通知渠道',
  dedupeKey: '去重键',
};

/** The delivery key of a message × recipient × channel; a resend appends `#resend`. */
export const deliveryKey = (messageId: string, userId: string, channel: ExternalChannel) =>
  `${messageId}:${userId}:${channel}`;

export async function notify(tx: Tx, raw: NotifyInput): Promise<NotifyResult> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) {
    throw validationFailed(
      parsed.error.issues.map((i) => ({
        field: String(i.path[0] ?? ''),
        message: `${FIELD_LABELS[String(i.path[0])] ?? ''}：${i.message}`,
      })),
      '通知内容有误',
    );
  }
  const v = parsed.data;
  const at = raw.at ?? new Date();
  const recipients = [...new Set(v.recipients)];
  const messageId = await insertMessage(tx, {
    kind: v.kind,
    title: v.title,
    body: v.body,
    link: v.link ?? null,
    dedupeKey: v.dedupeKey ?? null,
    at,
  });
  if (!messageId) return { messageId: null, inApp: 0, queued: 0 };
  const inApp = await insertInApp(tx, messageId, recipients, at);
  const channels = [...new Set(v.channels ?? [])];
  const created = await insertDeliveries(
    tx,
    recipients.flatMap((userId) =>
      channels.map((channel) => ({
        messageId,
        userId,
        channel,
        idempotencyKey: deliveryKey(messageId, userId, channel),
      })),
    ),
    at,
  );
  await enqueueDeliveries(tx, created, at);
  return { messageId, inApp, queued: created.length };
}

/** `notify` to every active account of the roles (e.g. the administrators when next year's holidays are missing). */
export async function notifyRoles(
  tx: Tx,
  roles: readonly Role[],
  message: Omit<NotifyInput, 'recipients'>,
): Promise<NotifyResult> {
  return notify(tx, { ...message, recipients: await activeUserIds(tx, { roles }) });
}
