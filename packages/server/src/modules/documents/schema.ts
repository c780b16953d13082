import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/db/columns.js';
import { users } from '../users/schema.js';

/**
 * The document store (docs/rules/documents.md): Word templates a coordinator uploads and the files generated from them.
 * Rows are immutable — a new template is a new version, a regenerated document a new row — so what was issued can
 * always be shown as it was, with its content hash and the inputs it was made from. Unlike `case_files` a document
 * need not belong to a case (`owner_type`/`owner_id` say what it belongs to, if anything).
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 'template' (uploaded Word template) | 'generated' (made from a template) | 'uploaded' (a user's file, e.g. evidence) */
    kind: text('kind').notNull(),
    /** Which template, e.g. 'case.assignment-form' (documents/templates). */
    templateKey: text('template_key').notNull(),
    /** Templates: 1, 2, 3 … per key (0, the built-in one, is not stored). Generated documents: null. */
    version: integer('version'),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    /** What a generated document belongs to: 'case' and the case id; null for templates. */
    ownerType: text('owner_type'),
    ownerId: uuid('owner_id'),
    /** Generated: the template (id or null for built-in, version, sha256), the owner's version and the values filled in. */
    inputs: jsonb('inputs'),
    /** Templates: why this version was uploaded. */
    reason: text('reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('documents_template_version_uq').on(t.templateKey, t.version).where(sql`kind = 'template'`),
    index('documents_owner_idx').on(t.ownerType, t.ownerId, t.createdAt),
  ],
);

export type DocumentRow = typeof documents.$inferSelect;
