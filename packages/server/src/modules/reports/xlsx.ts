/**
 * The same figures as the Word notice, as a workbook (docs/rules/reports.md#document): one sheet per table, the
 * display strings as the screen shows them, counts as numbers so a reader can sum them; a first sheet names the
 * period, region, definition version and edition.
 */
import ExcelJS from 'exceljs';
import type { ReportContent } from './content.js';

const COUNT = /^[+-]?\d+$/;

/** Excel's sheet names: at most 31 characters, none of []:*?/\ ; unique in the book. */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, '').slice(0, 28) || '表';
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 26)}_${i}`;
  used.add(name);
  return name;
}

export async function buildReportXlsx(
  c: ReportContent,
  meta: { title: string; documentNumber: string; edition: number; status: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '双降';
  const used = new Set<string>();
  const info = wb.addWorksheet(sheetName('说明', used));
  info.addRows([
    ['标题', meta.title],
    ['发文字号', meta.documentNumber],
    ['期间', `${c.period.label}（${c.period.from}至${c.period.to}）`],
    ['地区', `${c.region.name}（${c.region.code}）`],
    ['指标口径', `${c.definition.name}（${c.definition.id}，第${c.definition.version ?? '—'}版）`],
    ['版次', `第${meta.edition}版（${meta.status}）`],
    ['数据日期', c.asOf],
    ...c.notes.map((n) => ['说明', n]),
  ]);
  info.getColumn(1).width = 12;
  info.getColumn(2).width = 80;
  for (const t of c.tables) {
    const ws = wb.addWorksheet(sheetName(t.title, used));
    ws.addRow(t.columns).font = { bold: true };
    for (const r of t.rows)
      ws.addRow(r.cells.map((v, i) => (i > 0 && COUNT.test(v) && !v.startsWith('+') ? Number(v) : v)));
    if (t.note) ws.addRow([`注：${t.note}`]);
    ws.getColumn(1).width = 36;
    for (let i = 2; i <= t.columns.length; i++) ws.getColumn(i).width = 14;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
