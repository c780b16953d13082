/**
 * Test fixtures for imports: spreadsheets written with exceljs the way real ledgers look (merged title, two-row
 * header, synonyms, dates in every format, trailing blank rows, full-width digits). Used by this module's tests, the
 * CLI's tests and the benchmark.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { TEMPLATE_COLUMNS as COLUMNS } from './columns.js';

export const tmpFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'sj-import-test-')), name);

export type FixtureRow = Partial<Record<(typeof COLUMNS)[number]['key'], unknown>>;

/** A clean file in the template's layout (header on row 1). */
export async function writeSimpleXlsx(path: string, rows: FixtureRow[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('案件');
  ws.addRow(COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(COLUMNS.map((c) => r[c.key] ?? null));
  await wb.xlsx.writeFile(path);
  return path;
}

/**
 * A messy ledger: a merged title on row 1, group headings on row 2 (案号 merged down over rows 2–3, 当事人 merged
 * across 原告 / 被告 / 第三人), sub-headings on row 3, synonyms (原告, 被告, 受理法院, 结案方式), columns in another
 * order, then data from row 4 and a few blank rows at the end.
 */
export async function writeMessyXlsx(path: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2024年台账');
  ws.getCell('A1').value = '示例市城东区行政诉讼案件台账（2024年）';
  ws.mergeCells('A1:L1');
  const group = [
    '案号',
    '类型',
    '受理法院',
    '立案时间',
    '收到应诉通知日期',
    '当事人',
    null,
    null,
    '审级',
    '是否开庭',
    '结案方式',
    '备 注',
  ];
  group.forEach((h, i) => {
    ws.getCell(2, i + 1).value = h;
  });
  const sub = [null, null, null, null, null, '原告', '被告', '第三人', null, null, null, null];
  sub.forEach((h, i) => {
    ws.getCell(3, i + 1).value = h;
  });
  ws.mergeCells('A2:A3');
  ws.mergeCells('B2:B3');
  ws.mergeCells('F2:H2');
  rows.forEach((r, i) => {
    r.forEach((v, j) => {
      ws.getCell(4 + i, j + 1).value = v as ExcelJS.CellValue;
    });
  });
  // Trailing "blank" rows: formatted, spaces only.
  for (let i = 0; i < 3; i++) {
    const cell = ws.getCell(4 + rows.length + i, 1);
    cell.value = i === 0 ? '   ' : null;
    cell.border = { top: { style: 'thin' } };
  }
  await wb.xlsx.writeFile(path);
  return path;
}

/** Reads every sheet of a workbook into arrays (for assertions on exports and templates). */
export async function readWorkbook(source: string | Buffer): Promise<Map<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as unknown as ArrayBuffer);
  const out = new Map<string, unknown[][]>();
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => {
      rows[n - 1] = (row.values as unknown[]).slice(1);
    });
    out.set(ws.name, rows);
  });
  return out;
}
