import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The audit log (审计日志): one row per change, sign-in, export or unmasking, written in the same transaction as the
 * change by platform/audit.ts (writeAudit), which every module calls: the platform owns the table it writes; the audit
 * module (modules/audit) reads it for the log screen. Append-only: a trigger rejects UPDATE, DELETE and TRUNCATE
 * (modules/audit/sql/audit_log.sql, applied by a migration).
 * The actor's name is copied so the row still reads correctly after the account changes.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    ip: text('ip'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    diff: jsonb('diff'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_actor_idx').on(t.actorUserId),
    index('audit_log_action_idx').on(t.action),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
