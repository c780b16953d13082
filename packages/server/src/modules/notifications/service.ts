/**
 * Use cases of the notification centre: my notifications (list, read, read all), my addresses, and the
 * coordinator's delivery table with resend. Marking read is not audited (a bell click is no change of record);
 * address changes and resends are.
 */
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import { maskPhone } from '../../platform/auth/masking.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/client.js';
import { AppError, notFound } from '../../platform/errors.js';
import { contactsOf, updateOwnContacts } from '../users/public.js';
import type { ExternalChannel } from './constants.js';
import { DELIVERY_STATUSES, type DeliveryStatus } from './constants.js';
import { enqueueDeliveries } from './delivery.js';
import type { InboxQuery } from './dto.js';
import {
  deliveryById,
  insertDeliveries,
  listDeliveries,
  listInApp,
  markAllRead,
  markRead,
  unreadCount,
} from './repository.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function myNotifications(db: Db, principal: Principal, q: InboxQuery) {
  const { items, total } = await listInApp(db, principal.userId, {
    unreadOnly: q.unreadOnly,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return {
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      readAt: iso(n.readAt),
      superseded: n.supersededAt !== null,
      createdAt: n.createdAt.toISOString(),
    })),
    total,
    unread: await unreadCount(db, principal.userId),
  };
}

/** Another user's notification is 404, like one that does not exist. */
export async function readOne(db: Db, principal: Principal, id: string, now = new Date()) {
  const found = await db.transaction((tx) => markRead(tx, principal.userId, id, now));
  if (!found) throw notFound('通知');
  return { unread: await unreadCount(db, principal.userId), marked: 1 };
}

export async function readAll(db: Db, principal: Principal, now = new Date()) {
  const marked = await db.transaction((tx) => markAllRead(tx, principal.userId, now));
  return { unread: await unreadCount(db, principal.userId), marked };
}

export async function myContacts(db: Db, principal: Principal, channels: readonly ExternalChannel[]) {
  const [c] = await contactsOf(db, [principal.userId]);
  if (!c) throw notFound('账号');
  return {
    email: c.email,
    wecomUserId: c.wecomUserId,
    dingtalkUserId: c.dingtalkUserId,
    phoneMasked: maskPhone(c.phone),
    channels: [...channels],
  };
}

export async function updateMyContacts(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  input: { email: string | null; wecomUserId: string | null; dingtalkUserId: string | null },
  channels: readonly ExternalChannel[],
) {
  const clean = {
    email: input.email?.trim() || null,
    wecomUserId: input.wecomUserId?.trim() || null,
    dingtalkUserId: input.dingtalkUserId?.trim() || null,
  };
  await db.transaction(async (tx) => {
    const [before] = await contactsOf(tx, [principal.userId]);
    if (!before) throw notFound('账号');
    await updateOwnContacts(tx, principal.userId, clean);
    await writeAudit(tx, {
      actor,
      action: 'update',
      entityType: 'user',
      entityId: principal.userId,
      before: { email: before.email, wecomUserId: before.wecomUserId, dingtalkUserId: before.dingtalkUserId },
      after: clean,
    });
  });
  return myContacts(db, principal, channels);
}

const RESENDABLE: ReadonlySet<DeliveryStatus> = new Set(['uncertain', 'failed']);

export async function deliveryTable(db: Db, q: { page: number; pageSize: number; status?: DeliveryStatus }) {
  const { items, total, byStatus } = await listDeliveries(db, {
    status: q.status,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const names = new Map(
    (
      await contactsOf(
        db,
        items.map((i) => i.userId),
      )
    ).map((c) => [c.id, c.displayName]),
  );
  const counts = Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, 0])) as Record<DeliveryStatus, number>;
  for (const c of byStatus) counts[c.status] = c.n;
  counts.queued += counts.sending;
  counts.sending = 0;
  return {
    items: items.map((i) => ({
      id: i.id,
      messageId: i.messageId,
      kind: i.kind,
      title: i.title,
      link: i.link,
      recipientName: names.get(i.userId) ?? '—',
      channel: i.channel,
      status: i.status === 'sending' ? ('queued' as const) : i.status,
      attempts: i.attempts,
      addressMasked: i.addressMasked,
      lastError: i.lastError,
      previousId: i.previousId,
      nextAttemptAt: i.status === 'queued' ? iso(i.nextAttemptAt) : null,
      sentAt: iso(i.sentAt),
      createdAt: i.createdAt.toISOString(),
      canResend: RESENDABLE.has(i.status),
    })),
    total,
    counts,
  };
}

/**
 * A coordinator resends an uncertain or failed delivery: a new outbox row (key `<key>#resend`, so a double click
 * queues it once) and its job, audited. The recipient may get the message twice; the coordinator decides.
 */
export async function resendDelivery(db: Db, actor: AuditActor, id: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const row = await deliveryById(tx, id);
    if (!row) throw notFound('发送记录');
    if (!RESENDABLE.has(row.status)) {
      throw new AppError('UNPROCESSABLE', '只有“结果不明”或“失败”的发送可以重发', { status: row.status });
    }
    const created = await insertDeliveries(
      tx,
      [
        {
          messageId: row.messageId,
          userId: row.userId,
          channel: row.channel,
          idempotencyKey: `${row.idempotencyKey}#resend`,
          previousId: row.id,
        },
      ],
      now,
    );
    if (created.length === 0) throw new AppError('DUPLICATE', '这条发送已经重发过');
    await enqueueDeliveries(tx, created, now);
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: 'notification_delivery',
      entityId: created[0]!.id,
      after: { resendOf: row.id, channel: row.channel, previousStatus: row.status, status: 'queued' },
    });
    return { id: created[0]!.id, status: 'queued' as const };
  });
}
