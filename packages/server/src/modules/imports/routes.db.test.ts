import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { type OrgFixture, seedOrgFixture } from '../cases/testing.js';
import { readWorkbook, tmpFile, writeSimpleXlsx } from './fixtures.js';
import { buildZip } from './xlsx/testing.js';

const boundary = '----sjtestboundary';
function multipart(fileName: string, content: Buffer, type = 'application/octet-stream') {
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const row = (n: number, over: Record<string, unknown> = {}) => ({
  caseNumber: `（2025）苏9902行初${n}号`,
  court: '示例市城东区人民法院',
  filedDate: '2025-01-06',
  complaintReceivedDate: '2025-01-10',
  plaintiffs: `张某${n}`,
  defendants: '示例市城东区公安分局',
  ...over,
});

describe(`imports API on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: OrgFixture;
  let east: TestSession;
  let west: TestSession;
  let clerk: TestSession;

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    app = await buildTestApp(database);
    east = await sessionAs(
      app,
      database.db,
      await createTestUser(database.db, { role: 'county_coordinator', regionCode: '329902' }),
    );
    west = await sessionAs(
      app,
      database.db,
      await createTestUser(database.db, { role: 'county_coordinator', regionCode: '329903' }),
    );
    clerk = await sessionAs(
      app,
      database.db,
      await createTestUser(database.db, { role: 'agency_clerk', agencyId: org.agency('county-0-dept-0') }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('GET /cases/import-template.xlsx: headers, lists, frozen header, 填写说明 with an example row', async () => {
    const res = await east.inject({ method: 'GET', url: '/api/v1/cases/import-template.xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const sheets = await readWorkbook(res.rawPayload);
    expect([...sheets.keys()]).toEqual(['案件', '选项', '填写说明']);
    expect(sheets.get('案件')![0]).toEqual([
      '案号',
      '案件类型',
      '受理法院/复议机关',
      '立案日期',
      '收到起诉状副本日期',
      '案由',
      '被诉行政行为',
      '行政管理领域',
      '原告/申请人',
      '被告/被申请人',
      '第三人',
      '审级',
      '是否开庭',
      '结案日期',
      '裁判结果',
      '结案方式',
      '是否上诉',
      '备注',
      '承办人',
    ]);
    const options = sheets.get('选项')!;
    expect(options.map((r) => r[5]).filter(Boolean)).toContain('征收拆迁'); // admin_domains
    expect(options.map((r) => r[3]).filter(Boolean)).toContain('判决确认违法');
    expect(JSON.stringify(sheets.get('填写说明'))).toContain('（2024）苏9902行初101号');
    // Drop-down lists and the frozen header are in the sheet's XML.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('案件')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBeGreaterThan(20);
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } })
      .dataValidations.model;
    const lists = Object.values(dv).map((v) => v.formulae[0]);
    expect(Object.values(dv).every((v) => v.type === 'list')).toBe(true);
    expect(new Set(lists).size).toBe(7);
    // The clerk may not import.
    expect((await clerk.inject({ method: 'GET', url: '/api/v1/cases/import-template.xlsx' })).statusCode).toBe(403);
  });

  it('upload → dry run with errors; fixed file → commit; progress; re-upload unchanged', async () => {
    const bad = await writeSimpleXlsx(tmpFile('api-bad.xlsx'), [row(1), row(2, { filedDate: '昨天' })]);
    const up = await east.inject({
      method: 'POST',
      url: '/api/v1/cases/imports',
      ...multipart('台账.xlsx', readFileSync(bad)),
    });
    expect(up.statusCode, up.body).toBe(201);
    const job = up.json();
    expect(job).toMatchObject({ status: 'invalid', rows: 2, created: 1, errorCount: 1, fileName: '台账.xlsx' });
    expect(job.errors).toEqual([
      { row: 3, column: 'D列 立案日期', message: expect.stringContaining('日期无法识别：昨天') },
    ]);
    const refused = await east.inject({ method: 'POST', url: `/api/v1/cases/imports/${job.id}/commit` });
    expect(refused.statusCode).toBe(422);

    const good = await writeSimpleXlsx(tmpFile('api-good.xlsx'), [row(1), row(2)]);
    const up2 = await east.inject({
      method: 'POST',
      url: '/api/v1/cases/imports',
      ...multipart('台账.xlsx', readFileSync(good)),
    });
    const job2 = up2.json();
    expect(job2).toMatchObject({ status: 'validated', created: 2, errorCount: 0 });
    // Another user cannot see or commit the job.
    expect((await west.inject({ method: 'GET', url: `/api/v1/cases/imports/${job2.id}` })).statusCode).toBe(404);
    expect((await west.inject({ method: 'POST', url: `/api/v1/cases/imports/${job2.id}/commit` })).statusCode).toBe(
      404,
    );
    const commit = await east.inject({ method: 'POST', url: `/api/v1/cases/imports/${job2.id}/commit` });
    expect(commit.statusCode, commit.body).toBe(200);
    expect(commit.json()).toMatchObject({ status: 'done', progress: { phase: 'done', rowsWritten: 2 } });
    const progress = await east.inject({ method: 'GET', url: `/api/v1/cases/imports/${job2.id}` });
    expect(progress.json()).toMatchObject({ status: 'done', created: 2 });
    const list = await east.inject({ method: 'GET', url: '/api/v1/cases?q=苏9902行初' });
    expect(list.json().total).toBe(2);

    const up3 = await east.inject({
      method: 'POST',
      url: '/api/v1/cases/imports',
      ...multipart('again.xlsx', readFileSync(good)),
    });
    expect(up3.json()).toMatchObject({ status: 'validated', created: 0, updated: 0, unchanged: 2 });

    // Not an xlsx at all.
    const junk = await east.inject({
      method: 'POST',
      url: '/api/v1/cases/imports',
      ...multipart('x.xlsx', Buffer.from('hello')),
    });
    expect(junk.statusCode).toBeGreaterThanOrEqual(400);
  });

  it('files that are not ledgers: 400 with a Chinese message saying what the file is and what to do; CSV accepted', async () => {
    const xlsx = readFileSync(await writeSimpleXlsx(tmpFile('api-whole.xlsx'), [row(31)]));
    const uploads: [string, Buffer, RegExp][] = [
      ['旧台账.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /旧版 Excel.*另存为/],
      ['截断.xlsx', xlsx.subarray(0, Math.floor(xlsx.length / 2)), /损坏或不完整/],
      ['随机.xlsx', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256)), /不是 Excel 工作簿/],
      ['空.xlsx', Buffer.alloc(0), /空的/],
      ['无表.xlsx', buildZip({ 'xl/workbook.xml': '<workbook><sheets/></workbook>' }), /没有工作表/],
      ['表头.csv', Buffer.from('案号,被告,原告\r\n'), /没有数据行/],
    ];
    for (const [name, content, message] of uploads) {
      const res = await east.inject({ method: 'POST', url: '/api/v1/cases/imports', ...multipart(name, content) });
      expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
      expect(res.json().message, name).toMatch(message);
      expect(res.body).not.toMatch(/invalid signature|FILE_ENDED|服务器出现错误/);
    }
    // A CSV as WPS writes it (GBK) is a ledger like any other.
    const csv = iconv.encode(
      `案号,受理法院/复议机关,立案日期,原告/申请人,被告/被申请人\r\n（2025）苏9902行初31号,示例市城东区人民法院,2025/3/1,王某,示例市城东区公安分局\r\n`,
      'gbk',
    );
    const ok = await east.inject({ method: 'POST', url: '/api/v1/cases/imports', ...multipart('台账.csv', csv) });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ status: 'validated', rows: 1, created: 1, errorCount: 0 });
  });

  it('GET /cases/export.xlsx: the list filter, scope applied, audited', async () => {
    const res = await east.inject({ method: 'GET', url: '/api/v1/cases/export.xlsx?kind=litigation' });
    expect(res.statusCode).toBe(200);
    const body = (await readWorkbook(res.rawPayload)).get('案件')!;
    expect(
      body
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['（2025）苏9902行初1号', '（2025）苏9902行初2号']);
    const other = await west.inject({ method: 'GET', url: '/api/v1/cases/export.xlsx' });
    expect((await readWorkbook(other.rawPayload)).get('案件')!.slice(1)).toEqual([]);
    const bad = await east.inject({ method: 'GET', url: '/api/v1/cases/export.xlsx?kind=nope' });
    expect(bad.statusCode).toBe(400);
  });

  it('POST /cases/:id/judgment: DOCX → outcome proposal; other content refused', async () => {
    const list = await east.inject({ method: 'GET', url: '/api/v1/cases?q=苏9902行初1号' });
    const id = list.json().items[0].id as string;
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('示例市城东区人民法院 行政判决书 （2025）苏9902行初1号'),
            new Paragraph('原告不服被告作出的处罚决定，曾经（2024）苏9902行初77号案件审理。'),
            new Paragraph('依照《中华人民共和国行政诉讼法》第七十条之规定，判决如下：'),
            new Paragraph('一、撤销被告示例市城东区公安分局作出的行政处罚决定；'),
            new Paragraph('二、驳回原告的其他诉讼请求。'),
            new Paragraph('案件受理费50元，由被告负担。'),
            new Paragraph('审判长 张某'),
          ],
        },
      ],
    });
    const docx = await Packer.toBuffer(doc);
    const res = await east.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/judgment`,
      ...multipart('判决书.docx', docx),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      type: 'docx',
      outcome: 'REVOKED',
      governmentLost: true,
      citedCaseNumbers: ['（2024）苏9902行初77号'],
    });
    expect(res.json().outcomeText).toContain('撤销被告');
    expect(res.json().outcomeText).not.toContain('审判长');
    const fake = await east.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/judgment`,
      ...multipart('判决书.pdf', Buffer.from('not a pdf at all')),
    });
    expect(fake.statusCode).toBe(415);
    const outside = await west.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/judgment`,
      ...multipart('a.docx', docx),
    });
    expect(outside.statusCode).toBe(404);
  });
});
