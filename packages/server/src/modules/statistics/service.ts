/**
 * The statistics filings' use cases (README.md, docs/rules/statistics.md#workflow): create a unit's filing pre-filled
 * from the registry, recount, adjust a cell with a reason, check and submit (上报); the level above returns (退回, with a
 * comment) or accepts (接收) and sums the accepted ones (汇总). Every write names the version it saw and writes its
 * audit row and history entry in the same transaction.
 *
 * Scope (docs/rules/statistics.md#access): the city coordinator and the leader read the city's and its counties'
 * filings, the county coordinator the county's; the county coordinator fills the county's filing, the city coordinator
 * the city's own and the summary, and reviews (the counties' and the city's own).
 */
import {
  type CheckResult,
  effectiveCells,
  type FilingAction,
  type FilingActor,
  failedChecks,
  filingTransition,
  formCells,
  parseStatPeriod,
  previousStatPeriod,
  round2,
  runChecks,
  STAT_FORMS,
  type StatFormKind,
  type StatPeriod,
  sumCells,
} from '@shuangjiang/domain';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { AppError, forbidden, notFound, validationFailed, versionConflict } from '../../platform/errors.js';
import { countyPath, figuresRegionPath } from '../cases/public.js';
import { type RegionRow, regionByCode } from '../org/public.js';
import { CASES_PER_CHECK, casesOfChecks, countUnit } from './compute.js';
import { FILING_EVENT_LABELS, FILING_SCOPE_LABELS, type FilingEventKind } from './constants.js';
import type { AdjustBody, CreateBody, FilingOut, ReturnBody, SummaryBody } from './dto.js';
import {
  acceptedFilings,
  eventsOf,
  filingById,
  filingByKey,
  insertEvent,
  insertFiling,
  listFilings,
  updateFiling,
} from './repository.js';
import type { FilingRow, StoredAdjustment } from './schema.js';
import { buildFilingXlsx } from './xlsx.js';

const ENTITY = 'statistics_filing';

/** The region path whose filings the caller reads. */
function readScope(principal: Principal): string {
  const path = figuresRegionPath(principal);
  if (!path) throw forbidden('无权查看统计报表');
  return path;
}

const isCityPath = (path: string) => path.split('/').filter(Boolean).length === 1;

/** The unit that fills a filing: the county coordinator of a county's, the city coordinator of the city's. */
function isFiller(principal: Principal, f: Pick<FilingRow, 'regionPath'>): boolean {
  if (isCityPath(f.regionPath)) return principal.role === 'city_coordinator' && principal.regionPath === f.regionPath;
  return principal.role === 'county_coordinator' && countyPath(principal.regionPath) === f.regionPath;
}

/** The level above: the city coordinator of the filing's city (the city's own filing is confirmed by the city). */
function isReviewer(principal: Principal, f: Pick<FilingRow, 'regionPath'>): boolean {
  return (
    principal.role === 'city_coordinator' && !!principal.regionPath && f.regionPath.startsWith(principal.regionPath)
  );
}

function actorFor(principal: Principal, f: FilingRow, action: FilingAction): FilingActor | null {
  const wanted: FilingActor = action === 'return' || action === 'accept' ? 'reviewer' : 'filler';
  const ok = wanted === 'reviewer' ? isReviewer(principal, f) : isFiller(principal, f);
  return ok ? wanted : null;
}

/** Whether the action is allowed now: 403 for the wrong unit, 422 for the wrong status. */
function allow(principal: Principal, f: FilingRow, action: FilingAction) {
  const actor = actorFor(principal, f, action);
  if (!actor) {
    throw forbidden(
      action === 'return' || action === 'accept'
        ? '只有上级审核单位可以退回或接收'
        : '只有填报单位可以填报、调整和上报',
    );
  }
  const t = filingTransition(f.status, action, actor, f.scope);
  if (!t.ok) throw new AppError('UNPROCESSABLE', t.message);
  return t.status;
}

async function unitRegion(db: DbOrTx, code: string): Promise<RegionRow> {
  const region = await regionByCode(db, code);
  if (!region || (region.level !== 'city' && region.level !== 'county')) {
    const message = `地区不存在或不是市、县（${code}）`;
    throw validationFailed([{ field: 'region', message }], message);
  }
  return region;
}

function periodOf(form: StatFormKind, key: string): StatPeriod {
  const p = parseStatPeriod(key);
  if (!p || !STAT_FORMS[form].periods.includes(p.kind)) {
    const allowed = STAT_FORMS[form].periods
      .map((k) => ({ year: '年度', half: '半年', quarter: '季度' })[k])
      .join('、');
    const message = `${STAT_FORMS[form].title}按${allowed}填报，期间“${key}”无效`;
    throw validationFailed([{ field: 'period', message }], message);
  }
  return p;
}

async function visible(db: DbOrTx, principal: Principal, id: string): Promise<FilingRow> {
  const row = await filingById(db, id);
  if (!row?.regionPath.startsWith(readScope(principal))) throw notFound('统计报表');
  return row;
}

/** The previous period's filing of the same form and unit, its effective cells (上期结转 check). */
async function previousOf(db: DbOrTx, f: FilingRow) {
  const p = parseStatPeriod(f.period);
  if (!p) return null;
  const prevKey = previousStatPeriod(p).key;
  const prev = await filingByKey(db, { form: f.form, period: prevKey, regionCode: f.regionCode, scope: f.scope });
  return prev ? { id: prev.id, period: prev.period, cells: effectiveCells(prev.cells, prev.adjustments) } : null;
}

async function checksOf(db: DbOrTx, f: FilingRow): Promise<{ checks: CheckResult[]; previousId: string | null }> {
  const previous = await previousOf(db, f);
  const units =
    f.scope === 'summary'
      ? await Promise.all(
          (f.units ?? []).map(async (u) => {
            const row = await filingById(db, u.filingId);
            return { name: u.regionName, caseIds: row ? Object.values(row.cells).flatMap((c) => c.caseIds) : [] };
          }),
        )
      : undefined;
  const checks = runChecks({ kind: f.form, computed: f.cells, adjustments: f.adjustments, previous, units });
  return { checks, previousId: previous?.id ?? null };
}

function summaryOf(principal: Principal, r: FilingRow) {
  const layout = STAT_FORMS[r.form];
  return {
    id: r.id,
    form: r.form,
    formTitle: layout.title,
    formCode: layout.code,
    period: r.period,
    periodLabel: parseStatPeriod(r.period)?.label ?? r.period,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    scope: r.scope,
    scopeLabel: FILING_SCOPE_LABELS[r.scope],
    region: { code: r.regionCode, name: r.regionName },
    status: r.status,
    adjustedCells: Object.keys(r.adjustments).length,
    countedAt: r.countedAt.toISOString(),
    createdByName: r.createdByName,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
    can: {
      fill: isFiller(principal, r),
      review: isReviewer(principal, r) && r.scope === 'own',
    },
    xlsx: `/api/v1/statistics/filings/${r.id}.xlsx`,
  };
}

async function present(db: DbOrTx, principal: Principal, r: FilingRow): Promise<FilingOut> {
  const { checks, previousId } = await checksOf(db, r);
  const cases = await casesOfChecks(db, checks);
  const events = await eventsOf(db, [r.id]);
  return {
    ...summaryOf(principal, r),
    cells: formCells(STAT_FORMS[r.form]).map((key) => {
      const cell = r.cells[key] ?? { value: 0, caseIds: [] };
      const adj = r.adjustments[key];
      return {
        key,
        computed: cell.value,
        value: adj?.value ?? cell.value,
        cases: cell.caseIds.length,
        adjustment: adj ?? null,
      };
    }),
    checks: checks.map((c) => ({
      id: c.id,
      label: c.label,
      ok: c.ok,
      detail: c.detail,
      cells: c.cells,
      caseCount: c.caseIds.length,
      cases: c.caseIds
        .slice(0, CASES_PER_CHECK)
        .map((id) => cases.get(id) ?? { id, caseNumber: null, causeOfAction: null }),
    })),
    previousId,
    units: (r.units ?? []).map((u) => ({ filingId: u.filingId, region: { code: u.regionCode, name: u.regionName } })),
    events: events.map((e) => ({
      kind: e.kind as FilingEventKind,
      label: FILING_EVENT_LABELS[e.kind as FilingEventKind],
      comment: e.comment,
      cell: e.cell,
      before: e.before as number | null,
      after: e.after as number | null,
      byName: e.byName,
      at: e.at.toISOString(),
    })),
  };
}

export async function listFor(db: Db, principal: Principal, q: { form?: StatFormKind; period?: string }) {
  const rows = await listFilings(db, { regionPath: readScope(principal), ...q });
  return { items: rows.map((r) => summaryOf(principal, r)) };
}

export async function getFiling(db: Db, principal: Principal, id: string): Promise<FilingOut> {
  return present(db, principal, await visible(db, principal, id));
}

/** POST /statistics/filings: the unit's filing of a form and period, pre-filled; the existing one if there is one. */
export async function createFiling(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  b: CreateBody,
): Promise<{ created: boolean; filing: FilingOut }> {
  const scope = readScope(principal);
  const own =
    principal.role === 'county_coordinator'
      ? countyPath(principal.regionPath)?.split('/').filter(Boolean).pop()
      : principal.regionCode;
  const code = b.region ?? own;
  if (!code) throw forbidden('账号未设置所属地区');
  const region = await unitRegion(db, code);
  if (!region.path.startsWith(scope)) throw forbidden('无权填报该地区的统计报表');
  if (!isFiller(principal, { regionPath: region.path })) {
    throw forbidden(region.level === 'county' ? '县级报表由该县（区）协调员填报' : '市本级报表由市级协调员填报');
  }
  const period = periodOf(b.form, b.period);
  const key = { form: b.form, period: period.key, regionCode: region.code, scope: 'own' as const };
  const existing = await filingByKey(db, key);
  if (existing) return { created: false, filing: await present(db, principal, existing) };
  const cells = await countUnit(db, principal, b.form, region, period);
  const row = await db.transaction(async (tx) => {
    const again = await filingByKey(tx, key);
    if (again) return again;
    const inserted = await insertFiling(tx, {
      ...key,
      periodFrom: period.from,
      periodTo: period.to,
      regionName: region.name,
      regionPath: region.path,
      cells,
      adjustments: {},
      createdBy: actor.userId,
      createdByName: actor.name,
    });
    await insertEvent(tx, { filingId: inserted.id, kind: 'created', byUserId: actor.userId, byName: actor.name });
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: ENTITY,
      entityId: inserted.id,
      after: { form: b.form, period: period.key, region: region.code, scope: 'own' },
    });
    return inserted;
  });
  return { created: true, filing: await present(db, principal, row) };
}

async function change(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: string,
  version: number,
  action: FilingAction,
  make: (
    tx: DbOrTx,
    before: FilingRow,
    status: FilingRow['status'],
  ) => Promise<{
    set: Parameters<typeof updateFiling>[3];
    event: FilingEventKind;
    comment?: string | null;
    cell?: string | null;
    eventBefore?: unknown;
    eventAfter?: unknown;
  }>,
): Promise<FilingOut> {
  const row = await db.transaction(async (tx) => {
    const before = await visible(tx, principal, id);
    const status = allow(principal, before, action);
    if (before.version !== version) throw versionConflict(before.version);
    const c = await make(tx, before, status);
    const after = await updateFiling(tx, id, version, { status, ...c.set });
    if (!after) throw versionConflict(before.version);
    await insertEvent(tx, {
      filingId: id,
      kind: c.event,
      comment: c.comment,
      cell: c.cell,
      before: c.eventBefore,
      after: c.eventAfter,
      byUserId: actor.userId,
      byName: actor.name,
    });
    await writeAudit(tx, {
      actor,
      action: 'update',
      entityType: ENTITY,
      entityId: id,
      before: { status: before.status, version: before.version, ...(c.cell ? { [c.cell]: c.eventBefore } : {}) },
      after: {
        status: after.status,
        version: after.version,
        action: c.event,
        ...(c.cell ? { [c.cell]: c.eventAfter } : {}),
        ...(c.comment ? { comment: c.comment } : {}),
      },
    });
    return after;
  });
  return present(db, principal, row);
}

/** PUT /statistics/filings/{id}/cells: adjust a cell with a reason, or (value null) go back to the count. */
export function adjustCell(db: Db, principal: Principal, actor: AuditActor, id: string, b: AdjustBody) {
  return change(db, principal, actor, id, b.version, 'adjust', async (_tx, before) => {
    if (!(b.cell in before.cells)) {
      throw validationFailed([{ field: 'cell', message: `表中没有单元格 ${b.cell}` }], `表中没有单元格 ${b.cell}`);
    }
    const adjustments = { ...before.adjustments };
    const old = adjustments[b.cell]?.value ?? null;
    if (b.value === null) delete adjustments[b.cell];
    else {
      const reason = b.reason?.trim() ?? '';
      if (reason.length < 2) {
        throw validationFailed([{ field: 'reason', message: '调整须说明理由' }], '调整须说明理由');
      }
      const adj: StoredAdjustment = {
        value: round2(b.value),
        reason,
        byName: actor.name,
        at: new Date().toISOString(),
      };
      adjustments[b.cell] = adj;
    }
    return {
      set: { adjustments },
      event: 'adjusted',
      cell: b.cell,
      comment: b.value === null ? '恢复为登记数据' : b.reason!.trim(),
      eventBefore: old ?? before.cells[b.cell]!.value,
      eventAfter: b.value ?? before.cells[b.cell]!.value,
    };
  });
}

/** POST /statistics/filings/{id}/recount: count again from the registry; adjustments stay. */
export function recountFiling(db: Db, principal: Principal, actor: AuditActor, id: string, version: number) {
  return change(db, principal, actor, id, version, 'recompute', async (tx, before) => {
    if (before.scope === 'summary') return { set: await summaryCells(tx, before), event: 'summarised' };
    const region = await unitRegion(tx, before.regionCode);
    const cells = await countUnit(tx, principal, before.form, region, periodOf(before.form, before.period));
    return { set: { cells, countedAt: new Date() }, event: 'recounted' };
  });
}

/** POST /statistics/filings/{id}/submit: every check must pass (422 lists the failed ones). */
export function submitFiling(db: Db, principal: Principal, actor: AuditActor, id: string, version: number) {
  return change(db, principal, actor, id, version, 'submit', async (tx, before) => {
    const failed = failedChecks((await checksOf(tx, before)).checks);
    if (failed.length > 0) {
      throw new AppError(
        'UNPROCESSABLE',
        `有 ${failed.length} 项校验未通过，不能上报：${failed.map((c) => c.label).join('；')}`,
        failed.map((c) => ({ field: c.id, message: `${c.label}（${c.detail}）` })),
      );
    }
    return { set: { submittedAt: new Date() }, event: 'submitted' };
  });
}

export function returnFiling(db: Db, principal: Principal, actor: AuditActor, id: string, b: ReturnBody) {
  return change(db, principal, actor, id, b.version, 'return', async () => ({
    set: {},
    event: 'returned',
    comment: b.comment.trim(),
  }));
}

export function acceptFiling(db: Db, principal: Principal, actor: AuditActor, id: string, version: number) {
  return change(db, principal, actor, id, version, 'accept', async () => ({ set: {}, event: 'accepted' }));
}

async function summaryCells(tx: DbOrTx, f: Pick<FilingRow, 'form' | 'period' | 'regionPath'>) {
  const units = await acceptedFilings(tx, { regionPath: f.regionPath, form: f.form, period: f.period });
  if (units.length === 0) throw new AppError('UNPROCESSABLE', '尚无已接收的报表，不能汇总');
  return {
    cells: sumCells(
      f.form,
      units.map((u) => effectiveCells(u.cells, u.adjustments)),
    ),
    units: units.map((u) => ({
      filingId: u.id,
      regionCode: u.regionCode,
      regionName: u.regionName,
      version: u.version,
    })),
    countedAt: new Date(),
  };
}

/** POST /statistics/summaries: the city's summary of the accepted filings (created, or summed again while open). */
export async function summarise(db: Db, principal: Principal, actor: AuditActor, b: SummaryBody): Promise<FilingOut> {
  if (principal.role !== 'city_coordinator' || !principal.regionCode) throw forbidden('汇总由市级协调员进行');
  const region = await unitRegion(db, principal.regionCode);
  const period = periodOf(b.form, b.period);
  const key = { form: b.form, period: period.key, regionCode: region.code, scope: 'summary' as const };
  const existing = await filingByKey(db, key);
  if (existing) return recountFiling(db, principal, actor, existing.id, existing.version);
  const row = await db.transaction(async (tx) => {
    const set = await summaryCells(tx, { form: b.form, period: period.key, regionPath: region.path });
    const inserted = await insertFiling(tx, {
      ...key,
      periodFrom: period.from,
      periodTo: period.to,
      regionName: region.name,
      regionPath: region.path,
      cells: set.cells,
      units: set.units,
      adjustments: {},
      createdBy: actor.userId,
      createdByName: actor.name,
    });
    await insertEvent(tx, { filingId: inserted.id, kind: 'summarised', byUserId: actor.userId, byName: actor.name });
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: ENTITY,
      entityId: inserted.id,
      after: { form: b.form, period: period.key, region: region.code, scope: 'summary', units: set.units },
    });
    return inserted;
  });
  return present(db, principal, row);
}

export async function filingXlsx(db: Db, principal: Principal, id: string) {
  const row = await visible(db, principal, id);
  const content = await buildFilingXlsx(row);
  const p = parseStatPeriod(row.period);
  return {
    fileName: `${STAT_FORMS[row.form].title.slice(0, 12)}-${row.regionName}-${p?.label ?? row.period}.xlsx`,
    content,
  };
}

export function statisticsMeta() {
  return {
    forms: Object.values(STAT_FORMS).map((f) => ({
      kind: f.kind,
      title: f.title,
      code: f.code,
      periods: [...f.periods],
      rows: f.rows.map((r) => ({ ...r })),
      columns: f.columns.map((c) => ({ id: c.id, label: c.label, groups: [...c.groups], unit: c.unit ?? 'count' })),
    })),
  };
}
