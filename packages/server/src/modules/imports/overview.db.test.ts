import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { seedOrgFixture } from '../cases/testing.js';
import { tmpFile, writeSimpleXlsx } from './fixtures.js';
import { importCasesFromXlsx, systemPrincipal } from './service.js';

const boundary = '----sjoverviewboundary';
const multipart = (fileName: string, content: Buffer) => ({
  payload: Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]),
  headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
});

const POLICE = '示例市城东区公安分局';
const LAND = '示例市城东区自然资源局';

describe(`the court's monthly new-case list on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let east: TestSession;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedOrgFixture(database.db);
    const known = await writeSimpleXlsx(tmpFile('known.xlsx'), [
      {
        caseNumber: '（2025）苏9902行初1号',
        court: '示例市城东区人民法院',
        filedDate: '2025-01-06',
        plaintiffs: '王某一',
        defendants: POLICE,
        causeOfAction: '行政处罚',
      },
    ]);
    expect(await importCasesFromXlsx(database.db, systemPrincipal(), known)).toMatchObject({ created: 1 });
    app = await buildTestApp(database);
    east = await sessionAs(
      app,
      database.db,
      await createTestUser(database.db, { role: 'county_coordinator', regionCode: '329902' }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('reads the five-column list and tells new cases from known ones, by agency', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('2025年2月新收');
    ws.addRow(['城东区人民法院2025年2月新收行政案件']);
    ws.addRow(['案号', '原告', '被告', '案由', '立案日期']);
    ws.addRow(['（2025）苏9902行初1号', '王某一', POLICE, '行政处罚', '2025-01-06']);
    ws.addRow(['（2025）苏9902行初2号', '李某二', POLICE, '行政强制', '2025-02-10']);
    ws.addRow(['（2025）苏9902行初3号', '赵某三', LAND, '土地行政登记', '2025-02-11']);
    ws.addRow(['（2025）苏9902行初4号', '钱某四', LAND, '征收补偿', '2025-02-12']);
    const file = tmpFile('court.xlsx');
    await wb.xlsx.writeFile(file);
    const res = await east.inject({
      method: 'POST',
      url: '/api/v1/cases/imports',
      ...multipart('法院新收案件.xlsx', readFileSync(file)),
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'validated', rows: 4, created: 3, errorCount: 0, unmappedColumns: [] });
    expect(body.overview.newCases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual([
      '（2025）苏9902行初2号',
      '（2025）苏9902行初3号',
      '（2025）苏9902行初4号',
    ]);
    expect(body.overview.knownCases).toEqual([
      expect.objectContaining({ row: 3, caseNumber: '（2025）苏9902行初1号', agencyName: POLICE, changed: false }),
    ]);
    expect(body.overview.agencies).toEqual([
      expect.objectContaining({ name: LAND, newCases: 2, knownCases: 0 }),
      expect.objectContaining({ name: POLICE, newCases: 1, knownCases: 1 }),
    ]);
  });
});
