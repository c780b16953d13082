import { and, desc, eq, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { type DocumentRow, documents } from './schema.js';

/** The columns of a document without its content (lists). */
const meta = {
  id: documents.id,
  kind: documents.kind,
  templateKey: documents.templateKey,
  version: documents.version,
  fileName: documents.fileName,
  mimeType: documents.mimeType,
  size: documents.size,
  sha256: documents.sha256,
  ownerType: documents.ownerType,
  ownerId: documents.ownerId,
  inputs: documents.inputs,
  reason: documents.reason,
  createdByName: documents.createdByName,
  createdAt: documents.createdAt,
};
export type DocumentMeta = Omit<DocumentRow, 'content' | 'createdBy'>;

export async function latestTemplate(db: DbOrTx, key: string): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.kind, 'template'), eq(documents.templateKey, key)))
    .orderBy(desc(documents.version))
    .limit(1);
  return row;
}

/** The number of the newest uploaded version of a template (uploaded by `at` when given); undefined: none. */
export async function latestTemplateVersion(db: DbOrTx, key: string, at?: Date): Promise<number | undefined> {
  const where = [eq(documents.kind, 'template'), eq(documents.templateKey, key)];
  if (at) where.push(lte(documents.createdAt, at));
  const [row] = await db
    .select({ version: documents.version })
    .from(documents)
    .where(and(...where))
    .orderBy(desc(documents.version))
    .limit(1);
  return row ? (row.version ?? 0) : undefined;
}

export async function templateVersion(db: DbOrTx, key: string, version: number): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.kind, 'template'), eq(documents.templateKey, key), eq(documents.version, version)));
  return row;
}

export async function templateVersions(db: DbOrTx, key: string): Promise<DocumentMeta[]> {
  return db
    .select(meta)
    .from(documents)
    .where(and(eq(documents.kind, 'template'), eq(documents.templateKey, key)))
    .orderBy(desc(documents.version));
}

export async function ownerDocuments(db: DbOrTx, ownerType: string, ownerId: string): Promise<DocumentMeta[]> {
  return db
    .select(meta)
    .from(documents)
    .where(and(eq(documents.ownerType, ownerType), eq(documents.ownerId, ownerId)))
    .orderBy(desc(documents.createdAt));
}

export async function documentById(db: DbOrTx, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db.select().from(documents).where(eq(documents.id, id));
  return row;
}

/** Inserts a document; a template version taken meanwhile (unique index) gives undefined. */
export async function insertDocument(
  db: DbOrTx,
  row: Omit<DocumentRow, 'id' | 'createdAt'>,
): Promise<DocumentMeta | undefined> {
  const [inserted] = await db
    .insert(documents)
    .values({ ...row, createdAt: sql`now()` })
    .onConflictDoNothing()
    .returning(meta);
  return inserted;
}
