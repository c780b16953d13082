import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/principal.js';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { seedOrgFixture } from '../cases/testing.js';
import { tmpFile } from './fixtures.js';
import { findMapping, headerSignature } from './mappings.js';
import { principalForUsername } from './public.js';
import { checkJob, createJob, importCasesFromXlsx } from './service.js';

const boundary = '----sjmappingboundary';
function multipart(fileName: string, content: Buffer, fields: Record<string, string> = {}) {
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const head = Buffer.from(
    `${parts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A county's own ledger: known columns under other names, plus 争议事由 (= 案由) and 经办科室 (ours has none). */
const HEADER = ['序号', '案号', '受理法院', '立案时间', '原告', '被告', '争议事由', '经办科室'];
/** The ledger written to a file (the `path`), header first; another header is another source (signature). */
async function ledgerFile(rows: unknown[][], header = HEADER): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2025年');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  const file = tmpFile('ledger.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}
const ledger = async (rows: unknown[][], header = HEADER) => readFileSync(await ledgerFile(rows, header));
const line = (n: number) => [
  n,
  `（2025）苏9902行初${n}号`,
  '示例市城东区人民法院',
  '2025-02-03',
  `王某${n}`,
  '示例市城东区公安分局',
  '不服行政处罚',
  '李某',
];

/** The line with a 立案时间 that does not exist. */
const badDate = (cells: unknown[]) => cells.map((c, i) => (i === 3 ? '2025-02-30' : c));

describe(`import column mapping on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let east: TestSession;
  let eastToo: TestSession;
  let west: TestSession;
  let eastPrincipal: Principal;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedOrgFixture(database.db);
    app = await buildTestApp(database);
    const as = async (regionCode: string) =>
      sessionAs(app, database.db, await createTestUser(database.db, { role: 'county_coordinator', regionCode }));
    const eastUser = await createTestUser(database.db, { role: 'county_coordinator', regionCode: '329902' });
    east = await sessionAs(app, database.db, eastUser);
    eastPrincipal = (await principalForUsername(database.db, eastUser.username))!;
    eastToo = await as('329902');
    west = await as('329903');
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const upload = (who: TestSession, content: Buffer, fields?: Record<string, string>) =>
    who.inject({ method: 'POST', url: '/api/v1/cases/imports', ...multipart('台账.xlsx', content, fields) });

  it('reports unrecognised columns, applies the chosen mapping, and remembers it for the region', async () => {
    const first = await upload(east, await ledger([line(1), line(2)]));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      status: 'validated',
      created: 2,
      unmappedColumns: [
        { index: 0, letter: 'A', header: '序号' },
        { index: 6, letter: 'G', header: '争议事由' },
        { index: 7, letter: 'H', header: '经办科室' },
      ],
      appliedMapping: null,
      mappingSource: null,
    });
    expect(first.json().mappableFields).toContainEqual({ key: 'causeOfAction', header: '案由' });

    const mapping = { 序号: null, 争议事由: 'causeOfAction', 经办科室: null };
    const mapped = await upload(east, await ledger([line(1), line(2)]), { mapping: JSON.stringify(mapping) });
    expect(mapped.statusCode, mapped.body).toBe(201);
    expect(mapped.json()).toMatchObject({ unmappedColumns: [], appliedMapping: mapping, mappingSource: 'request' });
    const commit = await east.inject({ method: 'POST', url: `/api/v1/cases/imports/${mapped.json().id}/commit` });
    expect(commit.json()).toMatchObject({ status: 'done', created: 2 });
    const list = await east.inject({ method: 'GET', url: '/api/v1/cases?q=苏9902行初1号' });
    expect(list.json().items[0]).toMatchObject({ causeOfAction: '不服行政处罚' });

    // The next month's file of the same ledger, by a colleague of the same county: mapped without asking.
    const next = await upload(eastToo, await ledger([line(3)]));
    expect(next.json()).toMatchObject({
      created: 1,
      unmappedColumns: [],
      appliedMapping: mapping,
      mappingSource: 'remembered',
    });
    // Another county does not get it.
    const other = await upload(west, await ledger([line(4)]));
    expect(other.json()).toMatchObject({ mappingSource: null });
    expect(other.json().unmappedColumns).toHaveLength(3);
  });

  it('refuses a malformed mapping, naming an unknown field or a column the file lacks (as the command line)', async () => {
    for (const bad of ['{', '{"争议事由":"nope"}', '[]', '{"":null}', '{"争议事由":1}']) {
      const res = await upload(east, await ledger([line(5)]), { mapping: bad });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
    const unknown = await upload(east, await ledger([line(5)]), { mapping: '{"争议事由":"nope","经办科室":null}' });
    expect(unknown.json()).toMatchObject({
      message: '列“争议事由”对应的字段“nope”不存在',
      details: [{ field: 'mapping', message: '列“争议事由”对应的字段“nope”不存在' }],
    });
    const header = [...HEADER, '备注戊'];
    const absent = await upload(east, await ledger([line(5)], header), {
      mapping: JSON.stringify({ 争议事由: 'causeOfAction', 办案人: null, 当事人: 'plaintiffs' }),
    });
    expect(absent.statusCode).toBe(400);
    expect(absent.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '文件表头中没有“办案人”列；文件表头中没有“当事人”列',
    });
    // Refused before anything was read: nothing remembered for this header.
    expect(await findMapping(database.db, eastPrincipal, headerSignature(header))).toBeNull();
  });

  // The rule (service.ts rememberMapping): remembered once the whole file was read with it, row errors or not; never by
  // a run that failed, nor by a dry run that keeps no job (the command line's --dry-run).

  it('remembers the mapping of a check whose rows have errors: the clerk fixes the rows, not the mapping', async () => {
    const header = [...HEADER, '备注甲'];
    const mapping = { 序号: null, 争议事由: 'causeOfAction', 经办科室: null, 备注甲: null };
    const bad = await upload(east, await ledger([line(21), badDate(line(22))], header), {
      mapping: JSON.stringify(mapping),
    });
    expect(bad.statusCode, bad.body).toBe(201);
    expect(bad.json()).toMatchObject({ status: 'invalid', errorCount: 1, mappingSource: 'request' });
    // The corrected file, uploaded again without mapping anything: the confirmed mapping applies by itself.
    const fixed = await upload(east, await ledger([line(21), line(22)], header));
    expect(fixed.json()).toMatchObject({
      status: 'validated',
      created: 2,
      unmappedColumns: [],
      appliedMapping: mapping,
      mappingSource: 'remembered',
    });
  });

  it('a run that fails while reading, or a dry run that keeps nothing, remembers nothing', async () => {
    const header = [...HEADER, '备注乙'];
    const signature = headerSignature(header);
    const mapping = { 序号: null, 争议事由: 'causeOfAction' as const, 经办科室: null, 备注乙: null };
    const file = await ledgerFile([line(31), line(32), line(33)], header);
    // Fails after the header was read and the first rows were staged.
    const job = await createJob(database.db, eastPrincipal, 'ledger.xlsx');
    await expect(
      checkJob(database.db, eastPrincipal, job.id, file, {
        fileName: 'ledger.xlsx',
        mapping,
        batchSize: 1,
        failAfterStagedBatches: 1,
      }),
    ).rejects.toThrow('injected failure while staging');
    expect(await findMapping(database.db, eastPrincipal, signature)).toBeNull();
    // The direct path (command line): a failed write, and a dry run.
    await expect(
      importCasesFromXlsx(database.db, eastPrincipal, file, { mapping, failAfterStep: 'cases.insert' }),
    ).rejects.toThrow('injected failure after cases.insert');
    await importCasesFromXlsx(database.db, eastPrincipal, file, { mapping, dryRun: true });
    expect(await findMapping(database.db, eastPrincipal, signature)).toBeNull();
    // The same file read to the end with row errors (nothing written): remembered.
    const withError = await ledgerFile([line(31), badDate(line(32))], header);
    const r = await importCasesFromXlsx(database.db, eastPrincipal, withError, { mapping });
    expect(r.status).toBe('invalid');
    expect(r.errorCount).toBeGreaterThan(0);
    expect(await findMapping(database.db, eastPrincipal, signature)).toEqual(mapping);
  });

  it('GET of a job shows the header report and the overview it was checked with (a reload), also once committed', async () => {
    const header = [...HEADER, '备注丙'];
    const keys = ['unmappedColumns', 'appliedMapping', 'mappingSource', 'mappableFields', 'overview'] as const;
    const pick = (body: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, body[k]]));
    const get = async (id: string) => {
      const res = await east.inject({ method: 'GET', url: `/api/v1/cases/imports/${id}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    // Partly mapped (备注丙 left), one row with an error: everything the check showed is kept with the job.
    const mapping = { 序号: null, 争议事由: 'causeOfAction', 经办科室: null };
    const invalid = await upload(east, await ledger([line(41), badDate(line(42))], header), {
      mapping: JSON.stringify(mapping),
    });
    expect(invalid.json()).toMatchObject({
      status: 'invalid',
      unmappedColumns: [{ index: 8, letter: 'I', header: '备注丙' }],
      appliedMapping: mapping,
      mappingSource: 'request',
      overview: { newCases: [{ row: 2, caseNumber: '（2025）苏9902行初41号' }] },
    });
    expect(pick(await get(invalid.json().id))).toEqual(pick(invalid.json()));

    // The corrected file (mapping remembered), checked and committed: the same before and after the commit.
    const valid = await upload(east, await ledger([line(41), line(42)], header));
    expect(valid.json()).toMatchObject({ status: 'validated', mappingSource: 'remembered', appliedMapping: mapping });
    expect(valid.json().overview.agencies).toEqual([
      expect.objectContaining({ name: '示例市城东区公安分局', newCases: 2, knownCases: 0 }),
    ]);
    expect(pick(await get(valid.json().id))).toEqual(pick(valid.json()));
    const commit = await east.inject({ method: 'POST', url: `/api/v1/cases/imports/${valid.json().id}/commit` });
    expect(commit.json()).toMatchObject({ status: 'done', created: 2 });
    expect(pick(commit.json())).toEqual(pick(valid.json()));
    expect(pick(await get(valid.json().id))).toEqual(pick(valid.json()));

    // A job of the direct path (the command line with --as): kept the same way, with or without row errors.
    const direct = await importCasesFromXlsx(database.db, eastPrincipal, await ledgerFile([line(41)], header));
    expect(direct.status).toBe('done');
    expect(await get(direct.importId!)).toMatchObject({
      status: 'done',
      unchanged: 1,
      mappingSource: 'remembered',
      unmappedColumns: [{ header: '备注丙' }],
      overview: { newCases: [], knownCases: [{ caseNumber: '（2025）苏9902行初41号', changed: false }] },
    });
    const directBad = await importCasesFromXlsx(
      database.db,
      eastPrincipal,
      await ledgerFile([badDate(line(43))], header),
      { mapping: { ...mapping, 备注丙: null } },
    );
    expect(await get(directBad.importId!)).toMatchObject({
      status: 'invalid',
      errorCount: 1,
      unmappedColumns: [],
      mappingSource: 'request',
      overview: { newCases: [], knownCases: [], agencies: [] },
    });
  });
});
