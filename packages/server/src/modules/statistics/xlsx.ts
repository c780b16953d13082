/**
 * A filing in its form's layout as a workbook, ready to send (docs/rules/statistics.md#forms): the title, 表号, 填报单位
 * and period above the grid, the column headers merged as the form groups them (被申请人, 已审结 · 终止 …), the values
 * the form reports (adjustments included, each adjusted cell with a note naming the count and the reason), and the
 * adjustments listed under the grid.
 */
import { effectiveValue, parseStatPeriod, STAT_FORMS } from '@shuangjiang/domain';
import ExcelJS from 'exceljs';
import { FILING_SCOPE_LABELS } from './constants.js';
import type { FilingRow } from './schema.js';

const STATUS_LABELS = { draft: '填报中', submitted: '已上报', returned: '已退回', accepted: '已接收' } as const;
const thin = { style: 'thin' } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };

export async function buildFilingXlsx(f: FilingRow): Promise<Buffer> {
  const layout = STAT_FORMS[f.form];
  const wb = new ExcelJS.Workbook();
  wb.creator = '双降';
  const ws = wb.addWorksheet(layout.title.slice(0, 28).replace(/[[\]:*?/\\]/g, ''));
  const width = layout.columns.length + 1;
  const depth = Math.max(...layout.columns.map((c) => c.groups.length)) + 1;
  const period = parseStatPeriod(f.period);

  ws.mergeCells(1, 1, 1, width);
  const title = ws.getCell(1, 1);
  title.value = layout.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };
  ws.getCell(2, 1).value = `表号：${layout.code}`;
  ws.getCell(3, 1).value =
    `填报单位：${f.regionName}（${FILING_SCOPE_LABELS[f.scope]}）　统计期间：${period?.label ?? f.period}（${f.periodFrom}至${f.periodTo}）　状态：${STATUS_LABELS[f.status]}`;
  ws.mergeCells(2, 1, 2, width);
  ws.mergeCells(3, 1, 3, width);

  const top = 5;
  ws.mergeCells(top, 1, top + depth - 1, 1);
  ws.getCell(top, 1).value = '项目';
  // Group headers: neighbours with the same path down to a level share one merged cell.
  for (let level = 0; level < depth - 1; level++) {
    let i = 0;
    while (i < layout.columns.length) {
      const col = layout.columns[i]!;
      if (col.groups.length <= level) {
        i++;
        continue;
      }
      const path = col.groups.slice(0, level + 1).join('/');
      let j = i;
      while (
        j + 1 < layout.columns.length &&
        layout.columns[j + 1]!.groups.length > level &&
        layout.columns[j + 1]!.groups.slice(0, level + 1).join('/') === path
      ) {
        j++;
      }
      if (j > i) ws.mergeCells(top + level, i + 2, top + level, j + 2);
      ws.getCell(top + level, i + 2).value = col.groups[level]!;
      i = j + 1;
    }
  }
  layout.columns.forEach((c, i) => {
    const row = top + c.groups.length;
    if (row < top + depth - 1) ws.mergeCells(row, i + 2, top + depth - 1, i + 2);
    ws.getCell(row, i + 2).value = c.label;
  });
  for (let r = top; r < top + depth; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.font = { bold: true };
      cell.border = border;
    }
  }

  const first = top + depth;
  layout.rows.forEach((row, ri) => {
    const r = first + ri;
    ws.getCell(r, 1).value = row.label;
    ws.getCell(r, 1).border = border;
    layout.columns.forEach((col, ci) => {
      const key = `${row.id}:${col.id}`;
      const cell = ws.getCell(r, ci + 2);
      cell.value = effectiveValue(f.cells, f.adjustments, key);
      cell.border = border;
      cell.alignment = { horizontal: 'center' };
      if (col.unit === 'amount') cell.numFmt = '0.00';
      const adj = f.adjustments[key];
      if (adj) {
        cell.note = `登记数据 ${f.cells[key]?.value ?? 0}，调整为 ${adj.value}：${adj.reason}（${adj.byName}）`;
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      }
    });
  });

  let r = first + layout.rows.length + 1;
  const adjusted = Object.entries(f.adjustments);
  ws.getCell(r++, 1).value = adjusted.length ? '调整说明：' : '本表数据均取自案件登记，未经调整。';
  for (const [key, adj] of adjusted) {
    const [rowId, colId] = key.split(':');
    const col = layout.columns.find((c) => c.id === colId);
    const row = layout.rows.find((x) => x.id === rowId);
    const name = [row && layout.rows.length > 1 ? row.label : null, ...(col?.groups ?? []), col?.label ?? colId]
      .filter(Boolean)
      .join('·');
    ws.getCell(r++, 1).value =
      `${name}：登记数据 ${f.cells[key]?.value ?? 0}，填报 ${adj.value}。理由：${adj.reason}（${adj.byName}）`;
  }
  ws.getCell(r + 1, 1).value = `填报人：${f.createdByName}　取数时间：${f.countedAt.toISOString().slice(0, 10)}`;

  ws.getColumn(1).width = 22;
  for (let c = 2; c <= width; c++) ws.getColumn(c).width = 10;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
