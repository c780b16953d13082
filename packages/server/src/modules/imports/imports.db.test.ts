import { createWriteStream } from 'node:fs';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/principal.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { AppError } from '../../platform/errors.js';
import { auditLog } from '../audit/schema.js';
import { exportCasesXlsx } from '../cases/public.js';
import { caseDeadlines, caseEvents, caseParties, cases } from '../cases/schema.js';
import { createCase } from '../cases/service.js';
import { litigationInput, type OrgFixture, seedOrgFixture, testContext, testPrincipal } from '../cases/testing.js';
import { type FixtureRow, readWorkbook, tmpFile, writeMessyXlsx, writeSimpleXlsx } from './fixtures.js';
import { importJobs, importRows } from './schema.js';
import { checkJob, commitJob, createJob, importCasesFromXlsx } from './service.js';

const COURT = '示例市城东区人民法院';
const EAST_POLICE = '示例市城东区公安分局';
const WEST_POLICE = '示例市城西区公安分局';

const row = (n: number, over: FixtureRow = {}): FixtureRow => ({
  caseNumber: `（2024）苏9902行初${n}号`,
  kind: '行政诉讼',
  court: COURT,
  filedDate: '2024-03-05',
  complaintReceivedDate: '2024-03-12',
  causeOfAction: '公安行政管理-治安管理',
  contestedAct: '行政处罚决定',
  domain: '公安',
  plaintiffs: `王某${n}`,
  defendants: EAST_POLICE,
  instance: '一审',
  hearingHeld: '是',
  notes: `第${n}号`,
  ...over,
});

describe(`case import on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let org: OrgFixture;
  let city: Principal;
  let east: Principal;
  const db = () => database.db;
  const countOf = async (
    table: typeof cases | typeof caseParties | typeof caseEvents | typeof caseDeadlines | typeof auditLog,
  ) => {
    const [r] = await db().select({ n: count() }).from(table);
    return Number(r!.n);
  };
  const snapshot = async () => ({
    cases: await countOf(cases),
    parties: await countOf(caseParties),
    events: await countOf(caseEvents),
    deadlines: await countOf(caseDeadlines),
    audit: await countOf(auditLog),
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    city = testPrincipal('city_coordinator', { regionCode: '329900', regionPath: '/329900/' });
    east = testPrincipal('county_coordinator', { regionCode: '329902', regionPath: '/329900/329902/' });
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it('reads a messy ledger: merged title, two-row header, synonyms, every date format, full-width, blank tail', async () => {
    const file = await writeMessyXlsx(tmpFile('messy.xlsx'), [
      // 案号, 类型, 受理法院, 立案时间, 收到应诉通知日期, 原告, 被告, 第三人, 审级, 是否开庭, 结案方式, 备注
      [
        '（2024）苏9902行初501号',
        '行政诉讼',
        '城东区法院',
        45356,
        '2024.3.12',
        '张三',
        EAST_POLICE,
        null,
        '一审',
        '是',
        null,
        100,
      ],
      [
        '(2024)苏9902行初502号',
        '诉讼',
        COURT,
        new Date(Date.UTC(2024, 2, 6)),
        '2024年3月13日',
        '某某有限公司',
        '城东区公安分',
        null,
        null,
        '否',
        '判决撤销',
        null,
      ],
      [
        '（２０２４）苏９９０２行初５０３号',
        null,
        COURT,
        '2024/3/7',
        '20240314',
        '李四、王五',
        EAST_POLICE,
        '赵六',
        '一审',
        null,
        '驳回诉讼请求',
        '  ',
      ],
      [
        '（2024）苏9902行初504号',
        '行政诉讼',
        COURT,
        '45358',
        '2024-03-15',
        '钱七',
        EAST_POLICE,
        null,
        '一审',
        '是',
        null,
        null,
      ],
    ]);
    const dry = await importCasesFromXlsx(db(), city, file, { dryRun: true });
    expect(dry.errors).toEqual([]);
    expect(dry).toMatchObject({ importId: null, rows: 4, created: 4, updated: 0, unchanged: 0 });
    expect(await countOf(cases)).toBe(0);

    const done = await importCasesFromXlsx(db(), city, file);
    expect(done).toMatchObject({ status: 'done', rows: 4, created: 4, errorCount: 0 });
    const rows = await db().select().from(cases).orderBy(cases.caseSeq);
    expect(rows.map((r) => [r.caseNumber, r.filedDate, r.complaintReceivedDate])).toEqual([
      ['（2024）苏9902行初501号', '2024-03-05', '2024-03-12'],
      ['（2024）苏9902行初502号', '2024-03-06', '2024-03-13'],
      ['（2024）苏9902行初503号', '2024-03-07', '2024-03-14'],
      ['（2024）苏9902行初504号', '2024-03-07', '2024-03-15'],
    ]);
    expect(rows[0]).toMatchObject({
      notes: '100',
      hearingHeld: true,
      instance: 'first',
      courtAgencyId: org.agency('county-0-court'),
    });
    expect(rows[0]!.regionPath).toBe('/329900/329902/');
    expect(rows[1]).toMatchObject({
      outcome: 'REVOKED',
      governmentLost: true,
      status: 'concluded',
      hearingHeld: false,
    });
    expect(rows[2]).toMatchObject({ outcome: 'CLAIMS_REJECTED', governmentLost: false, plaintiffCount: 2 });
    const parties = await db()
      .select()
      .from(caseParties)
      .where(eq(caseParties.caseId, rows[2]!.id))
      .orderBy(caseParties.sortOrder);
    expect(parties.map((p) => [p.side, p.name, p.partyType])).toEqual([
      ['plaintiff', '李四', 'person'],
      ['plaintiff', '王五', 'person'],
      ['defendant', EAST_POLICE, 'agency'],
      ['third_party', '赵六', 'person'],
    ]);
    const orgParty = await db()
      .select()
      .from(caseParties)
      .where(and(eq(caseParties.caseId, rows[1]!.id), eq(caseParties.side, 'plaintiff')));
    expect(orgParty[0]!.partyType).toBe('organization');
    // Timeline, deadlines and audit, as the registry writes them.
    const events = await db().select().from(caseEvents).where(eq(caseEvents.caseId, rows[0]!.id));
    expect(events.map((e) => e.type).sort()).toEqual(['filed', 'imported', 'notice_received']);
    const deadlines = await db().select().from(caseDeadlines).where(eq(caseDeadlines.caseId, rows[0]!.id));
    expect(deadlines.map((d) => d.ruleId).sort()).toEqual(['litigation.defense', 'litigation.first-instance']);
    expect(deadlines.find((d) => d.ruleId === 'litigation.defense')!.dueDate).toBe('2024-03-27');
    const audits = await db().select().from(auditLog).where(eq(auditLog.entityId, rows[0]!.id));
    expect(audits.map((a) => a.action)).toEqual(['create']);
    const jobAudit = await db().select().from(auditLog).where(eq(auditLog.action, 'import'));
    expect(jobAudit).toHaveLength(1);

    // Idempotent: the same file again changes nothing.
    const before = await snapshot();
    const again = await importCasesFromXlsx(db(), city, file);
    expect(again).toMatchObject({ rows: 4, created: 0, updated: 0, unchanged: 4, errorCount: 0 });
    const after = await snapshot();
    expect({ ...after, audit: after.audit - 1 }).toEqual(before); // only the job's own 'import' audit row
  });

  it('reports every bad cell by row and column, in Chinese, and writes nothing', async () => {
    const before = await snapshot();
    const file = await writeSimpleXlsx(tmpFile('bad.xlsx'), [
      row(601),
      row(602, { filedDate: '2024-13-45' }),
      row(603, { defendants: '不存在的局' }),
      row(604, { caseNumber: '苏9902行初604号' }),
      row(601, { notes: 'dup' }),
      row(605, { outcome: '大获全胜' }),
      row(606, { instance: '三审', hearingHeld: '也许' }),
      row(607, { court: '火星法院' }),
      row(608, { domain: '不存在的领域' }),
    ]);
    const r = await importCasesFromXlsx(db(), city, file);
    expect(r.status).toBe('invalid');
    const byRow = (n: number) => r.errors.filter((e) => e.row === n).map((e) => [e.column, e.message]);
    expect(byRow(3)).toEqual([['D列 立案日期', expect.stringContaining('日期不存在')]]);
    expect(byRow(4)).toEqual([['J列 被告/被申请人', expect.stringContaining('未登记：不存在的局')]]);
    expect(byRow(5)).toEqual([['A列 案号', expect.stringMatching(/^案号无法识别：.*收案年度/)]]);
    expect(byRow(6)).toEqual([['A列 案号', '案号与第2行重复']]);
    expect(byRow(7)).toEqual([['O列 裁判结果', expect.stringContaining('裁判结果无法识别')]]);
    expect(byRow(8)).toEqual([
      ['L列 审级', expect.stringContaining('“三审”不是有效的选项')],
      ['M列 是否开庭', expect.stringContaining('应填写“是”或“否”')],
    ]);
    expect(byRow(9)).toEqual([['C列 受理法院/复议机关', expect.stringContaining('火星法院')]]);
    expect(byRow(10)).toEqual([['H列 行政管理领域', expect.stringContaining('不存在的领域')]]);
    expect(r.errorCount).toBe(9);
    expect(r.created).toBe(1); // row 2 alone was fine, but nothing is written while any row fails
    const after = await snapshot();
    expect(after).toEqual(before);
  });

  it('updates a changed row field by field (and only that row)', async () => {
    const first = await writeSimpleXlsx(tmpFile('v1.xlsx'), [row(701), row(702)]);
    await importCasesFromXlsx(db(), city, first);
    const [c1] = await db().select().from(cases).where(eq(cases.caseNumber, '（2024）苏9902行初701号'));
    const second = await writeSimpleXlsx(tmpFile('v2.xlsx'), [
      row(701, {
        filedDate: '2024-04-01',
        notes: '已更新',
        outcome: '判决确认违法',
        outcomeDate: '2024-06-01',
        plaintiffs: '',
      }),
      row(702),
    ]);
    const dry = await importCasesFromXlsx(db(), city, second, { dryRun: true });
    expect(dry).toMatchObject({ created: 0, updated: 1, unchanged: 1, errorCount: 0 });
    expect(dry.changes).toEqual([
      {
        row: 2,
        caseNumber: '（2024）苏9902行初701号',
        fields: [
          { column: '立案日期', from: '2024-03-05', to: '2024-04-01' },
          { column: '结案日期', from: null, to: '2024-06-01' },
          { column: '裁判结果', from: null, to: '判决确认违法' },
          { column: '备注', from: '第701号', to: '已更新' },
        ],
      },
    ]);
    const done = await importCasesFromXlsx(db(), city, second);
    expect(done).toMatchObject({ status: 'done', updated: 1, unchanged: 1 });
    const [c1after] = await db().select().from(cases).where(eq(cases.id, c1!.id));
    expect(c1after).toMatchObject({
      filedDate: '2024-04-01',
      notes: '已更新',
      outcome: 'CONFIRMED_ILLEGAL',
      governmentLost: true,
      status: 'concluded',
      version: c1!.version + 1,
    });
    // A blank plaintiff cell kept the plaintiff.
    const plaintiffs = await db()
      .select()
      .from(caseParties)
      .where(and(eq(caseParties.caseId, c1!.id), eq(caseParties.side, 'plaintiff')));
    expect(plaintiffs.map((p) => p.name)).toEqual(['王某701']);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, c1!.id), eq(auditLog.action, 'update')));
    expect(Object.keys(audit[0]!.diff as object).sort()).toEqual(
      ['filedDate', 'governmentLost', 'notes', 'outcome', 'outcomeDate', 'status'].sort(),
    );
    const deadlines = await db().select().from(caseDeadlines).where(eq(caseDeadlines.caseId, c1!.id));
    expect(deadlines.map((d) => d.ruleId).sort()).toEqual(
      [
        'accountability.referral',
        'litigation.appeal.judgment',
        'litigation.defense',
        'litigation.first-instance',
        'loss.analysis-report',
      ].sort(),
    );
    expect(deadlines.find((d) => d.ruleId === 'litigation.first-instance')!.status).toBe('met');
    const events = await db().select().from(caseEvents).where(eq(caseEvents.caseId, c1!.id));
    expect(events.filter((e) => e.type === 'filed').map((e) => e.at)).toEqual(['2024-04-01']);
    expect(events.filter((e) => e.type === 'imported')).toHaveLength(2);
  });

  it('scope: a county coordinator cannot import or update another county’s case', async () => {
    const other = await createCase(
      db(),
      testContext(city),
      litigationInput(org.agency('county-1-dept-0'), { caseNumber: '（2024）苏9903行初1号' }),
    );
    const before = await snapshot();
    const file = await writeSimpleXlsx(tmpFile('scope.xlsx'), [
      row(801),
      row(802, { defendants: WEST_POLICE }),
      row(1, { caseNumber: '（2024）苏9903行初1号', court: '示例市城西区人民法院', defendants: EAST_POLICE }),
    ]);
    const r = await importCasesFromXlsx(db(), east, file);
    expect(r.status).toBe('invalid');
    expect(r.errors).toEqual([
      { row: 3, column: 'J列 被告/被申请人', message: `被告机关不在您的管辖范围内：${WEST_POLICE}` },
      { row: 4, column: 'A列 案号', message: '该案号已登记，但案件不在您的管辖范围内，不能导入更新' },
    ]);
    expect(await snapshot()).toEqual(before);
    const [still] = await db().select().from(cases).where(eq(cases.id, other.id));
    expect(still!.version).toBe(other.version);
  });

  it('export holds only in-scope cases, masks personal data for roles without names, and re-imports unchanged', async () => {
    await createCase(
      db(),
      testContext(city),
      litigationInput(org.agency('county-1-dept-0'), { caseNumber: '（2024）苏9903行初2号' }),
    );
    const eastCount = Number(
      (await db().select({ n: count() }).from(cases).where(sql`${cases.regionPath} like '/329900/329902/%'`))[0]!.n,
    );
    const path = tmpFile('export.xlsx');
    const n = await exportCasesXlsx(
      db(),
      east,
      testContext(east).actor,
      { sort: 'filedDate', order: 'desc' },
      createWriteStream(path),
    );
    expect(n).toBe(eastCount);
    const sheet = (await readWorkbook(path)).get('案件')!;
    expect(sheet[0]).toContain('受理法院/复议机关');
    const body = sheet.slice(1);
    expect(body).toHaveLength(eastCount);
    expect(body.every((r) => String(r[0]).includes('苏9902'))).toBe(true);
    expect(JSON.stringify(body)).not.toContain('329902199001011234'); // ID numbers never leave
    const exportAudit = await db().select().from(auditLog).where(eq(auditLog.action, 'export'));
    expect(exportAudit.at(-1)!.after).toMatchObject({ rows: eastCount });

    // Round trip: the export imports as "unchanged".
    const before = await snapshot();
    const r = await importCasesFromXlsx(db(), east, path);
    expect(r).toMatchObject({ errorCount: 0, created: 0, updated: 0, unchanged: eastCount });
    // The export's own 下一期限 column is known and not read: nothing for the clerk to map.
    expect(r.mapping!.unmappedColumns).toEqual([]);
    expect(r.mapping!.columns.find((c) => c.header === '下一期限')).toMatchObject({ how: 'ignored', field: null });
    expect((await snapshot()).cases).toBe(before.cases);

    // A leader sees plaintiffs' names masked (as in the API); such a file still re-imports unchanged.
    const leader = testPrincipal('leader', { regionCode: '329900', regionPath: '/329900/' });
    const masked = tmpFile('masked.xlsx');
    await exportCasesXlsx(
      db(),
      leader,
      testContext(leader).actor,
      { sort: 'filedDate', order: 'desc', regionCode: '329902' },
      createWriteStream(masked),
    );
    const maskedBody = JSON.stringify((await readWorkbook(masked)).get('案件'));
    expect(maskedBody).toContain('王*');
    expect(maskedBody).not.toContain('王某701');
    const again = await importCasesFromXlsx(db(), east, masked, { dryRun: true });
    expect(again).toMatchObject({ errorCount: 0, updated: 0, unchanged: eastCount });
  });

  it('crash safety: a failure in the middle of the apply leaves the database as before; the job can be committed again', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => row(900 + i));
    rows[0] = row(701, { notes: '再次更新' }); // one update among the creates
    const file = await writeSimpleXlsx(tmpFile('crash.xlsx'), rows);
    const before = await snapshot();
    const [c701] = await db().select().from(cases).where(eq(cases.caseNumber, '（2024）苏9902行初701号'));

    for (const step of ['cases.insert', 'parties.insert', 'deadlines.upsert', 'audit.insert']) {
      await expect(importCasesFromXlsx(db(), city, file, { failAfterStep: step, batchSize: 7 })).rejects.toThrow(
        `injected failure after ${step}`,
      );
      expect(await snapshot()).toEqual(before);
      const [same] = await db().select().from(cases).where(eq(cases.id, c701!.id));
      expect(same).toEqual(c701);
    }

    // A failure while staging (after 2 batches of 7) touches nothing either.
    await expect(importCasesFromXlsx(db(), city, file, { failAfterStagedBatches: 2, batchSize: 7 })).rejects.toThrow(
      'staging',
    );
    expect(await snapshot()).toEqual(before);

    // The API path: a checked job whose commit failed can be committed again, once.
    const job = await createJob(db(), city, 'crash.xlsx');
    const checked = await checkJob(db(), city, job.id, file, { fileName: 'crash.xlsx', batchSize: 7 });
    expect(checked).toMatchObject({ status: 'validated', created: 29, updated: 1 });
    const staged = await db().select({ n: count() }).from(importRows).where(eq(importRows.jobId, job.id));
    expect(Number(staged[0]!.n)).toBe(30);
    const actor = testContext(city).actor;
    await expect(commitJob(db(), city, actor, job.id, { failAfterStep: 'events.insert' })).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
    const [failed] = await db().select().from(importJobs).where(eq(importJobs.id, job.id));
    expect(failed!.status).toBe('failed');
    const done = await commitJob(db(), city, actor, job.id, { batchSize: 7 }); // in chunks of 7 staged rows
    expect(done.status).toBe('done');
    expect((await snapshot()).cases).toBe(before.cases + 29);
    const left = await db().select({ n: count() }).from(importRows).where(eq(importRows.jobId, job.id));
    expect(Number(left[0]!.n)).toBe(0);
    await expect(commitJob(db(), city, actor, job.id)).resolves.toMatchObject({ status: 'done' });
    expect((await snapshot()).cases).toBe(before.cases + 29);
  });

  it('a commit after the case changed since the check is refused', async () => {
    const file = await writeSimpleXlsx(tmpFile('stale.xlsx'), [row(701, { notes: '第三次' })]);
    const job = await createJob(db(), city, 'stale.xlsx');
    await checkJob(db(), city, job.id, file, { fileName: 'stale.xlsx' });
    await db()
      .update(cases)
      .set({ version: sql`${cases.version} + 1` })
      .where(eq(cases.caseNumber, '（2024）苏9902行初701号'));
    const err = await commitJob(db(), city, testContext(city).actor, job.id).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('VERSION_CONFLICT');
  });

  it('a file without a recognisable header is refused', async () => {
    const path = tmpFile('noheader.xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['姓名', '年龄']);
    await wb.xlsx.writeFile(path);
    const err = await importCasesFromXlsx(db(), city, path, { dryRun: true }).catch((e) => e);
    expect((err as AppError).code).toBe('IMPORT_INVALID');
  });
});
