/** Every SQL statement on the notification tables (only this module touches them). */
import { and, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import type { DeliveryStatus, ExternalChannel, NotificationKind } from './constants.js';
import {
  type DeliveryRow,
  notificationDeliveries,
  notificationMessages,
  notificationReminders,
  notifications,
} from './schema.js';

// ---------------------------------------------------------------------------------------------------------------
// Writing (notify)

/** The message, or null when its dedupe key was used before. */
export async function insertMessage(
  tx: DbOrTx,
  values: {
    kind: NotificationKind;
    title: string;
    body: string;
    link: string | null;
    dedupeKey: string | null;
    at: Date;
  },
): Promise<string | null> {
  const [row] = await tx
    .insert(notificationMessages)
    .values({ ...values, createdAt: values.at })
    .onConflictDoNothing()
    .returning({ id: notificationMessages.id });
  return row?.id ?? null;
}

export async function insertInApp(tx: DbOrTx, messageId: string, userIds: string[], at: Date): Promise<number> {
  if (userIds.length === 0) return 0;
  const rows = await tx
    .insert(notifications)
    .values(userIds.map((userId) => ({ messageId, userId, createdAt: at })))
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return rows.length;
}

export interface DeliveryInsert {
  messageId: string;
  userId: string;
  channel: ExternalChannel;
  idempotencyKey: string;
  previousId?: string | null;
}

/** Inserts the outbox rows (a key used before is skipped); returns the rows this call created. */
export async function insertDeliveries(
  tx: DbOrTx,
  rows: DeliveryInsert[],
  at: Date,
): Promise<{ id: string; idempotencyKey: string }[]> {
  if (rows.length === 0) return [];
  return tx
    .insert(notificationDeliveries)
    .values(rows.map((r) => ({ ...r, nextAttemptAt: at, createdAt: at, updatedAt: at })))
    .onConflictDoNothing()
    .returning({ id: notificationDeliveries.id, idempotencyKey: notificationDeliveries.idempotencyKey });
}

// ---------------------------------------------------------------------------------------------------------------
// The in-app centre

export async function listInApp(
  db: DbOrTx,
  userId: string,
  opts: { unreadOnly: boolean; limit: number; offset: number },
) {
  const where = and(eq(notifications.userId, userId), opts.unreadOnly ? isNull(notifications.readAt) : undefined);
  const items = await db
    .select({
      id: notifications.id,
      kind: notificationMessages.kind,
      title: notificationMessages.title,
      body: notificationMessages.body,
      link: notificationMessages.link,
      readAt: notifications.readAt,
      supersededAt: notifications.supersededAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .innerJoin(notificationMessages, eq(notificationMessages.id, notifications.messageId))
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(opts.limit)
    .offset(opts.offset);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function unreadCount(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks one of the user's notifications read; false when it is not theirs (or does not exist). */
export async function markRead(tx: DbOrTx, userId: string, id: string, at: Date): Promise<boolean> {
  const [own] = await tx
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  if (!own) return false;
  if (!own.readAt) await tx.update(notifications).set({ readAt: at }).where(eq(notifications.id, id));
  return true;
}

export async function markAllRead(tx: DbOrTx, userId: string, at: Date): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

// ---------------------------------------------------------------------------------------------------------------
// Delivery

/** The delivery, locked for this transaction (the job that sends it holds it until it commits). */
export async function deliveryForUpdate(tx: DbOrTx, id: string): Promise<DeliveryRow | null> {
  const [row] = await tx.select().from(notificationDeliveries).where(eq(notificationDeliveries.id, id)).for('update');
  return row ?? null;
}

export interface DeliveryResult {
  status: Exclude<DeliveryStatus, 'sending'>;
  attempts?: number;
  lastError?: string | null;
  providerMessageId?: string | null;
  addressMasked?: string | null;
  nextAttemptAt?: Date;
  sentAt?: Date | null;
}

export async function recordResult(tx: DbOrTx, id: string, r: DeliveryResult, now: Date): Promise<void> {
  await tx
    .update(notificationDeliveries)
    .set({ ...r, updatedAt: now })
    .where(eq(notificationDeliveries.id, id));
}

export async function channelsTried(db: DbOrTx, messageId: string, userId: string): Promise<ExternalChannel[]> {
  const rows = await db
    .select({ channel: notificationDeliveries.channel })
    .from(notificationDeliveries)
    .where(and(eq(notificationDeliveries.messageId, messageId), eq(notificationDeliveries.userId, userId)));
  return rows.map((r) => r.channel);
}

export async function messagesByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(notificationMessages).where(inArray(notificationMessages.id, ids));
}

export async function deliveryById(db: DbOrTx, id: string): Promise<DeliveryRow | null> {
  const [row] = await db.select().from(notificationDeliveries).where(eq(notificationDeliveries.id, id));
  return row ?? null;
}

/** The coordinator's table: newest first, optionally one status (`queued` includes rows being sent). */
export async function listDeliveries(db: DbOrTx, opts: { status?: DeliveryStatus; limit: number; offset: number }) {
  const d = notificationDeliveries;
  const where =
    opts.status === 'queued'
      ? inArray(d.status, ['queued', 'sending'])
      : opts.status
        ? eq(d.status, opts.status)
        : undefined;
  const items = await db
    .select({
      id: d.id,
      messageId: d.messageId,
      userId: d.userId,
      channel: d.channel,
      status: d.status,
      attempts: d.attempts,
      addressMasked: d.addressMasked,
      lastError: d.lastError,
      previousId: d.previousId,
      nextAttemptAt: d.nextAttemptAt,
      sentAt: d.sentAt,
      createdAt: d.createdAt,
      kind: notificationMessages.kind,
      title: notificationMessages.title,
      link: notificationMessages.link,
    })
    .from(d)
    .innerJoin(notificationMessages, eq(notificationMessages.id, d.messageId))
    .where(where)
    .orderBy(desc(d.createdAt), desc(d.id))
    .limit(opts.limit)
    .offset(opts.offset);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(d).where(where);
  const byStatus = await db.select({ status: d.status, n: sql<number>`count(*)::int` }).from(d).groupBy(d.status);
  return { items, total: total?.n ?? 0, byStatus };
}

// ---------------------------------------------------------------------------------------------------------------
// Reminders' ledger

export type LedgerRow = typeof notificationReminders.$inferSelect;

export async function ledgerRows(db: DbOrTx): Promise<LedgerRow[]> {
  return db.select().from(notificationReminders);
}

/** Forgets ledger entries for due dates before `before` (YYYY-MM-DD): long past, nothing left to supersede. */
export async function pruneLedger(tx: DbOrTx, before: string): Promise<void> {
  await tx.delete(notificationReminders).where(lt(notificationReminders.dueDate, before));
}

export async function insertLedger(
  tx: DbOrTx,
  row: { deadlineId: string; offsetDays: number; userId: string; dueDate: string; messageId: string },
  at: Date,
): Promise<boolean> {
  const inserted = await tx
    .insert(notificationReminders)
    .values({ ...row, createdAt: at })
    .onConflictDoNothing()
    .returning({ d: notificationReminders.deadlineId });
  return inserted.length > 0;
}

/**
 * A reminder whose cause went away: its ledger rows are deleted (the keys are free again), its in-app rows marked
 * superseded, its queued external deliveries cancelled (one already sent stays sent).
 */
export async function supersedeMessages(tx: DbOrTx, messageIds: string[], at: Date): Promise<void> {
  if (messageIds.length === 0) return;
  await tx.delete(notificationReminders).where(inArray(notificationReminders.messageId, messageIds));
  await tx
    .update(notifications)
    .set({ supersededAt: at })
    .where(and(inArray(notifications.messageId, messageIds), isNull(notifications.supersededAt)));
  await tx
    .update(notificationDeliveries)
    .set({ status: 'cancelled', lastError: '提醒已过时（期限已变更或已完成）', updatedAt: at })
    .where(and(inArray(notificationDeliveries.messageId, messageIds), eq(notificationDeliveries.status, 'queued')));
}
