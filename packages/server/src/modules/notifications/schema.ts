import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/schema.js';
import { DELIVERY_STATUSES, EXTERNAL_CHANNELS, NOTIFICATION_KINDS } from './constants.js';

/**
 * One message as a cause produced it (`notify(tx, …)`): what it says and where it leads. Its in-app rows and its
 * outbox rows hang off it. `dedupeKey` (optional, unique) makes a repeated cause a no-op: the yearly "holiday schedule
 * missing" warning is sent once per year however often its job runs.
 */
export const notificationMessages = pgTable(
  'notification_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** Path of the object in the web app, e.g. `/cases/<id>`; null when there is none. */
    link: text('link'),
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('notification_messages_dedupe_uq').on(t.dedupeKey)],
);

/**
 * The in-app notification centre: one row per message and recipient, created exactly once (unique pair). `supersededAt`
 * is set when the cause no longer holds (a reminder whose deadline moved or was met): the row stays, marked 已过时.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => notificationMessages.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    readAt: timestamp('read_at', { withTimezone: true }),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notifications_message_user_uq').on(t.messageId, t.userId),
    index('notifications_user_created_idx').on(t.userId, t.createdAt.desc(), t.id.desc()),
    index('notifications_user_unread_idx').on(t.userId).where(sql`read_at is null`),
  ],
);

/**
 * The outbox of external channels: one row per message × recipient × channel, written in the caller's transaction
 * and sent by `deliverDue`. `idempotencyKey` is unique (a second `notify` of the same message cannot queue it twice) and
 * goes to the provider where it takes one (Aliyun OutId, Tencent SessionContext, the e-mail's Message-ID).
 * queued → sending (claimed, with a lease) → sent | queued again (retry, backoff) | failed; a claim whose lease
 * expired without a result becomes `uncertain` and is never retried by itself (a coordinator may resend).
 */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => notificationMessages.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    channel: text('channel', { enum: EXTERNAL_CHANNELS }).notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('queued'),
    idempotencyKey: text('idempotency_key').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    claimedBy: text('claimed_by'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** The address used, masked (138****5678, w***@example.cn): for the coordinator's table, never the full value. */
    addressMasked: text('address_masked'),
    providerMessageId: text('provider_message_id'),
    /** The last failure in words (no credentials, no full address). */
    lastError: text('last_error'),
    /** The row this one falls back from (its channel failed) or resends (a coordinator's resend). */
    previousId: uuid('previous_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notification_deliveries_key_uq').on(t.idempotencyKey),
    index('notification_deliveries_due_idx').on(t.nextAttemptAt).where(sql`status = 'queued'`),
    index('notification_deliveries_lease_idx').on(t.leaseUntil).where(sql`status = 'sending'`),
    index('notification_deliveries_message_idx').on(t.messageId),
    index('notification_deliveries_status_created_idx').on(t.status, t.createdAt.desc()),
  ],
);

/**
 * The reminders' sent-ledger (docs/rules/reminders.md#ledger): one row per (deadline, offset, recipient) with the due
 * date it was computed for. A moved date or a met deadline supersedes the reminder and frees the key.
 */
export const notificationReminders = pgTable(
  'notification_reminders',
  {
    deadlineId: uuid('deadline_id').notNull(),
    offsetDays: integer('offset_days').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => notificationMessages.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.deadlineId, t.offsetDays, t.userId] }),
    index('notification_reminders_message_idx').on(t.messageId),
  ],
);

export type NotificationMessageRow = typeof notificationMessages.$inferSelect;
export type NotificationRow = typeof notifications.$inferSelect;
export type DeliveryRow = typeof notificationDeliveries.$inferSelect;
