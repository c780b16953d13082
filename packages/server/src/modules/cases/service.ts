/**
 * Use cases of the case registry. Each command runs in one transaction that also writes its audit row (so a failed
 * change leaves no audit row) and, where meaningful, a timeline event; deadlines are re-computed when the dates
 * they depend on change. Scope: every read and write goes through `caseScopeCondition` (policy.ts); a case outside
 * the caller's scope is NOT_FOUND.
 */
import {
  caseGovernmentLost,
  classifyOutcomeForKind,
  followsReviewedJudgment,
  getDeadlineRule,
  OUTCOMES_FOLLOWING_REVIEWED_JUDGMENT,
  type RecordedOutcome,
  type WorkCalendar,
} from '@shuangjiang/domain';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import { can } from '../../platform/auth/permissions.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { AppError, forbidden, notFound, validationFailed, versionConflict } from '../../platform/errors.js';
import { resolveCaseNumber } from './caseNumber.js';
import type { CaseInstance, CaseKind, EventType } from './constants.js';
import { EVENT_TYPE_LABELS, LINK_TYPE_LABELS } from './constants.js';
import { checkDates } from './dateChecks.js';
import { loadCalendar, syncCaseDeadlines } from './deadlines.js';
import type { CreateCaseInput, DeadlinePatchInput, ListQuery, PartyInput, UpdateCaseInput } from './dto.js';
import { checkOutcomeFitsKind } from './outcomeKind.js';
import { canSeeDeleted, countyPath } from './policy.js';
import { outcomeLabel, presentDetail, presentListItem, presentParty, todayInChina } from './presenter.js';
import {
  adminDomainExists,
  agenciesByIds,
  type CaseInsert,
  type CaseRow,
  type Cursor,
  courtByCode,
  duplicateCaseNumber,
  findCaseDetailInScope,
  findCaseInScope,
  isUniqueViolation,
  listCases,
  loadCaseDetail,
  type PartyRow,
  partiesOf,
  regionPathOf,
  SORT_KEYS,
  updateCaseAtVersion,
} from './repository.js';
import { caseDeadlines, caseEvents, caseLinks, caseParties, cases } from './schema.js';
import { assertStillInScope } from './writeScope.js';

export interface CaseContext {
  principal: Principal;
  actor: AuditActor;
}

/** Counting stops at this many rows; above it the list reports "10000+" (`totalIsEstimate`). */
export const LIST_COUNT_CAP = 10_000;
export const MAX_PAGE_SIZE = 200;

// ---------------------------------------------------------------------------------------------------------------
// Reads

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(text: string, sort: Cursor['s'], order: Cursor['o']): Cursor {
  const bad = () => validationFailed([{ field: 'cursor', message: '游标无效或与排序方式不一致，请从第一页重新开始' }]);
  let c: Cursor;
  try {
    c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
  } catch {
    throw bad();
  }
  if (
    !c ||
    c.s !== sort ||
    c.o !== order ||
    !SORT_KEYS.includes(c.s) ||
    typeof c.id !== 'string' ||
    !/^[0-9a-f-]{36}$/i.test(c.id) ||
    (c.v !== null && typeof c.v !== 'string')
  ) {
    throw bad();
  }
  return c;
}

export async function listCasesFor(db: DbOrTx, principal: Principal, q: ListQuery) {
  if (q.includeDeleted && !canSeeDeleted(principal)) throw forbidden('仅协调员可查看已删除的案件');
  const cursor = q.cursor ? decodeCursor(q.cursor, q.sort, q.order) : undefined;
  const result = await listCases(db, principal, {
    filters: {
      kind: q.kind,
      status: q.status,
      outcome: q.outcome,
      riskLevel: q.riskLevel,
      instance: q.instance,
      regionCode: q.regionCode,
      agencyId: q.agencyId,
      courtAgencyId: q.courtAgencyId,
      domain: q.domain,
      governmentLost: q.governmentLost,
      year: q.year,
      q: q.q,
      includeDeleted: q.includeDeleted,
      dueBy: q.dueBy,
    },
    sort: q.sort,
    order: q.order,
    pageSize: Math.min(q.pageSize, MAX_PAGE_SIZE),
    page: q.page,
    cursor,
    countCap: LIST_COUNT_CAP,
  });
  const last = result.rows[result.rows.length - 1];
  return {
    items: result.rows.map(presentListItem),
    total: result.total,
    totalIsEstimate: result.totalIsEstimate,
    nextCursor:
      result.hasMore && last ? encodeCursor({ s: q.sort, o: q.order, v: last.sortValue, id: last.id! }) : null,
  };
}

export async function getCaseDetail(db: DbOrTx, principal: Principal, id: string) {
  // Who the case is assigned to (experts, discipline commission) only for those who assign.
  const withAssignments = can(principal, 'case.assign');
  const found = await findCaseDetailInScope(db, principal, id, {
    includeDeleted: canSeeDeleted(principal),
    withAssignments,
  });
  if (!found) throw notFound('案件');
  const detail = presentDetail(found.row, found.parts, principal);
  if (withAssignments) detail.assignments = found.assignments;
  return detail;
}

// ---------------------------------------------------------------------------------------------------------------
// Outcome → loss (docs/rules/outcomes-and-loss.md#败诉)

/**
 * 败诉 comes from the domain's one rule (loss.ts, caseLoss.ts): `governmentLostOf` for an outcome code (re-exported for
 * the demo data and the imports), `caseGovernmentLost` for a recorded case (its operative text decides when it states
 * the outcome), `followsReviewedJudgment` for an appeal that takes the result of the judgment it reviewed
 * (驳回上诉维持, 撤回上诉: 行政诉讼法第八十九条). A reversal (改判) keeps its own result, a remand stays undecided.
 */
export { governmentLostOf } from '@shuangjiang/domain';

/** The first-instance case an appeal is linked to (`appeal_of`), if any and not deleted. */
async function appealedCase(tx: DbOrTx, appealId: string): Promise<{ governmentLost: boolean | null } | null> {
  const [row] = await tx
    .select({ governmentLost: cases.governmentLost })
    .from(caseLinks)
    .innerJoin(cases, eq(cases.id, caseLinks.toCaseId))
    .where(and(eq(caseLinks.fromCaseId, appealId), eq(caseLinks.linkType, 'appeal_of'), isNull(cases.deletedAt)))
    .limit(1);
  return row ?? null;
}

/**
 * 败诉 of a case: its own (`caseGovernmentLost`), or — for an appeal whose own result is undecided and whose outcome
 * leaves the first instance in force — the linked first instance's (null while none is linked).
 */
async function effectiveGovernmentLost(tx: DbOrTx, caseId: string | null, c: RecordedOutcome): Promise<boolean | null> {
  const own = caseGovernmentLost(c);
  if (!followsReviewedJudgment(c.outcome, own)) return own;
  const first = caseId ? await appealedCase(tx, caseId) : null;
  return first ? first.governmentLost : own;
}

/**
 * After a case's 败诉 changed: the appeals linked to it whose outcome follows the first instance take the new value
 * (and their loss deadlines follow). Returns the ids of the appeals changed.
 */
async function propagateToAppeals(
  tx: DbOrTx,
  firstInstance: CaseRow,
  by: string | null,
  calendar: WorkCalendar,
): Promise<string[]> {
  const appeals = await tx
    .select()
    .from(cases)
    .innerJoin(caseLinks, eq(caseLinks.fromCaseId, cases.id))
    .where(
      and(
        eq(caseLinks.toCaseId, firstInstance.id),
        eq(caseLinks.linkType, 'appeal_of'),
        inArray(cases.outcome, [...OUTCOMES_FOLLOWING_REVIEWED_JUDGMENT]),
        isNull(cases.deletedAt),
        sql`${cases.governmentLost} is distinct from ${firstInstance.governmentLost}`,
      ),
    );
  const changed: string[] = [];
  for (const { cases: appeal } of appeals) {
    // An appeal whose own result is decided keeps it (撤回起诉 on appeal is no loss, whatever the first instance said).
    if (!followsReviewedJudgment(appeal.outcome, caseGovernmentLost({ ...appeal, kind: appeal.kind as CaseKind }))) {
      continue;
    }
    const row = await updateCaseAtVersion(tx, appeal.id, appeal.version, {
      governmentLost: firstInstance.governmentLost,
      updatedBy: by,
    });
    if (row) {
      await syncCaseDeadlines(tx, row.id, deadlineInputs(row), calendar);
      changed.push(row.id);
    }
  }
  return changed;
}

// ---------------------------------------------------------------------------------------------------------------
// Create / update

type Values = Omit<CaseInsert, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

/** Turns an input (create or patch) plus the current record into the row to store and the parties to write. */
async function resolveValues(
  tx: DbOrTx,
  input: CreateCaseInput | UpdateCaseInput,
  current: CaseRow | null,
  currentParties: PartyRow[],
): Promise<{ values: Values; parties: PartyInput[] | null }> {
  const kind = (input.kind ?? current?.kind) as CaseKind;
  const v: Values = current
    ? (({ id: _i, createdAt: _c, updatedAt: _u, version: _v, ...rest }) => rest)(current)
    : { kind, regionCode: '', regionPath: '' };
  v.kind = kind;
  const set = <K extends keyof Values>(k: K, value: Values[K] | undefined) => {
    if (value !== undefined) v[k] = value;
  };

  // 案号
  const numberChanged =
    input.caseNumber !== undefined && (input.caseNumber ?? null) !== (current?.caseNumberRaw ?? null);
  if (numberChanged || (input.kind !== undefined && input.kind !== current?.kind)) {
    if (kind === 'litigation') {
      const { fields, parsed } = resolveCaseNumber(
        input.caseNumber ?? current?.caseNumberRaw,
        !!input.acceptUnverified,
      );
      Object.assign(v, fields);
      if (parsed) {
        if (input.instance === undefined) v.instance = parsed.type.instance;
        if (input.courtCode === undefined && parsed.court.code) v.courtCode = parsed.court.code;
        if (input.courtAgencyId === undefined && parsed.court.code) {
          v.courtAgencyId = (await courtByCode(tx, parsed.court.code))?.id ?? v.courtAgencyId ?? null;
        }
      }
    } else {
      // 复议/争议 numbers are the body's own numbering (no national standard): stored as typed, without spaces.
      const text = (input.caseNumber === undefined ? current?.caseNumberRaw : input.caseNumber)?.trim() || null;
      Object.assign(v, {
        caseNumber: text ? text.replace(/\s+/g, '') : null,
        caseNumberRaw: text,
        caseNumberStatus: text ? 'valid' : null,
        caseNumberTail: null,
        caseYear: null,
        caseSeq: null,
      });
    }
  }

  set('instance', input.instance);
  set('courtCode', input.courtCode);
  set('courtAgencyId', input.courtAgencyId);
  set('receivedDate', input.receivedDate);
  set('filedDate', input.filedDate);
  set('complaintReceivedDate', input.complaintReceivedDate);
  set('causeOfAction', input.causeOfAction);
  set('contestedAct', input.contestedAct);
  set('actKind', input.actKind);
  set('domain', input.domain);
  set('amountClaimed', input.amountClaimed);
  set('normativeDocReview', input.normativeDocReview);
  set('hearingHeld', input.hearingHeld);
  set('appealed', input.appealed);
  set('notes', input.notes);
  set('riskLevel', input.riskLevel);
  set('outcomeDate', input.outcomeDate);
  set('outcomeText', input.outcomeText);

  // Outcome: classify the operative text when no category is given (with the classifier of the case's kind: a 复议决定
  // is not a judgment); 败诉 always from the category. A chosen outcome must be of the case's kind; an old record's
  // outcome kept as it was is not re-checked unless the kind changes.
  const hadOutcome = current?.outcome ?? null;
  if (input.outcome) {
    v.outcome = input.outcome;
  } else if (input.outcomeText) {
    const r = classifyOutcomeForKind(kind, input.outcomeText);
    v.outcome = r.primary === 'UNKNOWN' ? (input.outcome === null ? null : (v.outcome ?? null)) : r.primary;
  } else if (input.outcome === null) {
    v.outcome = null;
  }
  if (v.outcome && (v.outcome !== hadOutcome || kind !== current?.kind)) checkOutcomeFitsKind(kind, v.outcome);
  // 二审 驳回上诉维持 / 撤回上诉: 败诉 follows the first instance's effective result (docs/rules/outcomes-and-loss.md#appeals).
  v.governmentLost = await effectiveGovernmentLost(tx, current?.id ?? null, {
    kind,
    outcome: v.outcome,
    outcomeText: v.outcomeText,
    instance: v.instance,
  });
  if (input.status !== undefined) v.status = input.status;
  else if (
    v.outcome &&
    !hadOutcome &&
    (v.status === undefined || v.status === 'registered' || v.status === 'in_progress')
  ) {
    v.status = 'concluded';
  }

  // Parties, first defendant, region
  let parties: PartyInput[] | null = null;
  if (input.parties !== undefined) parties = input.parties;
  const effectiveParties: { side: string; agencyId?: string | null; defendantRole?: string | null }[] =
    parties ?? currentParties;
  const agencyIds = [
    ...new Set([
      ...effectiveParties.map((p) => p.agencyId).filter((x): x is string => !!x),
      ...(v.courtAgencyId ? [v.courtAgencyId] : []),
    ]),
  ];
  const found = await agenciesByIds(tx, agencyIds);
  const byId = new Map(found.map((a) => [a.id, a]));
  const missing = agencyIds.filter((id) => !byId.has(id));
  if (missing.length)
    throw validationFailed([{ field: 'parties', message: `机关不存在：${missing.join('、')}` }], '机关不存在');
  if (parties) {
    parties.forEach((p, i) => {
      if (p.partyType === 'agency' && !p.agencyId) {
        throw validationFailed([{ field: `parties.${i}.agencyId`, message: '行政机关当事人须选择机关' }]);
      }
    });
  }
  const defendants = effectiveParties.filter((p) => p.side === 'defendant' && p.agencyId);
  const first = defendants.find((p) => p.defendantRole === 'first') ?? defendants[0];
  v.firstDefendantAgencyId = first?.agencyId ?? null;
  // Every dispute has an administrative agency as 被告 / 被申请人 (行政诉讼法第二十六条, 行政复议法第十九条): a case
  // without one is bad input, refused as such before any scope question arises.
  if (!first && (parties || !current)) {
    throw validationFailed([{ field: 'parties', message: NO_DEFENDANT }], NO_DEFENDANT);
  }
  if (input.regionCode !== undefined) {
    const path = await regionPathOf(tx, input.regionCode);
    if (!path) throw validationFailed([{ field: 'regionCode', message: '所属地区不存在' }]);
    v.regionCode = input.regionCode;
    v.regionPath = path;
  } else if (parties || !current) {
    const agency = first?.agencyId ? byId.get(first.agencyId) : undefined;
    if (agency) {
      // The case counts for the county (or the city): a town's case counts for its county.
      const path = countyPath(agency.regionPath)!;
      v.regionPath = path;
      v.regionCode = path.split('/').filter(Boolean).pop()!;
    }
  }
  if (input.plaintiffCount !== undefined) v.plaintiffCount = input.plaintiffCount;
  else if (parties) v.plaintiffCount = Math.max(1, parties.filter((p) => p.side === 'plaintiff').length);

  checkDates(v, input);

  if (v.domain && !(await adminDomainExists(tx, v.domain))) {
    throw validationFailed([{ field: 'domain', message: `行政管理领域不存在（${v.domain}）` }]);
  }
  return { values: v, parties };
}

const NO_DEFENDANT = '请至少填写一个被告（被申请人）行政机关';

async function writeParties(tx: DbOrTx, caseId: string, parties: PartyInput[]): Promise<void> {
  await tx.delete(caseParties).where(eq(caseParties.caseId, caseId));
  if (parties.length === 0) return;
  await tx.insert(caseParties).values(
    parties.map((p, i) => ({
      caseId,
      side: p.side,
      partyType: p.partyType,
      name: p.name,
      agencyId: p.agencyId ?? null,
      defendantRole: p.side === 'defendant' ? (p.defendantRole ?? null) : null,
      idNumber: p.idNumber || null,
      phone: p.phone || null,
      sortOrder: i,
    })),
  );
}

/** Keeps one automatic timeline event per type (立案, 收到起诉状副本, 结案) in step with the case's dates. */
async function syncAutoEvent(
  tx: DbOrTx,
  caseId: string,
  type: EventType,
  at: string | null,
  title: string,
  by: string | null,
): Promise<void> {
  const [existing] = await tx.select().from(caseEvents).where(eqAnd(caseId, type)).limit(1);
  if (!at) return;
  if (!existing) {
    await tx.insert(caseEvents).values({ caseId, at, type, title, createdBy: by });
  } else if (existing.at !== at || existing.title !== title) {
    await tx.update(caseEvents).set({ at, title }).where(eq(caseEvents.id, existing.id));
  }
}

const eqAnd = (caseId: string, type: string) => and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, type));

async function syncDerived(tx: DbOrTx, row: CaseRow, by: string | null, calendar: WorkCalendar): Promise<void> {
  await syncAutoEvent(tx, row.id, 'filed', row.filedDate, EVENT_TYPE_LABELS.filed, by);
  await syncAutoEvent(tx, row.id, 'notice_received', row.complaintReceivedDate, EVENT_TYPE_LABELS.notice_received, by);
  await syncAutoEvent(
    tx,
    row.id,
    'outcome',
    row.outcome ? (row.outcomeDate ?? todayInChina()) : null,
    `结案：${outcomeLabel(row.outcome) ?? ''}`,
    by,
  );
  await syncCaseDeadlines(tx, row.id, deadlineInputs(row), calendar);
}

export const deadlineInputs = (row: CaseRow) => ({
  kind: row.kind,
  instance: row.instance as CaseInstance | null,
  filedDate: row.filedDate,
  complaintReceivedDate: row.complaintReceivedDate,
  outcome: row.outcome,
  outcomeDate: row.outcomeDate,
  governmentLost: row.governmentLost,
  appealed: row.appealed,
});

/** What the audit log keeps of a case: the row and its parties (ID numbers and phones are masked by writeAudit). */
function snapshot(
  row: CaseRow,
  parties: { side: string; name: string; idNumber?: string | null; phone?: string | null }[],
) {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return {
    ...rest,
    parties: parties.map((p) => ({ side: p.side, name: p.name, idNumber: p.idNumber ?? null, phone: p.phone ?? null })),
  };
}

async function withUniqueNumber<T>(fn: () => Promise<T>, caseNumber: () => string | null): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicateCaseNumber(caseNumber());
    throw err;
  }
}

export async function createCase(db: Db, ctx: CaseContext, input: CreateCaseInput) {
  let number: string | null = null;
  const id = await withUniqueNumber(
    () =>
      db.transaction(async (tx) => {
        const { values, parties } = await resolveValues(tx, input, null, []);
        number = values.caseNumber ?? null;
        const [row] = await tx
          .insert(cases)
          .values({ ...values, createdBy: ctx.principal.userId, updatedBy: ctx.principal.userId })
          .returning();
        await writeParties(tx, row!.id, parties ?? []);
        await assertStillInScope(tx, ctx.principal, row!, null);
        await tx.insert(caseEvents).values({
          caseId: row!.id,
          at: todayInChina(),
          type: 'registered',
          title: '登记入台账',
          createdBy: ctx.principal.userId,
        });
        await syncDerived(tx, row!, ctx.principal.userId, await loadCalendar(tx));
        await writeAudit(tx, {
          actor: ctx.actor,
          action: 'create',
          entityType: 'case',
          entityId: row!.id,
          after: snapshot(row!, parties ?? []),
        });
        return row!.id;
      }),
    () => number,
  );
  return getCaseDetail(db, ctx.principal, id);
}

export async function updateCase(db: Db, ctx: CaseContext, id: string, input: UpdateCaseInput) {
  let number: string | null = null;
  await withUniqueNumber(
    () =>
      db.transaction(async (tx) => {
        const current = await findCaseInScope(tx, ctx.principal, id, { forUpdate: true });
        if (!current) throw notFound('案件');
        if (current.version !== input.version) {
          throw versionConflict(presentDetail(current, await loadCaseDetail(tx, current), ctx.principal));
        }
        const currentParties = await partiesOf(tx, id);
        const { values, parties } = await resolveValues(tx, input, current, currentParties);
        number = values.caseNumber ?? null;
        const row = await updateCaseAtVersion(tx, id, input.version, { ...values, updatedBy: ctx.principal.userId });
        if (!row) throw versionConflict(null);
        if (parties) await writeParties(tx, id, parties);
        await assertStillInScope(tx, ctx.principal, row, current);
        const calendar = await loadCalendar(tx);
        await syncDerived(tx, row, ctx.principal.userId, calendar);
        if (row.governmentLost !== current.governmentLost) {
          await propagateToAppeals(tx, row, ctx.principal.userId, calendar);
        }
        await writeAudit(tx, {
          actor: ctx.actor,
          action: 'update',
          entityType: 'case',
          entityId: id,
          before: snapshot(current, currentParties),
          after: snapshot(row, parties ?? currentParties),
        });
      }),
    () => number,
  );
  return getCaseDetail(db, ctx.principal, id);
}

// ---------------------------------------------------------------------------------------------------------------
// Soft delete / restore

export async function deleteCase(db: Db, ctx: CaseContext, id: string, body: { reason: string; version?: number }) {
  await db.transaction(async (tx) => {
    const current = await findCaseInScope(tx, ctx.principal, id, { forUpdate: true });
    if (!current) throw notFound('案件');
    if (body.version !== undefined && body.version !== current.version) {
      throw versionConflict(presentDetail(current, await loadCaseDetail(tx, current), ctx.principal));
    }
    const row = await updateCaseAtVersion(tx, id, current.version, {
      deletedAt: new Date(),
      deletedBy: ctx.principal.userId,
      deleteReason: body.reason,
      updatedBy: ctx.principal.userId,
    });
    await tx.insert(caseEvents).values({
      caseId: id,
      at: todayInChina(),
      type: 'deleted',
      title: '删除',
      detail: body.reason,
      createdBy: ctx.principal.userId,
    });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'delete',
      entityType: 'case',
      entityId: id,
      before: { deletedAt: null, version: current.version },
      after: { deletedAt: row!.deletedAt, deleteReason: body.reason, version: row!.version },
    });
  });
}

export async function restoreCase(db: Db, ctx: CaseContext, id: string) {
  const current = await findCaseInScope(db, ctx.principal, id, { includeDeleted: true });
  if (!current) throw notFound('案件');
  if (!current.deletedAt) throw new AppError('UNPROCESSABLE', '案件未被删除，无需恢复');
  await withUniqueNumber(
    () =>
      db.transaction(async (tx) => {
        const row = await updateCaseAtVersion(tx, id, current.version, {
          deletedAt: null,
          deletedBy: null,
          deleteReason: null,
          updatedBy: ctx.principal.userId,
        });
        if (!row) throw versionConflict(null);
        await tx.insert(caseEvents).values({
          caseId: id,
          at: todayInChina(),
          type: 'restored',
          title: '恢复',
          createdBy: ctx.principal.userId,
        });
        await writeAudit(tx, {
          actor: ctx.actor,
          action: 'restore',
          entityType: 'case',
          entityId: id,
          before: { deletedAt: current.deletedAt, deleteReason: current.deleteReason },
          after: { deletedAt: null, version: row.version },
        });
      }),
    () => current.caseNumber,
  );
  return getCaseDetail(db, ctx.principal, id);
}

// ---------------------------------------------------------------------------------------------------------------
// Links, events, unmask

export async function linkCases(db: Db, ctx: CaseContext, id: string, body: { toCaseId: string; linkType: string }) {
  if (body.toCaseId === id) throw validationFailed([{ field: 'toCaseId', message: '不能关联案件自身' }]);
  await db.transaction(async (tx) => {
    const from = await findCaseInScope(tx, ctx.principal, id);
    if (!from) throw notFound('案件');
    const to = await findCaseInScope(tx, ctx.principal, body.toCaseId);
    if (!to) throw notFound('关联案件');
    const linkType = body.linkType as (typeof caseLinks.$inferInsert)['linkType'];
    const existing = await tx
      .select({ id: caseLinks.id })
      .from(caseLinks)
      .where(and(eq(caseLinks.fromCaseId, body.toCaseId), eq(caseLinks.toCaseId, id)));
    if (existing.length) throw new AppError('DUPLICATE', '两案已关联');
    try {
      await tx
        .insert(caseLinks)
        .values({ fromCaseId: id, toCaseId: body.toCaseId, linkType, createdBy: ctx.principal.userId });
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('DUPLICATE', '两案已关联');
      throw err;
    }
    const title = `${LINK_TYPE_LABELS[linkType]}：${to.caseNumber ?? '（无案号）'}`;
    await tx
      .insert(caseEvents)
      .values({ caseId: id, at: todayInChina(), type: 'linked', title, createdBy: ctx.principal.userId });
    // An appeal marks its first instance as appealed (是否上诉).
    if (linkType === 'appeal_of' && to.appealed !== true) {
      await updateCaseAtVersion(tx, to.id, to.version, { appealed: true, updatedBy: ctx.principal.userId });
    }
    // An appeal linked after its outcome was recorded: 驳回上诉维持 now follows the first instance (docs/rules/outcomes-and-loss.md#appeals).
    let governmentLost: { from: boolean | null; to: boolean | null } | undefined;
    if (linkType === 'appeal_of') {
      const effective = await effectiveGovernmentLost(tx, id, { ...from, kind: from.kind as CaseKind });
      if (effective !== from.governmentLost) {
        const row = await updateCaseAtVersion(tx, id, from.version, {
          governmentLost: effective,
          updatedBy: ctx.principal.userId,
        });
        if (!row) throw versionConflict(null);
        await syncCaseDeadlines(tx, id, deadlineInputs(row), await loadCalendar(tx));
        governmentLost = { from: from.governmentLost, to: effective };
      }
    }
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'case',
      entityId: id,
      after: {
        link: { linkType, toCaseId: body.toCaseId, toCaseNumber: to.caseNumber },
        ...(governmentLost ? { governmentLost: governmentLost.to } : {}),
      },
    });
  });
  return getCaseDetail(db, ctx.principal, id);
}

export async function addCaseEvent(
  db: Db,
  ctx: CaseContext,
  id: string,
  body: { at: string; type: EventType; title: string; detail?: string | null },
) {
  await db.transaction(async (tx) => {
    const row = await findCaseInScope(tx, ctx.principal, id);
    if (!row) throw notFound('案件');
    const [event] = await tx
      .insert(caseEvents)
      .values({
        caseId: id,
        at: body.at,
        type: body.type,
        title: body.title,
        detail: body.detail ?? null,
        createdBy: ctx.principal.userId,
      })
      .returning();
    // A submitted defence may meet the defence deadline.
    await syncCaseDeadlines(tx, id, deadlineInputs(row), await loadCalendar(tx));
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'case',
      entityId: id,
      after: { event: { id: event!.id, at: body.at, type: body.type, title: body.title } },
    });
  });
  return getCaseDetail(db, ctx.principal, id);
}

// ---------------------------------------------------------------------------------------------------------------
// Deadlines: custom due date, done / open again

const formatDue = (d: string | null) => d ?? '（日历未覆盖）';

/**
 * Sets or clears a deadline's custom due date (with its reason) and/or marks it done ('met') or open again. The
 * statutory date stays computed beside the custom one. A 'met' set by hand survives later recomputations; 'open' does
 * not undo what the registry itself records (a submitted defence, an outcome date). Audited on the case, with a
 * timeline entry; the case's version moves (an edit form opened before sees the change).
 */
export async function updateDeadline(
  db: Db,
  ctx: CaseContext,
  caseId: string,
  deadlineId: string,
  body: DeadlinePatchInput,
) {
  await db.transaction(async (tx) => {
    const row = await findCaseInScope(tx, ctx.principal, caseId, { forUpdate: true });
    if (!row) throw notFound('案件');
    if (body.version !== undefined && body.version !== row.version) {
      throw versionConflict(presentDetail(row, await loadCaseDetail(tx, row), ctx.principal));
    }
    const [d] = /^[0-9a-f-]{36}$/i.test(deadlineId)
      ? await tx
          .select()
          .from(caseDeadlines)
          .where(and(eq(caseDeadlines.id, deadlineId), eq(caseDeadlines.caseId, caseId)))
      : [];
    if (!d) throw notFound('期限');
    const set: Partial<typeof caseDeadlines.$inferInsert> = {};
    const titles: string[] = [];
    const name = deadlineName(d.ruleId);
    if (body.customDueDate !== undefined) {
      if (body.customDueDate === null) {
        if (d.customDueDate) {
          set.customDueDate = null;
          set.customReason = null;
          titles.push(`恢复法定期限：${name}（${formatDue(d.dueDate)}）`);
        }
      } else {
        const reason = body.customReason?.trim();
        if (!reason)
          throw validationFailed([{ field: 'customReason', message: '调整期限须填写原因' }], '调整期限须填写原因');
        set.customDueDate = body.customDueDate;
        set.customReason = reason;
        titles.push(
          `调整期限：${name}，${formatDue(d.customDueDate ?? d.dueDate)} → ${body.customDueDate}（${reason}）`,
        );
      }
    } else if (body.customReason !== undefined) {
      if (!d.customDueDate) throw validationFailed([{ field: 'customDueDate', message: '请先填写调整后的期限' }]);
      const reason = body.customReason?.trim();
      if (!reason) throw validationFailed([{ field: 'customReason', message: '调整期限须填写原因' }]);
      set.customReason = reason;
    }
    if (body.status !== undefined && body.status !== d.status) {
      set.status = body.status;
      titles.push(body.status === 'met' ? `期限已完成：${name}` : `期限重新打开：${name}`);
    }
    if (Object.keys(set).length === 0) return;
    await tx
      .update(caseDeadlines)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(caseDeadlines.id, d.id));
    // Statuses that follow from the registry (defence submitted, outcome date) are re-derived against the new date.
    await syncCaseDeadlines(tx, caseId, deadlineInputs(row), await loadCalendar(tx));
    const [after] = await tx.select().from(caseDeadlines).where(eq(caseDeadlines.id, d.id));
    if (titles.length) {
      await tx.insert(caseEvents).values({
        caseId,
        at: todayInChina(),
        type: 'note',
        title: titles.join('；'),
        createdBy: ctx.principal.userId,
      });
    }
    await updateCaseAtVersion(tx, caseId, row.version, { updatedBy: ctx.principal.userId });
    const view = (x: typeof d) => ({
      id: x.id,
      ruleId: x.ruleId,
      dueDate: x.dueDate,
      customDueDate: x.customDueDate,
      customReason: x.customReason,
      status: x.status,
    });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'case',
      entityId: caseId,
      before: { deadline: view(d) },
      after: { deadline: view(after ?? d) },
    });
  });
  return getCaseDetail(db, ctx.principal, caseId);
}

function deadlineName(ruleId: string): string {
  try {
    return getDeadlineRule(ruleId).nameZh;
  } catch {
    return ruleId;
  }
}

/** The parties with ID numbers and phones in full; every use is audited as 'unmask' (without the values). */
export async function unmaskParties(db: Db, ctx: CaseContext, id: string, reason?: string) {
  return db.transaction(async (tx) => {
    const row = await findCaseInScope(tx, ctx.principal, id);
    if (!row) throw notFound('案件');
    const parts = await loadCaseDetail(tx, row);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'unmask',
      entityType: 'case',
      entityId: id,
      after: { reason: reason ?? null, partyIds: parts.parties.map((p) => p.id) },
    });
    return { parties: parts.parties.map((p) => presentParty(p, ctx.principal, { unmasked: true })) };
  });
}
