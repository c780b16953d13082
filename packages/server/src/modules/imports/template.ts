/**
 * The import template (导入模板.xlsx): the 案件 sheet with the headers the importer knows, drop-down lists for every
 * closed value (from the same labels the importer accepts, and the admin_domains table), a frozen header row and
 * column widths; a 填写说明 sheet explaining each column with an example row; a hidden 选项 sheet holding the lists.
 */
import { ALL_CASE_OUTCOMES, caseOutcomeLabel } from '@shuangjiang/domain';
import ExcelJS from 'exceljs';
import type { DbOrTx } from '../../platform/db/client.js';
import { CASE_INSTANCE_LABELS, CASE_KIND_LABELS } from '../cases/constants.js';
import { DEFAULT_ADMIN_DOMAINS, listAdminDomains } from '../cases/public.js';
import { CLOSING_MANNER_SHOWN } from './closingManner.js';
import { TEMPLATE_COLUMNS as COLUMNS, type ColumnKey } from './columns.js';

/** Rows of the data sheet that carry the drop-down lists. */
const VALIDATED_ROWS = 5000;
const REQUIRED: ReadonlySet<ColumnKey> = new Set(['caseNumber', 'defendants']);

export const TEMPLATE_FILE_NAME = '案件导入模板.xlsx';

const colLetter = (i: number) => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** `db` null (no database at hand): the default list of administrative domains. */
export async function buildTemplate(db: DbOrTx | null): Promise<ExcelJS.Workbook> {
  const domains = db
    ? (await listAdminDomains(db)).filter((d) => d.active).map((d) => d.name)
    : DEFAULT_ADMIN_DOMAINS.map(([, name]) => name);
  const lists: Partial<Record<ColumnKey, string[]>> = {
    kind: Object.values(CASE_KIND_LABELS),
    instance: Object.values(CASE_INSTANCE_LABELS),
    hearingHeld: ['是', '否'],
    // Every kind's outcomes (裁判结果, 复议结果, 化解结果): a row's own kind decides which it may take.
    outcome: ALL_CASE_OUTCOMES.map(caseOutcomeLabel),
    appealed: ['是', '否'],
    domain: domains,
    closingManner: [...CLOSING_MANNER_SHOWN],
  };

  const wb = new ExcelJS.Workbook();
  wb.creator = '双降 Shuangjiang';
  wb.created = new Date();

  const ws = wb.addWorksheet('案件', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const header = ws.getRow(1);
  header.height = 22;
  header.eachCell((cell, col) => {
    const key = COLUMNS[col - 1]!.key;
    cell.font = { bold: true, color: { argb: REQUIRED.has(key) ? 'FFC00000' : 'FF000000' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.note = COLUMNS[col - 1]!.help || COLUMNS[col - 1]!.header;
  });
  COLUMNS.forEach((c, i) => {
    if (c.key.endsWith('Date')) ws.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
  });

  // exceljs supports ranges in dataValidations.add, but its typings omit the property.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  // The lists live on a hidden sheet: Excel limits an inline list to 255 characters.
  const options = wb.addWorksheet('选项', { state: 'hidden' });
  let listCol = 0;
  for (const [key, values] of Object.entries(lists) as [ColumnKey, string[]][]) {
    const letter = colLetter(listCol++);
    const column = COLUMNS.findIndex((c) => c.key === key);
    options.getCell(`${letter}1`).value = COLUMNS[column]!.header;
    values.forEach((v, i) => {
      options.getCell(`${letter}${i + 2}`).value = v;
    });
    const target = colLetter(column);
    validations.add(`${target}2:${target}${VALIDATED_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'选项'!$${letter}$2:$${letter}$${values.length + 1}`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '无效的值',
      error: `请从下拉列表中选择${COLUMNS[column]!.header}`,
    });
  }

  const help = wb.addWorksheet('填写说明');
  help.columns = [
    { header: '列名', key: 'header', width: 22 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写说明', key: 'help', width: 80 },
    { header: '示例', key: 'example', width: 30 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of COLUMNS) {
    help.addRow({ header: c.header, required: REQUIRED.has(c.key) ? '必填' : '', help: c.help, example: c.example });
  }
  help.addRow([]);
  help.addRow(['通用规则：']).font = { bold: true };
  for (const line of [
    '1. 请在“案件”工作表中填写，每行一个案件；表头可以不在第一行，列的顺序可以调整。',
    '2. 导入前系统先检查全部行，列出每一行、每一列的错误；有错误时不会导入任何数据。',
    '3. 同一案号（同一案件类型）已登记的，按本表更新；空白单元格不会清除系统中已有的内容。',
    '4. 日期可写作 2024-03-05、2024/3/5、2024.3.5、2024年3月5日、20240305，或使用 Excel 日期格式。',
    '5. 只能导入您管辖范围内的案件（按第一被告所在地区确定）。',
  ]) {
    help.addRow([line]);
  }
  help.addRow([]);
  help.addRow(['示例行（请勿在本工作表中填写案件）：']).font = { bold: true };
  const exampleHeader = help.addRow(COLUMNS.map((c) => c.header));
  exampleHeader.font = { bold: true };
  help.addRow(COLUMNS.map((c) => c.example));

  return wb;
}

export async function templateBuffer(db: DbOrTx): Promise<Buffer> {
  const wb = await buildTemplate(db);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function writeTemplateFile(db: DbOrTx | null, path: string): Promise<void> {
  const wb = await buildTemplate(db);
  await wb.xlsx.writeFile(path);
}
