/**
 * `shuangjiang report` on a database no server holds: the monthly notice written as Word (its text holds the title,
 * the 发文字号 and the month's new cases counted from the cases this test files) and the workbook with the same
 * figures; the quarterly notice with the loss rate as the screen shows it; the annual report against the year before; bad options refused with exit 2 naming
 * the option; an unknown region refused by name; without --region the registry's one city (asked for when two).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { litigationInput, seedOrgFixture } from '../../../server/src/modules/cases/testing.js';
import { createTestUser, sessionAs } from '../../../server/src/platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../../server/src/platform/db/testing.js';
import { buildTestApp } from '../../../server/src/platform/http/testing.js';
import { type ReportOptions, runReportCommand } from './report.js';

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  return { stream, text: () => text };
}
const squash = (s: string) => s.replace(/\s+/g, '');

describe(`shuangjiang report on ${testDbKind()}`, () => {
  let database: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'sj-report-'));
  beforeAll(async () => {
    database = await createTestDatabase();
    const org = await seedOrgFixture(database.db);
    // The cases are filed through the API (the registry's own rules), then the app is closed: the command runs alone.
    const app = await buildTestApp(database);
    const s = await sessionAs(
      app,
      database.db,
      await createTestUser(database.db, { role: 'city_coordinator', regionCode: '329900' }),
    );
    const file = async (n: number, filedDate: string, outcome?: string) => {
      const res = await s.inject({
        method: 'POST',
        url: '/api/v1/cases',
        payload: litigationInput(org.agency('county-0-dept-0'), {
          caseNumber: `（2025）苏9902行初${n}号`,
          filedDate,
          complaintReceivedDate: filedDate,
          ...(outcome ? { outcome, outcomeDate: '2025-09-25' } : {}),
        }),
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    await file(1, '2025-09-01', 'REVOKED');
    await file(2, '2025-09-02', 'CLAIMS_REJECTED');
    await file(3, '2025-09-03', 'CLAIMS_REJECTED');
    await file(4, '2025-08-03');
    await app.close();
  }, 300_000);
  afterAll(async () => {
    await database?.cleanup();
  });
  const run = async (kind: string, opts: ReportOptions) => {
    const out = capture();
    const err = capture();
    const code = await runReportCommand(database, kind, opts, { stdout: out.stream, stderr: err.stream });
    return { code, stdout: out.text(), stderr: err.text() };
  };

  it('monthly: the Word notice and the workbook', async () => {
    const out = join(dir, 'm.docx');
    const xlsx = join(dir, 'm.xlsx');
    const r = await run('monthly', { year: '2025', month: '9', region: '329900', out, xlsx });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('新收一审行政诉讼案件3件');
    const text = squash((await mammoth.extractRawText({ buffer: readFileSync(out) })).value);
    expect(text).toContain('关于2025年9月示例市新收行政案件情况的通报');
    expect(text).toContain('示例应诉月通〔2025〕9号');
    expect(text).toContain('新收一审行政诉讼案件3件，上月1件（环比+2件）');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.getWorksheet('新收案件总体情况')!.getRow(2).values).toEqual([
      undefined,
      '新收一审行政诉讼案件',
      3,
      1,
      '+2',
      0,
      '+3',
    ]);
  });

  it('quarterly for a county: the loss rate as the screen shows it (1/3 = 33.33%)', async () => {
    const out = join(dir, 'q.docx');
    const r = await run('quarterly', { year: '2025', quarter: '3', region: '329902', out });
    expect(r.code, r.stderr).toBe(0);
    const text = squash((await mammoth.extractRawText({ buffer: readFileSync(out) })).value);
    expect(text).toContain('一审败诉率33.33%');
    expect(text).toContain('城东应诉季通〔2025〕3号');
  });

  it('annual for the city: the year against the last, the Word report and the workbook', async () => {
    const out = join(dir, 'a.docx');
    const xlsx = join(dir, 'a.xlsx');
    const r = await run('annual', { year: '2025', region: '329900', out, xlsx });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('关于2025年度示例市行政应诉工作情况的报告');
    const text = squash((await mammoth.extractRawText({ buffer: readFileSync(out) })).value);
    expect(text).toContain('示例应诉报〔2025〕1号');
    expect(text).toContain('新收一审行政诉讼案件4件（上年0件）');
    expect(text).toContain('一审败诉率33.33%');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.getWorksheet('分季度走势')!.getRow(2).values).toEqual([undefined, '新收一审行政诉讼案件', 0, 0, 4, 0, 4]);
  });

  it('bad options and an unknown region: exit 2, the option named', async () => {
    expect((await run('monthly', { year: '2025', out: join(dir, 'x.docx') })).stderr).toContain('--month');
    expect((await run('weekly', { year: '2025', out: join(dir, 'x.docx') })).code).toBe(2);
    expect((await run('quarterly', { year: '2025', quarter: '3', out: join(dir, 'x.pdf') })).stderr).toContain('--out');
    const unknown = await run('monthly', { year: '2025', month: '9', region: '111111', out: join(dir, 'x.docx') });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('111111');
    // Two cities here (the demo's and the test accounts'): the whole registry is no one city, the region is asked for.
    const two = await run('monthly', { year: '2025', month: '9', out: join(dir, 'x.docx') });
    expect({ code: two.code, stderr: two.stderr }).toEqual({
      code: 2,
      stderr: '登记册中有2个市级地区，请用 --region 指定\n',
    });
  });
});
