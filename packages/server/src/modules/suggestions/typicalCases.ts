/**
 * The typical-case library (docs/rules/suggestions.md#typical-cases): written by coordinators from a loss case (or by
 * hand), anonymised when saved — the text never holds a person's name, ID number or mobile — and read by everyone
 * who learns from cases. Drafts are seen by the coordinators of the author's region only; published cases by all
 * readers. Changes name the version they read.
 */
import { todayInChina } from '@shuangjiang/domain';
import { and, arrayContains, asc, desc, eq, like, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { writeAudit } from '../../platform/audit.js';
import { can } from '../../platform/auth/permissions.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { AppError, forbidden, notFound, validationFailed, versionConflict } from '../../platform/errors.js';
import { getCaseDetail } from '../cases/service.js';
import { anonymiseText, anonymousParties, type SourceParty } from './anonymise.js';
import type { SuggestionContext } from './context.js';
import type { typicalCreateBody, typicalListQuery, typicalUpdateBody } from './dto.js';
import { typicalCases } from './schema.js';

type Row = typeof typicalCases.$inferSelect;
const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** Published: every reader; drafts: the author's region's coordinators. */
function visible(p: Principal): SQL {
  const published = eq(typicalCases.status, 'published');
  if (can(p, 'typical_case.manage') && p.regionPath) {
    return or(published, like(typicalCases.regionPath, `${p.regionPath}%`)) as SQL;
  }
  return published;
}

const mayManage = (p: Principal, r: Row) =>
  can(p, 'typical_case.manage') && Boolean(p.regionPath) && r.regionPath.startsWith(p.regionPath ?? '\u0000');

function present(p: Principal, r: Row) {
  return {
    id: r.id,
    title: r.title,
    year: r.year,
    status: r.status,
    caseId: mayManage(p, r) ? r.caseId : null,
    caseNumber: r.caseNumber,
    parties: r.parties,
    domain: r.domain,
    reasons: r.reasons,
    tags: r.tags,
    summary: r.summary,
    lesson: r.lesson,
    version: r.version,
    canManage: mayManage(p, r),
  };
}

async function rowVisible(db: DbOrTx, p: Principal, id: string): Promise<Row> {
  if (!isUuid(id)) throw notFound('典型案例');
  const [row] = await db
    .select()
    .from(typicalCases)
    .where(and(eq(typicalCases.id, id), visible(p)));
  if (!row) throw notFound('典型案例');
  return row;
}

export async function listTypicalCases(db: DbOrTx, p: Principal, q: z.infer<typeof typicalListQuery>) {
  const where: SQL[] = [visible(p)];
  if (q.year) where.push(eq(typicalCases.year, q.year));
  if (q.status) where.push(eq(typicalCases.status, q.status));
  if (q.tag) {
    where.push(
      or(
        arrayContains(typicalCases.tags, [q.tag]),
        arrayContains(typicalCases.reasons, [q.tag]),
        eq(typicalCases.domain, q.tag),
      ) as SQL,
    );
  }
  const rows = await db
    .select()
    .from(typicalCases)
    .where(and(...where))
    .orderBy(desc(typicalCases.year), asc(typicalCases.createdAt))
    .limit(1000);
  return { items: rows.map((r) => present(p, r)) };
}

export async function getTypicalCase(db: DbOrTx, p: Principal, id: string) {
  return present(p, await rowVisible(db, p, id));
}

/** The source case's parties as the caller sees them (a coordinator: full names, to mask them in the text). */
async function sourceParties(db: DbOrTx, p: Principal, caseId: string) {
  const detail = await getCaseDetail(db, p, caseId).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND')
      throw validationFailed([{ field: 'caseId', message: '来源案件不存在或不在您的管辖范围内' }]);
    throw err;
  });
  const parties: SourceParty[] = detail.parties.map((x) => ({ side: x.side, partyType: x.partyType, name: x.name }));
  return { parties, caseNumber: detail.caseNumber, domain: detail.domainName ?? null };
}

export async function createTypicalCase(db: Db, ctx: SuggestionContext, body: z.infer<typeof typicalCreateBody>) {
  const p = ctx.principal;
  if (!p.regionPath) throw forbidden('没有所属地区，不能编写典型案例');
  const src = body.caseId ? await sourceParties(db, p, body.caseId) : null;
  const parties = src?.parties ?? [];
  const clean = (t: string) => anonymiseText(t, parties);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(typicalCases)
      .values({
        title: clean(body.title),
        year: body.year,
        caseId: body.caseId ?? null,
        caseNumber: src?.caseNumber ?? null,
        parties: anonymousParties(parties),
        domain: body.domain ?? src?.domain ?? null,
        reasons: body.reasons,
        tags: body.tags,
        summary: clean(body.summary),
        lesson: clean(body.lesson),
        regionPath: p.regionPath ?? '',
        createdBy: ctx.actor.userId,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', '保存失败');
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'typical_case',
      entityId: row.id,
      after: { title: row.title, year: row.year, caseId: row.caseId },
    });
    return present(p, row);
  });
}

export async function updateTypicalCase(
  db: Db,
  ctx: SuggestionContext,
  id: string,
  body: z.infer<typeof typicalUpdateBody>,
) {
  const p = ctx.principal;
  const current = await rowVisible(db, p, id);
  if (!mayManage(p, current)) throw notFound('典型案例');
  const parties = current.caseId ? (await sourceParties(db, p, current.caseId)).parties : [];
  const clean = (t: string | undefined) => (t === undefined ? undefined : anonymiseText(t, parties));
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(typicalCases)
      .set({
        title: clean(body.title),
        year: body.year,
        domain: body.domain,
        reasons: body.reasons,
        tags: body.tags,
        summary: clean(body.summary),
        lesson: clean(body.lesson),
        status: body.status,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(typicalCases.id, id), eq(typicalCases.version, body.version)))
      .returning();
    if (!row) throw versionConflict(null);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'typical_case',
      entityId: id,
      before: { status: current.status, title: current.title },
      after: { status: row.status, title: row.title },
    });
    return present(p, row);
  });
}

/** The year's published cases for the compilation (汇编), audited as an export. */
export async function compilationCases(db: Db, ctx: SuggestionContext, year: number) {
  const rows = await db
    .select()
    .from(typicalCases)
    .where(and(eq(typicalCases.year, year), eq(typicalCases.status, 'published')))
    .orderBy(asc(typicalCases.createdAt));
  await db.transaction((tx) =>
    writeAudit(tx, {
      actor: ctx.actor,
      action: 'export',
      entityType: 'typical_case',
      entityId: null,
      after: { compilation: year, cases: rows.length, on: todayInChina() },
    }),
  );
  return rows;
}
