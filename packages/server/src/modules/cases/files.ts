/**
 * A case's documents (文书: the uploaded judgments) for those who may read the case: the list (without contents) and
 * one file as uploaded. The case's scope applies exactly as for the case detail (a case outside it, or a deleted case
 * for someone who may not see deleted cases, is "not found"); a file of another case is "not found" too. Each
 * download is audited (action 'export', entity 'case_file'): judgments carry personal data.
 */
import { and, desc, eq } from 'drizzle-orm';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { accountSummary } from '../users/public.js';
import type { JudgmentType } from './judgment.js';
import { canSeeDeleted } from './policy.js';
import { findCaseInScope, isUuid } from './repository.js';
import { caseFiles } from './schema.js';

export interface CaseFileOut {
  id: string;
  purpose: string;
  fileName: string;
  type: JudgmentType | null;
  mimeType: string;
  size: number;
  createdAt: string;
  createdByName: string | null;
  /** The outcome proposed from the document when it was uploaded. */
  outcomeLabel: string | null;
}

const typeOf = (mime: string): JudgmentType | null =>
  mime === 'application/pdf'
    ? 'pdf'
    : mime.includes('wordprocessingml')
      ? 'docx'
      : mime.startsWith('text/plain')
        ? 'txt'
        : null;

async function caseForReading(db: DbOrTx, principal: Principal, caseId: string): Promise<void> {
  const row = await findCaseInScope(db, principal, caseId, { includeDeleted: canSeeDeleted(principal) });
  if (!row) throw notFound('案件');
}

export async function listCaseFiles(db: DbOrTx, principal: Principal, caseId: string): Promise<CaseFileOut[]> {
  await caseForReading(db, principal, caseId);
  const rows = await db
    .select({
      id: caseFiles.id,
      purpose: caseFiles.purpose,
      fileName: caseFiles.fileName,
      mimeType: caseFiles.mimeType,
      size: caseFiles.size,
      createdAt: caseFiles.createdAt,
      createdBy: caseFiles.createdBy,
      extracted: caseFiles.extracted,
    })
    .from(caseFiles)
    .where(eq(caseFiles.caseId, caseId))
    .orderBy(desc(caseFiles.createdAt), desc(caseFiles.id));
  // Uploaders' names from the accounts module (a case has a handful of documents).
  const names = new Map<string, string | null>();
  for (const id of new Set(rows.map((r) => r.createdBy).filter((x): x is string => x !== null))) {
    names.set(id, (await accountSummary(db, id))?.displayName ?? null);
  }
  return rows.map((r) => ({
    id: r.id,
    purpose: r.purpose,
    fileName: r.fileName,
    type: typeOf(r.mimeType),
    mimeType: r.mimeType,
    size: r.size,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdBy ? (names.get(r.createdBy) ?? null) : null,
    outcomeLabel: (r.extracted as { outcomeLabel?: string | null } | null)?.outcomeLabel ?? null,
  }));
}

export interface CaseFileContent {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

/** One file of a case as uploaded; the download is audited. */
export async function readCaseFile(
  db: DbOrTx,
  principal: Principal,
  actor: AuditActor,
  caseId: string,
  fileId: string,
): Promise<CaseFileContent> {
  await caseForReading(db, principal, caseId);
  if (!isUuid(fileId)) throw notFound('文件');
  const [file] = await db
    .select({ fileName: caseFiles.fileName, mimeType: caseFiles.mimeType, content: caseFiles.content })
    .from(caseFiles)
    .where(and(eq(caseFiles.id, fileId), eq(caseFiles.caseId, caseId)));
  if (!file) throw notFound('文件');
  await writeAudit(db, {
    actor,
    action: 'export',
    entityType: 'case_file',
    entityId: fileId,
    after: { caseId, fileName: file.fileName, size: file.content.length },
  });
  return file;
}
