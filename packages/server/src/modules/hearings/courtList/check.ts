/**
 * Reading and checking a court's hearing list (开庭公告 / 排期表): nothing is written here. Each row is matched to a
 * case in the importer's scope by its normalized 案号 (the domain's parseCaseNumber: full-width, spaces, brackets) and
 * to that case's hearings, and planned: a new hearing, a changed time (改期) of the scheduled or postponed hearing of
 * the same kind, a changed courtroom or mode, or unchanged. Errors name the row and the column in Chinese; a row whose
 * case is unknown, whose date or time is invalid, or which repeats an earlier row is one.
 */
import type { Readable } from 'node:stream';
import { parseCaseNumber } from '@shuangjiang/domain';
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors.js';
import { caseRefInScope, findCasesByNumbers } from '../../cases/public.js';
import {
  type CellValue,
  cellText,
  dataRows,
  type ErrorKind,
  parseChoice,
  type RowError,
  RowErrors,
  readXlsxRows,
  type SkippedRow,
} from '../../imports/public.js';
import { HEARING_KIND_LABELS, type HearingKind, type HearingMode, type HearingStatus } from '../constants.js';
import { hearingsOfCases } from '../repository.js';
import type { HearingRow } from '../schema.js';
import {
  columnLabel,
  HEARING_LIST_HEADERS,
  KIND_CHOICES,
  KIND_SHOWN,
  type ListColumn,
  MODE_CHOICES,
  MODE_SHOWN,
} from './columns.js';
import { chinaIso, chinaText, hearingInstant } from './when.js';

/** A court's list is a few hundred rows; a file far beyond is not one. */
export const MAX_LIST_ROWS = 5000;
const KEEP_ERRORS = 1000;

export type ListAction = 'create' | 'reschedule' | 'update' | 'unchanged';

export interface PlannedHearing {
  row: number;
  action: ListAction;
  caseId: string;
  caseNumber: string;
  kind: HearingKind;
  /** Null: the list does not say (a new hearing is 现场; an existing one keeps its own). */
  mode: HearingMode | null;
  courtroom: string | null;
  notes: string | null;
  scheduledAt: Date;
  /** The existing hearing changed or left as it is. */
  hearing: {
    id: string;
    version: number;
    status: HearingStatus;
    scheduledAt: Date;
    courtroom: string | null;
    mode: HearingMode;
  } | null;
}

export interface ListCheck {
  fileName: string;
  rows: number;
  counts: Record<ListAction, number>;
  items: PlannedHearing[];
  errorCount: number;
  errors: RowError[];
  errorKinds: ErrorKind[];
  skippedRows: SkippedRow[];
}

interface ReadRow {
  row: number;
  number: string;
  kind: HearingKind;
  mode: HearingMode | null;
  courtroom: string | null;
  notes: string | null;
  at: Date;
}

const OPEN: readonly HearingStatus[] = ['scheduled', 'postponed'];

/** Reads and checks the list; `source` is a file path or an .xlsx/CSV stream. */
export async function checkHearingList(
  db: DbOrTx,
  principal: Principal,
  source: string | Readable,
  fileName: string,
): Promise<ListCheck> {
  const errors = new RowErrors(KEEP_ERRORS);
  const err = (row: number, column: ListColumn, message: string) =>
    errors.add({ row, column: columnLabel(column), message });
  const skippedRows: SkippedRow[] = [];
  const columns: Partial<Record<ListColumn, number>> = {};
  let header = false;
  const onHeader = async () => {
    header = true;
  };
  const read: ReadRow[] = [];
  let rows = 0;
  for await (const r of dataRows(readXlsxRows(source), columns, onHeader, skippedRows, HEARING_LIST_HEADERS)) {
    rows++;
    if (rows > MAX_LIST_ROWS) {
      throw new AppError('IMPORT_INVALID', `开庭排期表超过 ${MAX_LIST_ROWS} 行，请按月份拆分后导入`, [
        { field: 'file', message: '行数过多' },
      ]);
    }
    const parsed = readRow(r.rowNumber, r.cells, columns, err);
    if (parsed) read.push(parsed);
  }
  if (!header) {
    throw new AppError('IMPORT_INVALID', '未找到表头：开庭排期表的前30行中应有“案号”“开庭日期”“开庭时间”“法庭”等列名', [
      { field: 'file', message: '未找到表头' },
    ]);
  }
  if (columns.date === undefined && columns.time === undefined) {
    throw new AppError('IMPORT_INVALID', '表头中没有“开庭日期”或“开庭时间”列，无法确定开庭时间', [
      { field: 'file', message: '缺少开庭时间列' },
    ]);
  }
  const items = await plan(db, principal, read, err);
  const counts: Record<ListAction, number> = { create: 0, reschedule: 0, update: 0, unchanged: 0 };
  for (const i of items) counts[i.action]++;
  return {
    fileName,
    rows,
    counts,
    items,
    errorCount: errors.count,
    errors: errors.first(),
    errorKinds: errors.byKind(),
    skippedRows,
  };
}

function readRow(
  row: number,
  cells: CellValue[],
  columns: Partial<Record<ListColumn, number>>,
  err: (row: number, column: ListColumn, message: string) => void,
): ReadRow | null {
  const cell = (c: ListColumn) => (columns[c] === undefined ? undefined : cells[columns[c]!]);
  let ok = true;
  const fail = (c: ListColumn, message: string) => {
    err(row, c, message);
    ok = false;
  };
  const raw = cellText(cell('caseNumber'));
  let number = '';
  if (!raw) fail('caseNumber', '案号不能为空');
  else {
    const parsed = parseCaseNumber(raw);
    if (!parsed.valid) fail('caseNumber', `案号无法识别：${parsed.reason}`);
    else number = parsed.normalized;
  }
  const when = hearingInstant(cell('date'), cell('time'));
  if (!when.ok) fail(when.column === 'date' && columns.date === undefined ? 'time' : when.column, when.message);
  const kind = parseChoice(cell('kind'), KIND_CHOICES, KIND_SHOWN);
  if (!kind.ok) fail('kind', kind.message);
  const mode = parseChoice(cell('mode'), MODE_CHOICES, MODE_SHOWN);
  if (!mode.ok) fail('mode', mode.message);
  const courtroom = cellText(cell('courtroom')) || null;
  if (courtroom && courtroom.length > 100) fail('courtroom', '法庭不能超过100个字');
  const notes = cellText(cell('notes')) || null;
  if (notes && notes.length > 2000) fail('notes', '备注不能超过2000个字');
  if (!ok || !when.ok || !kind.ok || !mode.ok) return null;
  return { row, number, kind: kind.value ?? 'trial', mode: mode.value, courtroom, notes, at: when.at };
}

/** Rows → cases in scope → the plan against each case's hearings. */
async function plan(
  db: DbOrTx,
  principal: Principal,
  read: ReadRow[],
  err: (row: number, column: ListColumn, message: string) => void,
): Promise<PlannedHearing[]> {
  const found = await findCasesByNumbers(db, [...new Set(read.map((r) => r.number))]);
  // A hearing list is the court's: a litigation case. Other kinds share no numbering with the courts'.
  const byNumber = new Map<string, string[]>();
  for (const c of found) {
    if (c.kind !== 'litigation' || !c.caseNumber) continue;
    byNumber.set(c.caseNumber, [...(byNumber.get(c.caseNumber) ?? []), c.id]);
  }
  const inScope = new Map<string, boolean>();
  for (const ids of byNumber.values()) {
    for (const id of ids) inScope.set(id, (await caseRefInScope(db, principal, id)) !== null);
  }
  const hearingsByCase = new Map<string, HearingRow[]>();
  for (const h of await hearingsOfCases(
    db,
    [...inScope.keys()].filter((id) => inScope.get(id)),
  )) {
    hearingsByCase.set(h.caseId, [...(hearingsByCase.get(h.caseId) ?? []), h]);
  }

  const seen = new Map<string, ReadRow>();
  const out: PlannedHearing[] = [];
  for (const r of read) {
    const ids = (byNumber.get(r.number) ?? []).filter((id) => inScope.get(id));
    if (ids.length === 0) {
      // The same answer for a number that is not registered and one outside the importer's scope.
      err(r.row, 'caseNumber', `案件台账中没有案号为“${r.number}”的行政诉讼案件（或不在您的管辖范围内），请先登记案件`);
      continue;
    }
    if (ids.length > 1) {
      err(r.row, 'caseNumber', `案号“${r.number}”对应多个案件，请在案件页面录入庭审`);
      continue;
    }
    const caseId = ids[0]!;
    const key = `${caseId}|${r.kind}`;
    const earlier = seen.get(key);
    if (earlier) {
      const same = earlier.at.getTime() === r.at.getTime();
      err(
        r.row,
        'caseNumber',
        same
          ? `与第${earlier.row}行重复（同一案件、同一${HEARING_KIND_LABELS[r.kind]}、同一时间）`
          : `与第${earlier.row}行是同一案件的${HEARING_KIND_LABELS[r.kind]}，时间不同（${chinaText(earlier.at)} / ${chinaText(r.at)}），无法判断哪一个是改期后的时间；请只保留一行`,
      );
      continue;
    }
    seen.set(key, r);
    out.push(planRow(r, caseId, hearingsByCase.get(caseId) ?? []));
  }
  return out;
}

/**
 * One row against its case's hearings of the same kind: the one at the same time (whatever its status) is this
 * hearing; else the scheduled or postponed one moves to the list's time (the court changed it: 改期); else a new one.
 */
function planRow(r: ReadRow, caseId: string, caseHearings: HearingRow[]): PlannedHearing {
  const sameKind = caseHearings.filter((h) => h.kind === r.kind);
  const base = {
    row: r.row,
    caseId,
    caseNumber: r.number,
    kind: r.kind,
    mode: r.mode,
    courtroom: r.courtroom,
    notes: r.notes,
    scheduledAt: r.at,
  };
  const ref = (h: HearingRow) => ({
    id: h.id,
    version: h.version,
    status: h.status,
    scheduledAt: h.scheduledAt,
    courtroom: h.courtroom,
    mode: h.mode,
  });
  const same = sameKind.find((h) => h.scheduledAt.getTime() === r.at.getTime());
  if (same) {
    const open = OPEN.includes(same.status);
    const changed =
      (r.courtroom !== null && r.courtroom !== same.courtroom) || (r.mode !== null && r.mode !== same.mode);
    return { ...base, action: open && changed ? 'update' : 'unchanged', hearing: ref(same) };
  }
  const open = sameKind.filter((h) => OPEN.includes(h.status));
  if (open.length > 0) {
    // Of several open ones (rare), the one nearest in time is the one the court moved.
    const nearest = open.reduce((a, b) =>
      Math.abs(b.scheduledAt.getTime() - r.at.getTime()) < Math.abs(a.scheduledAt.getTime() - r.at.getTime()) ? b : a,
    );
    return { ...base, action: 'reschedule', hearing: ref(nearest) };
  }
  return { ...base, action: 'create', hearing: null };
}

/** The check as the API answers it (times as China time). */
export function presentListCheck(c: ListCheck, status: 'checked' | 'invalid' | 'done') {
  return {
    status,
    fileName: c.fileName,
    rows: c.rows,
    counts: c.counts,
    items: c.items.map((i) => ({
      row: i.row,
      action: i.action,
      caseId: i.caseId,
      caseNumber: i.caseNumber,
      kind: i.kind,
      mode: i.mode,
      courtroom: i.courtroom,
      scheduledAt: chinaIso(i.scheduledAt),
      hearingId: i.hearing?.id ?? null,
      previousScheduledAt: i.hearing && i.action === 'reschedule' ? chinaIso(i.hearing.scheduledAt) : null,
      previousStatus: i.hearing?.status ?? null,
    })),
    errorCount: c.errorCount,
    errors: c.errors,
    errorKinds: c.errorKinds,
    skippedRows: c.skippedRows,
  };
}
