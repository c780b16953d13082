/**
 * Suggestions that must be answered (docs/rules/suggestions.md#register): registered by a coordinator with the
 * document, answered by the agency's clerk with the reply, reminded before and after the due date, counted per agency
 * as 及时答复率 (docs/rules/accountability.md#on-time-reply-rate). Scope: scope.ts. Each change writes its audit row in
 * its transaction and names the version it read (409 when stale).
 */
import {
  onTimeReplyRate,
  replyDateProblem,
  SUGGESTION_KIND_TABLE,
  type SuggestionKind,
  suggestionDue,
  suggestionKindRule,
  suggestionStatus,
  todayInChina,
} from '@shuangjiang/domain';
import { and, asc, desc, eq, gte, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { writeAudit } from '../../platform/audit.js';
import { can } from '../../platform/auth/permissions.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { AppError, forbidden, notFound, validationFailed, versionConflict } from '../../platform/errors.js';
import { checkedUpload } from '../../platform/files/uploads.js';
import { loadCalendar } from '../cases/public.js';
import { agenciesByIds, agencyById } from '../org/public.js';
import type { FilePurpose } from './constants.js';
import type { SuggestionContext } from './context.js';
import type { answerBody, createSuggestionBody, suggestionListQuery, updateSuggestionBody } from './dto.js';
import { suggestionFiles, suggestions } from './schema.js';
import { inScope, scopeSql } from './scope.js';
import { suggestionSetting } from './settings.js';

type Row = typeof suggestions.$inferSelect;
const dayNo = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

async function agencyInScope(db: DbOrTx, p: Principal, agencyId: string) {
  const a = await agencyById(db, agencyId);
  if (!a || !inScope(p, { agencyId: a.id, regionPath: a.regionPath }))
    throw validationFailed([{ field: 'agencyId', message: '承办机关不存在或不在您的管辖范围内' }]);
  return a;
}

async function rowInScope(db: DbOrTx, p: Principal, id: string): Promise<Row> {
  if (!isUuid(id)) throw notFound('建议');
  const [row] = await db
    .select()
    .from(suggestions)
    .where(and(eq(suggestions.id, id), scopeSql(p, suggestions)));
  if (!row) throw notFound('建议');
  return row;
}

function present(p: Principal, r: Row, names: Map<string, string>, today: string, dueSoonDays: number) {
  const status = suggestionStatus({ due: r.due, repliedOn: r.repliedOn }, today, dueSoonDays);
  const open = !r.repliedOn;
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: suggestionKindRule(r.kind).label,
    issuer: r.issuer,
    docNumber: r.docNumber,
    title: r.title,
    summary: r.summary,
    receivedOn: r.receivedOn,
    statedDue: r.statedDue,
    due: r.due,
    dueFrom: r.dueFrom,
    dueBasis: r.dueBasis,
    agencyId: r.agencyId,
    agencyName: names.get(r.agencyId) ?? '',
    caseId: r.caseId,
    status,
    daysLeft: open && r.due ? dayNo(r.due) - dayNo(today) : null,
    repliedOn: r.repliedOn,
    replySummary: r.replySummary,
    repliedByName: r.repliedByName,
    version: r.version,
    canAnswer: open && can(p, 'suggestion.answer'),
    canManage: open && can(p, 'suggestion.manage'),
  };
}

async function agencyNames(db: DbOrTx, ids: string[]) {
  const rows = await agenciesByIds(db, [...new Set(ids)]);
  return new Map(rows.map((a) => [a.id, a.shortName ?? a.name]));
}

async function detail(db: DbOrTx, p: Principal, r: Row) {
  const setting = await suggestionSetting(db);
  const files = await db
    .select({
      id: suggestionFiles.id,
      purpose: suggestionFiles.purpose,
      fileName: suggestionFiles.fileName,
      size: suggestionFiles.size,
      createdByName: suggestionFiles.createdByName,
      createdAt: suggestionFiles.createdAt,
    })
    .from(suggestionFiles)
    .where(eq(suggestionFiles.suggestionId, r.id))
    .orderBy(asc(suggestionFiles.createdAt));
  return {
    ...present(p, r, await agencyNames(db, [r.agencyId]), todayInChina(), setting.dueSoonDays),
    files: files.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
  };
}

export async function listSuggestions(db: DbOrTx, p: Principal, q: z.infer<typeof suggestionListQuery>) {
  const where: SQL[] = [scopeSql(p, suggestions)];
  if (q.kind) where.push(eq(suggestions.kind, q.kind));
  if (q.agencyId) where.push(eq(suggestions.agencyId, q.agencyId));
  if (q.year) {
    where.push(gte(suggestions.receivedOn, `${q.year}-01-01`), lte(suggestions.receivedOn, `${q.year}-12-31`));
  }
  const rows = await db
    .select()
    .from(suggestions)
    .where(and(...where))
    .orderBy(desc(suggestions.receivedOn), desc(suggestions.createdAt))
    .limit(1000);
  const setting = await suggestionSetting(db);
  const names = await agencyNames(
    db,
    rows.map((r) => r.agencyId),
  );
  const today = todayInChina();
  const items = rows.map((r) => present(p, r, names, today, setting.dueSoonDays));
  return { items: q.status ? items.filter((i) => i.status === q.status) : items };
}

export async function getSuggestion(db: DbOrTx, p: Principal, id: string) {
  return detail(db, p, await rowInScope(db, p, id));
}

export async function createSuggestion(db: Db, ctx: SuggestionContext, body: z.infer<typeof createSuggestionBody>) {
  const today = todayInChina();
  if (body.receivedOn > today) throw validationFailed([{ field: 'receivedOn', message: '收到日期不能晚于今天' }]);
  if (body.statedDue && body.statedDue < body.receivedOn)
    throw validationFailed([{ field: 'statedDue', message: '答复期限不能早于收到日期' }]);
  return db.transaction(async (tx) => {
    const agency = await agencyInScope(tx, ctx.principal, body.agencyId);
    const setting = await suggestionSetting(tx);
    const due = suggestionDue(
      { kind: body.kind, receivedOn: body.receivedOn, statedDue: body.statedDue ?? null },
      await loadCalendar(tx),
      setting.periods,
    );
    const [row] = await tx
      .insert(suggestions)
      .values({
        kind: body.kind,
        issuer: body.issuer,
        docNumber: body.docNumber ?? null,
        title: body.title,
        summary: body.summary ?? null,
        receivedOn: body.receivedOn,
        statedDue: body.statedDue ?? null,
        due: due.due,
        dueFrom: due.from,
        dueBasis: due.basis,
        agencyId: agency.id,
        regionPath: agency.regionPath,
        caseId: body.caseId ?? null,
        createdBy: ctx.actor.userId,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', '保存失败');
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'suggestion',
      entityId: row.id,
      after: { kind: row.kind, issuer: row.issuer, agencyId: row.agencyId, receivedOn: row.receivedOn, due: row.due },
    });
    return detail(tx, ctx.principal, row);
  });
}

async function updateAt(tx: DbOrTx, row: Row, version: number, values: Partial<Row>) {
  const [updated] = await tx
    .update(suggestions)
    .set({ ...values, version: row.version + 1, updatedAt: new Date() })
    .where(and(eq(suggestions.id, row.id), eq(suggestions.version, version)))
    .returning();
  if (!updated) throw versionConflict(null);
  return updated;
}

/** Reassign to another agency in scope, or correct the title and summary; not once answered. */
export async function updateSuggestion(
  db: Db,
  ctx: SuggestionContext,
  id: string,
  body: z.infer<typeof updateSuggestionBody>,
) {
  return db.transaction(async (tx) => {
    const row = await rowInScope(tx, ctx.principal, id);
    if (row.version !== body.version) throw versionConflict(null);
    if (row.repliedOn) throw new AppError('UNPROCESSABLE', '建议已答复，不能再修改');
    const values: Partial<Row> = {};
    if (body.agencyId && body.agencyId !== row.agencyId) {
      const a = await agencyInScope(tx, ctx.principal, body.agencyId);
      Object.assign(values, { agencyId: a.id, regionPath: a.regionPath });
    }
    if (body.title !== undefined) values.title = body.title;
    if (body.summary !== undefined) values.summary = body.summary;
    const updated = await updateAt(tx, row, body.version, values);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'suggestion',
      entityId: id,
      before: { agencyId: row.agencyId, title: row.title },
      after: { agencyId: updated.agencyId, title: updated.title },
    });
    return detail(tx, ctx.principal, updated);
  });
}

/** The document (coordinators) or the reply (whoever may answer), PDF/Word/JPG/PNG up to 20 MB. */
export async function uploadSuggestionFile(
  db: Db,
  ctx: SuggestionContext,
  id: string,
  purpose: FilePurpose,
  file: { fileName: string; content: Buffer },
) {
  const perm = purpose === 'document' ? 'suggestion.manage' : 'suggestion.answer';
  if (!can(ctx.principal, perm)) throw forbidden(purpose === 'document' ? '仅协调员可上传建议书' : '无权上传答复函');
  const upload = checkedUpload(file);
  return db.transaction(async (tx) => {
    const row = await rowInScope(tx, ctx.principal, id);
    if (purpose === 'reply' && row.repliedOn) throw new AppError('UNPROCESSABLE', '建议已答复');
    const [f] = await tx
      .insert(suggestionFiles)
      .values({
        suggestionId: row.id,
        purpose,
        ...upload,
        createdBy: ctx.actor.userId,
        createdByName: ctx.actor.name,
      })
      .returning({ id: suggestionFiles.id });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'suggestion_file',
      entityId: f?.id ?? null,
      after: { suggestionId: row.id, purpose, fileName: file.fileName, size: file.content.length },
    });
    return detail(tx, ctx.principal, row);
  });
}

/** Records the answer: the reply date and summary; a reply file must have been uploaded. Closes the suggestion. */
export async function answerSuggestion(db: Db, ctx: SuggestionContext, id: string, body: z.infer<typeof answerBody>) {
  return db.transaction(async (tx) => {
    const row = await rowInScope(tx, ctx.principal, id);
    if (row.version !== body.version) throw versionConflict(null);
    if (row.repliedOn) throw new AppError('UNPROCESSABLE', '建议已答复');
    const problem = replyDateProblem(row.receivedOn, body.repliedOn, todayInChina());
    if (problem) throw validationFailed([{ field: 'repliedOn', message: problem }]);
    const [reply] = await tx
      .select({ id: suggestionFiles.id })
      .from(suggestionFiles)
      .where(and(eq(suggestionFiles.suggestionId, id), eq(suggestionFiles.purpose, 'reply')))
      .limit(1);
    if (!reply) throw validationFailed([{ field: 'file', message: '请先上传答复函' }]);
    const updated = await updateAt(tx, row, body.version, {
      repliedOn: body.repliedOn,
      replySummary: body.replySummary,
      repliedBy: ctx.actor.userId,
      repliedByName: ctx.actor.name,
      repliedAt: new Date(),
    });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'suggestion',
      entityId: id,
      before: { repliedOn: null },
      after: { repliedOn: updated.repliedOn, due: updated.due },
    });
    return detail(tx, ctx.principal, updated);
  });
}

/** One file as uploaded, for those who see the suggestion; audited as an export. */
export async function readSuggestionFile(db: Db, ctx: SuggestionContext, id: string, fileId: string) {
  const row = await rowInScope(db, ctx.principal, id);
  if (!isUuid(fileId)) throw notFound('文件');
  const [f] = await db
    .select()
    .from(suggestionFiles)
    .where(and(eq(suggestionFiles.id, fileId), eq(suggestionFiles.suggestionId, row.id)));
  if (!f) throw notFound('文件');
  await db.transaction((tx) =>
    writeAudit(tx, {
      actor: ctx.actor,
      action: 'export',
      entityType: 'suggestion_file',
      entityId: f.id,
      after: { fileName: f.fileName },
    }),
  );
  return f;
}

/** The kinds with the period in force (configured or the table) and its basis. */
export async function suggestionKinds(db: DbOrTx) {
  const setting = await suggestionSetting(db);
  return {
    items: SUGGESTION_KIND_TABLE.map((r) => {
      const configured = setting.periods[r.kind as SuggestionKind];
      return {
        kind: r.kind,
        label: r.label,
        period: configured ?? r.period,
        configured: Boolean(configured),
        basis: configured ? '本地配置的答复期限' : r.basis,
      };
    }),
    dueSoonDays: setting.dueSoonDays,
  };
}

const rateOf = (r: ReturnType<typeof onTimeReplyRate>) => ({
  numerator: r.numerator,
  denominator: r.denominator,
  value: r.value,
  overdue: r.overdueIds.length,
  late: r.lateIds.length,
  notYetDue: r.notYetDueIds.length,
  withoutDue: r.withoutDueIds.length,
});

/**
 * 及时答复率 of the year (suggestions due in it; as of today, one not yet due and open is not counted), in total and per
 * agency, over the suggestions the caller sees. Suggestions without a due date are counted apart.
 */
export async function suggestionFigures(db: DbOrTx, p: Principal, year: number) {
  const asOf = todayInChina();
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const rows = await db
    .select({
      id: suggestions.id,
      agencyId: suggestions.agencyId,
      due: suggestions.due,
      repliedOn: suggestions.repliedOn,
      receivedOn: suggestions.receivedOn,
    })
    .from(suggestions)
    .where(
      and(
        scopeSql(p, suggestions),
        or(
          and(gte(suggestions.due, from), lte(suggestions.due, to)),
          and(isNull(suggestions.due), gte(suggestions.receivedOn, from), lte(suggestions.receivedOn, to)),
        ),
      ),
    );
  const period = { from, to };
  const names = await agencyNames(
    db,
    rows.map((r) => r.agencyId),
  );
  const byAgency = new Map<string, typeof rows>();
  for (const r of rows) byAgency.set(r.agencyId, [...(byAgency.get(r.agencyId) ?? []), r]);
  return {
    year,
    asOf,
    total: rateOf(onTimeReplyRate(rows, period, asOf)),
    byAgency: [...byAgency]
      .map(([agencyId, rs]) => ({
        agencyId,
        agencyName: names.get(agencyId) ?? '',
        received: rs.length,
        ...rateOf(onTimeReplyRate(rs, period, asOf)),
      }))
      .sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'zh')),
  };
}
