/** Every SQL statement on the reports table; lists and single reads take the caller's region path (policy in service.ts). */
import { and, desc, eq, like, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import type { ReportKind } from './constants.js';
import type { ReportContent, ReportDifference } from './content.js';
import { type NewReport, type ReportRow, reports } from './schema.js';

export async function reportById(db: DbOrTx, id: string): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(reports).where(eq(reports.id, id));
  return row;
}

/** The newest edition of a notice (kind, period, region). */
export async function latestEdition(
  db: DbOrTx,
  key: { kind: ReportKind; period: string; regionCode: string },
): Promise<ReportRow | undefined> {
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.kind, key.kind), eq(reports.period, key.period), eq(reports.regionCode, key.regionCode)))
    .orderBy(desc(reports.edition))
    .limit(1);
  return row;
}

export async function insertReport(db: DbOrTx, row: NewReport): Promise<ReportRow> {
  const [inserted] = await db.insert(reports).values(row).returning();
  return inserted!;
}

/** A draft's figures recomputed; undefined when it was issued or changed meanwhile. */
export async function redraft(
  db: DbOrTx,
  id: string,
  version: number,
  set: { content: ReportContent; differences: ReportDifference[] | null; at: Date },
): Promise<ReportRow | undefined> {
  const [row] = await db
    .update(reports)
    .set({
      content: set.content,
      differences: set.differences,
      version: sql`${reports.version} + 1`,
      updatedAt: set.at,
    })
    .where(and(eq(reports.id, id), eq(reports.version, version), eq(reports.status, 'draft')))
    .returning();
  return row;
}

/** Issue a draft at the version the caller saw, with the template it is issued with; undefined when it moved meanwhile or is issued. */
export async function markIssued(
  db: DbOrTx,
  id: string,
  version: number,
  by: { id: string | null; name: string; at: Date },
  template: { key: string; version: number },
): Promise<ReportRow | undefined> {
  const [row] = await db
    .update(reports)
    .set({
      status: 'issued',
      issuedBy: by.id,
      issuedByName: by.name,
      issuedAt: by.at,
      templateKey: template.key,
      templateVersion: template.version,
      version: sql`${reports.version} + 1`,
      updatedAt: by.at,
    })
    .where(and(eq(reports.id, id), eq(reports.version, version), eq(reports.status, 'draft')))
    .returning();
  return row;
}

export async function listReports(
  db: DbOrTx,
  f: { regionPath: string; kind?: ReportKind; region?: string },
  limit: number,
): Promise<ReportRow[]> {
  const where = [like(reports.regionPath, `${f.regionPath}%`)];
  if (f.kind) where.push(eq(reports.kind, f.kind));
  if (f.region) where.push(eq(reports.regionCode, f.region));
  return db
    .select()
    .from(reports)
    .where(and(...where))
    .orderBy(desc(reports.periodFrom), reports.kind, reports.regionCode, desc(reports.edition))
    .limit(limit);
}
