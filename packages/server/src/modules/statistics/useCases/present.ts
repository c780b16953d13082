/**
 * A filing as the API shows it: its summary line with the steps the caller may take, and in full its cells (count,
 * value, adjustment), the checks with the cases behind each (the previous period's filing for 上期结转), the history.
 */
import {
  type CheckResult,
  effectiveCells,
  formCells,
  parseStatPeriod,
  previousStatPeriod,
  runChecks,
  STAT_FORMS,
} from '@shuangjiang/domain';
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { CASES_PER_CHECK, casesOfChecks } from '../compute.js';
import { FILING_EVENT_LABELS, FILING_SCOPE_LABELS, type FilingEventKind } from '../constants.js';
import type { FilingOut } from '../dto.js';
import { eventsOf, filingById, filingByKey } from '../repository.js';
import type { FilingRow } from '../schema.js';
import { isFiller, isReviewer } from './access.js';

/** The previous period's filing of the same form and unit, its effective cells (上期结转 check). */
async function previousOf(db: DbOrTx, f: FilingRow) {
  const p = parseStatPeriod(f.period);
  if (!p) return null;
  const prevKey = previousStatPeriod(p).key;
  const prev = await filingByKey(db, { form: f.form, period: prevKey, regionCode: f.regionCode, scope: f.scope });
  return prev ? { id: prev.id, period: prev.period, cells: effectiveCells(prev.cells, prev.adjustments) } : null;
}

export async function checksOf(
  db: DbOrTx,
  f: FilingRow,
): Promise<{ checks: CheckResult[]; previousId: string | null }> {
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

export function summaryOf(principal: Principal, r: FilingRow) {
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

export async function present(db: DbOrTx, principal: Principal, r: FilingRow): Promise<FilingOut> {
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
