/**
 * Where a ledger's data is: its header row (found by its names, anywhere in the first 30 rows of the first sheet that
 * has one; merged title rows, two-row headers and synonyms allowed) and its data rows, without the footer a clerk's
 * ledger ends with (制表人：… 审核人：…, 合计, 填表日期), which is skipped and reported, never read as a case.
 */
import { type ColumnKey, cellText, columnOfHeader } from './columns.js';
import type { CellValue, SheetRow } from './xlsx/readRows.js';

const HEADER_SEARCH_ROWS = 30;

/**
 * The header names a kind of list is read by: which column a header cell names, and the column that identifies a row
 * (a header must name it; a footer never fills it with a 案号). The case ledger's is the default; the court's hearing
 * list (hearings module) brings its own.
 */
export interface HeaderVocabulary<K extends string> {
  columnOf: (v: CellValue | undefined) => K | null;
  key: K;
}

export const CASE_LEDGER_HEADERS: HeaderVocabulary<ColumnKey> = { columnOf: columnOfHeader, key: 'caseNumber' };

type Columns<K extends string> = Partial<Record<K, number>>;

function headerColumns<K extends string>(cells: CellValue[], vocabulary: HeaderVocabulary<K>): Columns<K> {
  const map: Columns<K> = {};
  cells.forEach((c, i) => {
    const key = vocabulary.columnOf(c);
    if (key && map[key] === undefined) map[key] = i;
  });
  return map;
}

/** Adds the header names of `other` (the row above or below) in columns the header row leaves unnamed. */
function mergeHeader<K extends string>(into: Columns<K>, other: CellValue[], vocabulary: HeaderVocabulary<K>): number {
  const used = new Set(Object.values(into));
  let added = 0;
  other.forEach((c, i) => {
    const key = vocabulary.columnOf(c);
    if (key && into[key] === undefined && !used.has(i)) {
      into[key] = i;
      used.add(i);
      added++;
    }
  });
  return added;
}

const isBlank = (cells: CellValue[]) =>
  cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));

/** The words a ledger's footer lines begin with: who made and checked it, when, and the totals. */
const FOOTER =
  /^(制\s*表\s*人|制表|填\s*表\s*人|填报人|填报单位|审\s*核\s*人|审核|复核人|负\s*责\s*人|统计人|联系人|联系电话|填表日期|制表日期|填报日期|统计日期|报送日期|合\s*计|总\s*计|小\s*计|共\s*计|备注\s*[:：]|注\s*[:：]|说明\s*[:：])/;

/** A 案号 (（2024）苏0102行初1号, 〔2024〕12号, 某复字第3号): a row with one is a case, whatever else it says. */
const looksLikeCaseNumber = (s: string) => /[（(〔[【]\s*\d{4}\s*[）)〕\]】]/.test(s) || /\d+\s*号$/.test(s);

/** The text of a footer row (shortened), or null when the row is not one. */
export function footerText(
  cells: CellValue[],
  map: Partial<Record<string, number>>,
  key = 'caseNumber',
): string | null {
  const texts = cells.map((c) => cellText(c)).filter(Boolean);
  if (texts.length === 0 || !texts.some((t) => FOOTER.test(t))) return null;
  const numberColumn = map[key];
  const number = numberColumn === undefined ? '' : cellText(cells[numberColumn]);
  if (number && looksLikeCaseNumber(number)) return null;
  const text = texts.join(' ');
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

export interface SkippedRow {
  row: number;
  /** What the row says (shortened). */
  text: string;
  reason: 'footer';
}

/**
 * The data rows of the first sheet with a header: `columns` is filled in when the header is found. A header row is a
 * row naming at least three known columns of `vocabulary` (the case ledger's by default), its key (案号) among them (merged with the row above for vertically merged cells,
 * and with the row below when that is a second header row under merged group headings). Footer rows go to
 * `skipped` instead.
 */
export async function* dataRows<K extends string = ColumnKey>(
  rows: AsyncIterable<SheetRow>,
  columns: Columns<K>,
  onHeader: (map: Columns<K>, headerRows: CellValue[][], headerRow: number) => Promise<void>,
  skipped: SkippedRow[],
  vocabulary: HeaderVocabulary<K> = CASE_LEDGER_HEADERS as unknown as HeaderVocabulary<K>,
): AsyncGenerator<SheetRow> {
  const keyColumn = vocabulary.key;
  let sheet = -1;
  let seen: SheetRow[] = [];
  let header: { map: Columns<K>; at: number; rows: CellValue[][] } | null = null;
  let found = false;
  const data = (r: SheetRow): boolean => {
    if (isBlank(r.cells)) return false;
    const footer = footerText(r.cells, columns, keyColumn);
    if (footer === null) return true;
    skipped.push({ row: r.rowNumber, text: footer, reason: 'footer' });
    return false;
  };
  for await (const r of rows) {
    if (found) {
      if (r.sheetIndex !== sheet) return;
      if (data(r)) yield r;
      continue;
    }
    if (r.sheetIndex !== sheet) {
      if (header) break; // the header was the sheet's last row: no data
      sheet = r.sheetIndex;
      seen = [];
      header = null;
    }
    if (header) {
      // The row after the header: a second header row (原告 / 被告 under 当事人), or the first data row.
      const map = header.map;
      const at = map[keyColumn];
      const caseNumberEmpty = at === undefined || isBlank([r.cells[at] ?? null]);
      const secondHeader = caseNumberEmpty && Object.keys(headerColumns(r.cells, vocabulary)).length > 0;
      if (secondHeader) {
        mergeHeader(map, r.cells, vocabulary);
        header.rows.push(r.cells);
      }
      await onHeader(map, header.rows, header.at);
      Object.assign(columns, map);
      found = true;
      if (!secondHeader && data(r)) yield r;
      continue;
    }
    if (seen.length >= HEADER_SEARCH_ROWS) continue;
    seen.push(r);
    const map = headerColumns(r.cells, vocabulary);
    if (Object.keys(map).length < 2) continue;
    const prev = seen.length >= 2 ? seen[seen.length - 2]! : null;
    const adjacent = !!prev && prev.rowNumber === r.rowNumber - 1;
    if (adjacent) mergeHeader(map, prev!.cells, vocabulary);
    if (map[keyColumn] !== undefined && Object.keys(map).length >= 3) {
      header = { map, at: r.rowNumber, rows: adjacent ? [prev!.cells, r.cells] : [r.cells] };
    }
  }
  if (header && !found) {
    await onHeader(header.map, header.rows, header.at);
    Object.assign(columns, header.map);
  }
}
