/**
 * The court's hearing list (开庭排期表) import on a real database: an ugly file (merged title row, footer, bad rows)
 * checked with row and column errors and nothing written; a clean one imported through the module's write path
 * (history, version, reminders, audit) in one transaction; the same file again changes nothing; a changed time is a
 * 改期 with its history row; a role without hearing.manage is refused; a case outside the importer's scope reads as
 * unknown.
 */
import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addTestCounty,
  ensureTestOrg,
  sessionsByName,
  TEST_CITY,
  type TestOrg,
  type TestSession,
} from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { jobs } from '../../platform/jobs/schema.js';
import { auditLog } from '../audit/schema.js';
import { REMIND_JOB } from './reminders.js';
import { hearingStatusChanges, hearings } from './schema.js';

const OTHER_COUNTY = '999904';
const A = '（2026）苏9999行初301号';
const B = '（2026）苏9999行初302号';
const C = '（2026）苏9999行初303号'; // another county's case: outside the clerk's scope

const boundary = '----sjcourtlist';
function upload(fileName: string, content: Buffer) {
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

type Cell = string | number | Date | null;
/** A court's list as courts send it: a merged title, a blank row, the header on row 3, a footer. */
async function courtList(rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('排期表');
  ws.addRow(['测试市人民法院行政案件开庭排期表（2031年3月）']);
  ws.mergeCells('A1:H1');
  ws.addRow([]);
  ws.addRow(['序号', '案号', '案由', '开庭日期', '开庭时间', '审判庭', '开庭方式', '当事人']);
  for (const [i, r] of rows.entries()) ws.addRow([i + 1, ...r]);
  ws.addRow([]);
  ws.addRow(['制表人：王某', null, null, '审核人：张某', null, '制表日期：2031年2月20日']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const goodRows: Cell[][] = [
  // half-width brackets; a date cell; a time as text
  ['(2026)苏9999行初301号', '行政处罚', new Date(Date.UTC(2031, 2, 2)), '9:30', '第一法庭', '现场', '李某诉测试局'],
  // full-width digits and a space; date and time as Chinese text
  ['（２０２６）苏9999行初302号 ', '行政许可', '2031年3月5日', '下午2点30分', '第二法庭', '线上', '王某诉测试局'],
];

describe(`hearings: the court's hearing list import on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  const caseIds = new Map<string, string>();
  const as = sessionsByName(
    () => app,
    () => database.db,
  );
  async function makeCase(session: TestSession, caseNumber: string, agencyId: string, courtId: string) {
    const res = await session.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        caseNumber,
        filedDate: '2026-03-01',
        courtAgencyId: courtId,
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '李某' },
          { side: 'defendant', partyType: 'agency', name: '测试局', agencyId, defendantRole: 'first' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    caseIds.set(caseNumber, res.json().id);
  }
  const send = (session: TestSession, file: Buffer, dryRun: boolean, name = '开庭排期表.xlsx') =>
    session.inject({ method: 'POST', url: `/api/v1/hearings/court-list?dryRun=${dryRun}`, ...upload(name, file) });
  const hearingsOf = (caseNumber: string) =>
    database.db
      .select()
      .from(hearings)
      .where(eq(hearings.caseId, caseIds.get(caseNumber)!));

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp(database, { RATE_LIMIT_PER_MINUTE: '100000' });
    org = await ensureTestOrg(database.db);
    const agency = await addTestCounty(database.db, OTHER_COUNTY, '第四区');
    const otherAgency = await agency('测试市第四区某局', 'department');
    const otherCourt = await agency('测试市第四区人民法院', 'court');
    const clerk = await as('clerk', 'agency_clerk');
    await makeCase(clerk, A, org.agencyId, org.courtId);
    await makeCase(clerk, B, org.agencyId, org.courtId);
    await makeCase(await as('city', 'city_coordinator', { regionCode: TEST_CITY }), C, otherAgency, otherCourt);
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('checks an ugly list: errors by row and column in Chinese, the footer skipped, nothing written', async () => {
    const file = await courtList([
      ...goodRows,
      ['（2026）苏9999行初999号', '行政登记', '2031-03-06', '10:00', '第一法庭', null, null], // unknown case
      ['(2026)苏9999行初301号', '行政处罚', '2031-03-02', '09:30', '第一法庭', null, null], // repeats row 4
      ['（2026）苏9999行初302号', '行政许可', '2031-02-30', '09:00', '第二法庭', null, null], // no such date
      [C, '行政征收', '2031-03-07', '09:00', '第三法庭', null, null], // outside the clerk's scope
      ['（2026）苏9999行初301号', '行政处罚', '2031-03-09', '明天上午', '第一法庭', '视频会议', null],
    ]);
    const clerk = await as('clerk', 'agency_clerk');
    const res = await send(clerk, file, true);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.status).toBe('invalid');
    expect(body.rows).toBe(7);
    expect(body.skippedRows).toEqual([
      { row: 12, text: '制表人：王某 审核人：张某 制表日期：2031年2月20日', reason: 'footer' },
    ]);
    const errors = body.errors.map((e: { row: number; column: string; message: string }) => [
      e.row,
      e.column,
      e.message,
    ]);
    expect(errors).toEqual([
      [6, '案号', expect.stringContaining('没有案号为“（2026）苏9999行初999号”的行政诉讼案件')],
      [7, '案号', '与第4行重复（同一案件、同一开庭、同一时间）'],
      [8, '开庭日期', '日期不存在：2031-02-30'],
      [9, '案号', expect.stringContaining(`没有案号为“${C}”的行政诉讼案件`)],
      [10, '开庭时间', '开庭时间无法识别：明天上午（应为 9:30、14:00、上午9时30分 等）'],
      [10, '开庭方式', expect.stringContaining('“视频会议”不是有效的选项')],
    ]);
    expect(body.errorCount).toBe(6);
    // The rows that are right are planned all the same: the preview shows them.
    expect(
      body.items.map((i: { row: number; action: string; scheduledAt: string }) => [i.row, i.action, i.scheduledAt]),
    ).toEqual([
      [4, 'create', '2031-03-02T09:30:00+08:00'],
      [5, 'create', '2031-03-05T14:30:00+08:00'],
    ]);
    // A commit of the same file is refused as a whole.
    const commit = await send(clerk, file, false);
    expect(commit.statusCode).toBe(400);
    expect(commit.json().code).toBe('IMPORT_INVALID');
    expect(commit.json().message).toContain('6 处错误');
    expect(await hearingsOf(A)).toHaveLength(0);
    expect(await hearingsOf(B)).toHaveLength(0);
    expect(await hearingsOf(C)).toHaveLength(0);
  });

  it('imports a clean list through the module’s write path: history, version, reminders and audit rows', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const file = await courtList(goodRows);
    const dry = await send(clerk, file, true);
    expect(dry.json()).toMatchObject({ status: 'checked', errorCount: 0, counts: { create: 2, unchanged: 0 } });
    expect(await hearingsOf(A)).toHaveLength(0);

    const res = await send(clerk, file, false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'done', counts: { create: 2 } });
    const [a] = await hearingsOf(A);
    const [b] = await hearingsOf(B);
    expect(a).toMatchObject({
      status: 'scheduled',
      kind: 'trial',
      mode: 'in_person',
      courtroom: '第一法庭',
      version: 1,
    });
    expect(a!.scheduledAt.toISOString()).toBe('2031-03-02T01:30:00.000Z');
    expect(b).toMatchObject({ mode: 'online', courtroom: '第二法庭' });
    expect(b!.scheduledAt.toISOString()).toBe('2031-03-05T06:30:00.000Z');
    const history = await database.db
      .select()
      .from(hearingStatusChanges)
      .where(eq(hearingStatusChanges.hearingId, a!.id));
    expect(history.map((h) => [h.fromStatus, h.toStatus])).toEqual([[null, 'scheduled']]);
    const reminders = await database.db.select().from(jobs).where(eq(jobs.name, REMIND_JOB));
    const remindedIds = new Set(reminders.map((j) => (j.payload as { hearingId: string }).hearingId));
    expect(remindedIds.has(a!.id) && remindedIds.has(b!.id)).toBe(true);
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.entityType, ['hearing', 'hearing_import']));
    expect(audits.filter((r) => r.entityType === 'hearing' && r.action === 'create')).toHaveLength(2);
    const fileAudit = audits.filter((r) => r.entityType === 'hearing_import');
    expect(fileAudit).toHaveLength(1);
    expect(fileAudit[0]!.after).toMatchObject({ file: '开庭排期表.xlsx', rows: 2, create: 2 });
  });

  it('finds every row unchanged when the same list comes again: nothing duplicated, no version moved', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const res = await send(clerk, await courtList(goodRows), false);
    expect(res.json()).toMatchObject({ status: 'done', counts: { create: 0, reschedule: 0, update: 0, unchanged: 2 } });
    const rows = [...(await hearingsOf(A)), ...(await hearingsOf(B))];
    expect(rows.map((r) => r.version)).toEqual([1, 1]);
  });

  it('reads a changed time as a 改期: the hearing moves, with a history row naming the file and row', async () => {
    const liaison = await as('liaison', 'court_liaison', { agencyId: org.courtId });
    const moved: Cell[][] = [
      ['(2026)苏9999行初301号', '行政处罚', '2031-03-12', '15:00', '第三法庭', null, null],
      goodRows[1]!,
    ];
    const dry = await send(liaison, await courtList(moved), true, '排期表（改期）.xlsx');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json().items[0]).toMatchObject({
      action: 'reschedule',
      scheduledAt: '2031-03-12T15:00:00+08:00',
      previousScheduledAt: '2031-03-02T09:30:00+08:00',
    });
    const res = await send(liaison, await courtList(moved), false, '排期表（改期）.xlsx');
    expect(res.json()).toMatchObject({ status: 'done', counts: { reschedule: 1, unchanged: 1 } });
    const rows = await hearingsOf(A);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'scheduled', courtroom: '第三法庭', version: 2 });
    expect(rows[0]!.scheduledAt.toISOString()).toBe('2031-03-12T07:00:00.000Z');
    const history = await database.db
      .select()
      .from(hearingStatusChanges)
      .where(and(eq(hearingStatusChanges.hearingId, rows[0]!.id), eq(hearingStatusChanges.fromStatus, 'scheduled')));
    expect(history).toHaveLength(1);
    expect(history[0]!.fromScheduledAt?.toISOString()).toBe('2031-03-02T01:30:00.000Z');
    expect(history[0]!.toScheduledAt?.toISOString()).toBe('2031-03-12T07:00:00.000Z');
    expect(history[0]!.reason).toBe(
      '按法院排期表（排期表（改期）.xlsx 第4行）改期：2031-03-02 09:30 → 2031-03-12 15:00',
    );
  });

  it('schedules a postponed hearing again at the list’s time, and updates a courtroom changed at the same time', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const [b] = await hearingsOf(B);
    const postponed = await clerk.inject({
      method: 'POST',
      url: `/api/v1/hearings/${b!.id}/status`,
      payload: { version: b!.version, status: 'postponed', reason: '法院通知延期' },
    });
    expect(postponed.statusCode, postponed.body).toBe(200);
    const list: Cell[][] = [
      ['(2026)苏9999行初301号', '行政处罚', '2031-03-12', '15:00', '第五法庭', null, null], // same time, new room
      ['（2026）苏9999行初302号', '行政许可', '2031-03-19', '09:00', '第二法庭', '线上', null], // the postponed one
    ];
    const res = await send(clerk, await courtList(list), false, '排期表（延期后）.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'done', counts: { update: 1, reschedule: 1, create: 0 } });
    const [a] = await hearingsOf(A);
    expect(a).toMatchObject({ courtroom: '第五法庭', status: 'scheduled', version: 3 });
    const [again] = await hearingsOf(B);
    // Created, postponed, scheduled again: the list's same courtroom and mode change nothing more.
    expect(again).toMatchObject({ status: 'scheduled', version: 3 });
    expect(again!.scheduledAt.toISOString()).toBe('2031-03-19T01:00:00.000Z');
    const history = await database.db
      .select()
      .from(hearingStatusChanges)
      .where(eq(hearingStatusChanges.hearingId, again!.id))
      .orderBy(hearingStatusChanges.at, hearingStatusChanges.id);
    expect(history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, 'scheduled'],
      ['scheduled', 'postponed'],
      ['postponed', 'scheduled'],
    ]);
    expect(history[2]!.reason).toContain('排期表（延期后）.xlsx 第5行');
  });

  it('refuses a role without hearing.manage (403), and a file that is no list (400 in Chinese)', async () => {
    const head = await as('head', 'agency_head');
    const refused = await send(head, await courtList(goodRows), true);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('FORBIDDEN');
    const expert = await as('expert', 'expert');
    expect((await send(expert, await courtList(goodRows), false)).statusCode).toBe(403);

    const clerk = await as('clerk', 'agency_clerk');
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    const old = await send(clerk, xls, true, '排期表.xls');
    expect(old.statusCode).toBe(400);
    expect(old.json().message).toContain('旧版 Excel 文件（.xls）');
    const csv = Buffer.from('说明\n案由,当事人,备注\n行政处罚,李某,无\n', 'utf8');
    const noHeader = await send(clerk, csv, true, '排期表.csv');
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().message).toContain('未找到表头');
  });

  it('reads a CSV list as well (the case import’s reader)', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const csv = Buffer.from(`\ufeff案号,开庭时间,法庭,庭审类型\n"${B}",2031-03-20 10:00,第二法庭,宣判\n`, 'utf8');
    const res = await send(clerk, csv, true, '排期表.csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        row: 2,
        action: 'create',
        kind: 'pronouncement',
        scheduledAt: '2031-03-20T10:00:00+08:00',
      }),
    ]);
  });
});
