/**
 * A ledger in the column layout of a real government system (序号, 案号, 审级, 审理法院, 原告, 被告, 应诉承办人, 应诉日期,
 * 答辩截止日期, 结案日期, 结案方式), with a merged title row, mixed date formats and a footer, imported as a clerk would
 * — as .xlsx, as zip64 and as GBK CSV.
 */
import { writeFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/principal.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { cases } from '../cases/schema.js';
import { seedOrgFixture, testPrincipal } from '../cases/testing.js';
import { tmpFile } from './fixtures.js';
import { type ImportResult, importCasesFromXlsx } from './service.js';
import { buildZip } from './xlsx/testing.js';

const COURT = '示例市城东区人民法院';
const POLICE = '示例市城东区公安分局';
const HEADER = [
  '序号',
  '案号',
  '审级',
  '审理法院',
  '原告',
  '被告',
  '应诉承办人',
  '应诉日期',
  '答辩截止日期',
  '结案日期',
  '结案方式',
];
const no = (n: number) => `（2024）苏9902行初${n}号`;
const row = (n: number, received: unknown, manner: string | null, extra: { due?: unknown; closed?: unknown } = {}) => [
  n,
  no(n),
  '一审',
  COURT,
  `王某${n}`,
  POLICE,
  '张科员',
  received,
  extra.due ?? null,
  extra.closed ?? null,
  manner,
];
const ROWS = [
  row(801, '2024-03-05', '判决', { closed: '2024-08-01' }),
  row(802, '2024.3.6', '裁定', { closed: '2024年8月2日' }),
  row(803, new Date(Date.UTC(2024, 2, 7)), '撤诉', { closed: 45506 }),
  row(804, 45360, '调解', { closed: '20240805' }),
  row(805, '2024/3/11', null),
  row(806, '2024-03-12', '判决', { due: '2024-03-13', closed: '2024-08-06' }),
  row(807, '2024-03-13', '裁定'),
];
const FOOTER = [['合计', '共7件'], ['制表人：张三', null, null, null, '审核人：李四'], ['填表日期：2024年12月31日']];

async function workbook(rows: unknown[][], footer = FOOTER, header = HEADER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('应诉案件');
  ws.getCell('A1').value = '示例市城东区行政应诉案件台账（2024年）';
  ws.mergeCells('A1:K1');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  ws.addRow([]);
  for (const f of footer) ws.addRow(f);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const file = (content: Buffer, name = 'ledger.xlsx') => {
  const p = tmpFile(name);
  writeFileSync(p, content);
  return p;
};

describe(`a real government ledger on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let east: Principal;
  const db = () => database.db;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedOrgFixture(database.db);
    east = testPrincipal('county_coordinator', { regionCode: '329902', regionPath: '/329900/329902/' });
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  const check = (r: ImportResult) => {
    // 结案方式 is its own column: no 判决/裁定 row is rejected.
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ rows: 7, errorCount: 0 });
    // The footer is skipped and said so.
    expect(r.skippedRows.map((s) => s.text)).toEqual([
      '合计 共7件',
      '制表人：张三 审核人：李四',
      '填表日期：2024年12月31日',
    ]);
    // 答辩截止日期 is compared with the computed deadline; the disagreement is a warning, not an error.
    expect(r.warnings).toEqual([
      {
        row: 8,
        column: 'I列 答辩截止日期',
        message: expect.stringMatching(/表中为 2024-03-13，按收到起诉状副本日期 2024-03-12 计算应为 2024-03-2\d/),
      },
    ]);
    // Every column and how it is read; the unread ones apart.
    const cols = Object.fromEntries(r.mapping!.columns.map((c) => [c.header, [c.letter, c.field, c.how]]));
    expect(cols).toMatchObject({
      序号: ['A', null, 'unmapped'],
      案号: ['B', 'caseNumber', 'header'],
      审理法院: ['D', 'court', 'synonym'],
      应诉承办人: ['G', null, 'unmapped'],
      应诉日期: ['H', 'complaintReceivedDate', 'synonym'],
      答辩截止日期: ['I', 'answerDueDate', 'header'],
      结案方式: ['K', 'closingManner', 'header'],
    });
    expect(r.mapping!.unmappedColumns.map((u) => `${u.letter} ${u.header}`)).toEqual(['A 序号', 'G 应诉承办人']);
  };

  it('reads 结案方式 as how the case ended, 应诉日期 as the receipt date; skips the footer; imports all', async () => {
    const xlsx = await workbook(ROWS);
    check(await importCasesFromXlsx(db(), east, file(xlsx), { dryRun: true }));
    const done = await importCasesFromXlsx(db(), east, file(xlsx));
    expect(done).toMatchObject({ status: 'done', created: 7 });
    const stored = await db()
      .select({
        n: cases.caseNumber,
        manner: cases.closingManner,
        outcome: cases.outcome,
        received: cases.complaintReceivedDate,
      })
      .from(cases)
      .orderBy(cases.caseSeq);
    expect(stored).toEqual([
      { n: no(801), manner: 'judgment', outcome: null, received: '2024-03-05' },
      { n: no(802), manner: 'ruling', outcome: null, received: '2024-03-06' },
      // 撤诉 and 调解 stand for the outcome when the row gives none: they count toward 调撤.
      { n: no(803), manner: 'withdrawn', outcome: 'WITHDRAWN', received: '2024-03-07' },
      { n: no(804), manner: 'mediated', outcome: 'MEDIATED', received: '2024-03-09' },
      { n: no(805), manner: null, outcome: null, received: '2024-03-11' },
      { n: no(806), manner: 'judgment', outcome: null, received: '2024-03-12' },
      { n: no(807), manner: 'ruling', outcome: null, received: '2024-03-13' },
    ]);
    // Re-imported: unchanged.
    expect(await importCasesFromXlsx(db(), east, file(xlsx), { dryRun: true })).toMatchObject({ unchanged: 7 });
  });

  it('the same ledger as zip64 and as GBK CSV (as WPS saves it) reads the same, every character intact', async () => {
    const zip = await JSZip.loadAsync(await workbook(ROWS));
    const parts: Record<string, Buffer> = {};
    for (const name of Object.keys(zip.files)) {
      if (!zip.files[name]!.dir) parts[name] = await zip.files[name]!.async('nodebuffer');
    }
    const z64 = await importCasesFromXlsx(db(), east, file(buildZip(parts, { zip64: true })), { dryRun: true });
    expect(z64).toMatchObject({ errorCount: 0, unchanged: 7 });
    const cell = (v: unknown) =>
      v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);
    const lines = [['示例市城东区行政应诉案件台账（2024年）'], HEADER, ...ROWS, [], ...FOOTER].map((r) =>
      r.map(cell).join(','),
    );
    const csv = iconv.encode(lines.join('\r\n'), 'gbk');
    const r = await importCasesFromXlsx(db(), east, file(csv, 'ledger.csv'), { dryRun: true });
    check(r);
    expect(r).toMatchObject({ unchanged: 7 });
  });

  it('errors name the column as the file does, with its letter; a mapping overrides a recognised column', async () => {
    const bad = await workbook([row(811, '2024-02-30', '判决'), row(812, '2024-03-05', '判决')]);
    const r = await importCasesFromXlsx(db(), east, file(bad), { dryRun: true });
    expect(r.errors).toEqual([
      { row: 3, column: 'H列 应诉日期（收到起诉状副本日期）', message: '日期不存在：2024-02-30' },
    ]);

    // --map 结案方式= (null): the column is ignored, and the report says so because it is.
    const good = await workbook([row(813, '2024-03-05', '判决')]);
    const ignored = await importCasesFromXlsx(db(), east, file(good), { dryRun: true, mapping: { 结案方式: null } });
    expect(ignored.mapping!.columns.find((c) => c.header === '结案方式')).toMatchObject({
      field: null,
      how: 'ignored',
    });
    await importCasesFromXlsx(db(), east, file(good), { mapping: { 结案方式: null, 应诉承办人: null, 序号: null } });
    const [stored] = await db()
      .select()
      .from(cases)
      .where(eq(cases.caseNumber, no(813)));
    expect(stored!.closingManner).toBeNull();

    // Mapped to another field, the column is read as that field.
    const asOutcome = await importCasesFromXlsx(db(), east, file(good), {
      dryRun: true,
      mapping: { 结案方式: 'outcome' },
    });
    expect(asOutcome.mapping!.columns.find((c) => c.header === '结案方式')).toMatchObject({
      field: 'outcome',
      how: 'mapping',
    });
    expect(asOutcome.errors).toEqual([
      { row: 3, column: 'K列 结案方式（裁判结果）', message: expect.stringContaining('无法识别') },
    ]);
  });

  it('a file with a header and no rows, or only a footer, says there are no data rows', async () => {
    const empty = file(await workbook([], []));
    await expect(importCasesFromXlsx(db(), east, empty, { dryRun: true })).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      message: expect.stringContaining('文件没有数据行：第2行是表头'),
    });
    const footerOnly = file(await workbook([]));
    await expect(importCasesFromXlsx(db(), east, footerOnly)).rejects.toMatchObject({
      message: expect.stringContaining('表尾 3 行已跳过'),
    });
  });

  it('an all-bad sheet reports the first 1,000 errors by row and counts them all by kind', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => row(900 + i, '2024-13-01', '判决'));
    const r = await importCasesFromXlsx(db(), east, file(await workbook(rows, [])), { dryRun: true });
    expect(r.errorCount).toBe(2500);
    expect(r.errors).toHaveLength(1000);
    expect(r.errors[0]!.row).toBe(3);
    expect(r.errors[999]!.row).toBe(1002);
    expect(r.errorKinds).toEqual([{ column: 'H列 应诉日期（收到起诉状副本日期）', kind: '日期不存在', count: 2500 }]);
  });
});
