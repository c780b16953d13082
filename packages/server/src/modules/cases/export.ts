/**
 * Export of the case list (导出 .xlsx): the current filter of GET /api/v1/cases, streamed with exceljs'
 * WorkbookWriter in the template's columns, so an export can be edited and imported again (a re-import of an
 * untouched export changes nothing).
 *
 * Scope: the cases come from the registry's own list query (`listCases`, which applies `caseScopeCondition`) page by
 * page, and every page is re-read with the scope condition again. Personal data as in the API: natural persons'
 * names masked for roles that do not handle cases (`canSeePartyNames`); ID numbers and phones are never exported.
 * Each export writes an 'export' audit row with the filter and the number of rows.
 */
import type { Writable } from 'node:stream';
import { caseOutcomeLabel } from '@shuangjiang/domain';
import ExcelJS from 'exceljs';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import { canSeePartyNames, maskName } from '../../platform/auth/masking.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { forbidden } from '../../platform/errors.js';
import {
  CLOSING_MANNER_LABELS,
  type ClosingManner,
  TEMPLATE_COLUMNS as COLUMNS,
  type ColumnKey,
} from '../imports/constants.js';
import { listAdminDomains } from './adminDomains.js';
import { CASE_INSTANCE_LABELS, CASE_KIND_LABELS } from './constants.js';
import type { ListQuery } from './dto.js';
import { type ExportRow, exportRowsByIds } from './exportRows.js';
import { canSeeDeleted } from './policy.js';
import { type Cursor, listCases } from './repository.js';

const PAGE = 1000;

export const exportFileName = () => `案件台账导出-${new Date().toISOString().slice(0, 10)}.xlsx`;

/** The filter part of a list query (paging is the export's own). */
export type ExportFilter = Omit<ListQuery, 'page' | 'pageSize' | 'cursor'>;

/** Writes the .xlsx to `out` (ended when done) and returns the number of cases. */
export async function exportCasesXlsx(
  db: DbOrTx,
  principal: Principal,
  actor: AuditActor,
  filter: ExportFilter,
  out: Writable,
): Promise<number> {
  if (filter.includeDeleted && !canSeeDeleted(principal)) throw forbidden('仅协调员可导出已删除的案件');
  const domainName = new Map((await listAdminDomains(db)).map((d) => [d.code, d.name]));
  const showNames = canSeePartyNames(principal);

  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('案件', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    ...COLUMNS.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width,
      style: c.key.endsWith('Date') ? { numFmt: 'yyyy-mm-dd' } : {},
    })),
    // After the template's columns, for reading only: the next open deadline, 暂定 marked (its year's holiday
    // schedule not loaded). Not a template column, so a re-import does not take it as data.
    { header: NEXT_DUE_HEADER, key: 'nextDue', width: 22 },
  ];
  ws.getRow(1).font = { bold: true };

  let rows = 0;
  let cursor: Cursor | undefined;
  for (;;) {
    const page = await listCases(db, principal, {
      filters: {
        kind: filter.kind,
        status: filter.status,
        outcome: filter.outcome,
        riskLevel: filter.riskLevel,
        instance: filter.instance,
        regionCode: filter.regionCode,
        agencyId: filter.agencyId,
        courtAgencyId: filter.courtAgencyId,
        domain: filter.domain,
        governmentLost: filter.governmentLost,
        year: filter.year,
        q: filter.q,
        includeDeleted: filter.includeDeleted,
      },
      sort: filter.sort,
      order: filter.order,
      pageSize: PAGE,
      cursor,
      countCap: 0,
    });
    const full = await exportRowsByIds(
      db,
      principal,
      page.rows.map((r) => r.id!),
    );
    const nextDue = new Map(page.rows.map((r) => [r.id!, nextDueText(r.nextDueDate, r.nextDueProvisional === true)]));
    for (const r of full) {
      ws.addRow({ ...toCells(r, domainName, showNames), nextDue: nextDue.get(r.id) ?? null }).commit();
      rows++;
    }
    const last = page.rows[page.rows.length - 1];
    if (!page.hasMore || !last) break;
    cursor = { s: filter.sort, o: filter.order, v: last.sortValue, id: last.id! };
  }
  ws.commit();
  await wb.commit();
  await writeAudit(db, {
    actor,
    action: 'export',
    entityType: 'case',
    entityId: null,
    after: { format: 'xlsx', filter, rows },
  });
  return rows;
}

/** The export's last column: the next open deadline of the case (not imported). */
export const NEXT_DUE_HEADER = '下一期限';

/** '2027-02-09（暂定：…）' for a provisional date: the reader of the file sees what the screen marks 暂定. */
export function nextDueText(date: string | null, provisional: boolean): string | null {
  if (!date) return null;
  return provisional ? `${date}（暂定：该年放假安排尚未录入）` : date;
}

const asDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
const yesNo = (b: boolean | null) => (b === true ? '是' : b === false ? '否' : null);

function toCells(r: ExportRow, domainName: Map<string, string>, showNames: boolean): Record<ColumnKey, unknown> {
  const parties = r.parties ?? [];
  const names = (side: string) =>
    parties
      .filter((p) => p.side === side)
      .map((p) => (p.partyType === 'person' && !showNames ? (maskName(p.name) ?? '') : p.name))
      .join('、') || null;
  return {
    caseNumber: r.caseNumber ?? r.caseNumberRaw,
    kind: CASE_KIND_LABELS[r.kind as keyof typeof CASE_KIND_LABELS] ?? r.kind,
    court: r.courtName,
    filedDate: asDate(r.filedDate),
    complaintReceivedDate: asDate(r.complaintReceivedDate),
    causeOfAction: r.causeOfAction,
    contestedAct: r.contestedAct,
    domain: r.domain ? (domainName.get(r.domain) ?? r.domain) : null,
    plaintiffs: names('plaintiff'),
    defendants:
      parties
        .filter((p) => p.side === 'defendant')
        .map((p) => p.agencyName ?? p.name)
        .join('、') || null,
    thirdParties: names('third_party'),
    instance: r.instance ? (CASE_INSTANCE_LABELS[r.instance as keyof typeof CASE_INSTANCE_LABELS] ?? r.instance) : null,
    hearingHeld: yesNo(r.hearingHeld),
    outcomeDate: asDate(r.outcomeDate),
    // In the case's own kind's words: a 复议 case says 决定维持, never 判决驳回诉讼请求.
    outcome: r.outcome ? caseOutcomeLabel(r.outcome) : null,
    closingManner: r.closingManner
      ? (CLOSING_MANNER_LABELS[r.closingManner as ClosingManner] ?? r.closingManner)
      : null,
    answerDueDate: null,
    appealed: yesNo(r.appealed),
    notes: r.notes,
    handler: r.handlerName,
  };
}
