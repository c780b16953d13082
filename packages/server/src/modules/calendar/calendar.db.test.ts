import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/principal.js';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import type { CaseDetail } from '../cases/dto.js';
import { caseDeadlines } from '../cases/schema.js';
import { litigationInput, type OrgFixture, seedOrgFixture } from '../cases/testing.js';
import { calendarNotice, fillPendingAtStart } from './service.js';

const due = (c: CaseDetail, ruleId: string) => c.deadlines.find((d) => d.ruleId === ruleId)?.dueDate;

describe(`working-day calendar API on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: OrgFixture;
  let admin: TestSession;
  let city: TestSession;
  let clerk: TestSession;
  let county: TestSession;

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    app = await buildTestApp(database);
    const as = async (
      role: Parameters<typeof createTestUser>[1]['role'],
      opts: { regionCode?: string; agencyId?: string } = {},
    ) => sessionAs(app, database.db, await createTestUser(database.db, { role, ...opts }));
    admin = await as('admin');
    city = await as('city_coordinator', { regionCode: '329900' });
    county = await as('county_coordinator', { regionCode: '329902' });
    clerk = await as('agency_clerk', { agencyId: org.agency('county-0-dept-0') });
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const createCase = async (caseNumber: string, dates: { filedDate: string; complaintReceivedDate: string | null }) => {
    const res = await city.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: litigationInput(org.agency('county-0-dept-0'), { caseNumber, ...dates }),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<CaseDetail>();
  };
  const detail = async (id: string) =>
    (await city.inject({ method: 'GET', url: `/api/v1/cases/${id}` })).json<CaseDetail>();
  const auditRows = (entityType: string, entityId: string) =>
    database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));

  it('lists the covered years with their source, and a year’s holidays and 调休 with reasons', async () => {
    const years = await clerk.inject({ method: 'GET', url: '/api/v1/calendar/years' });
    expect(years.statusCode, years.body).toBe(200);
    const items = years.json().items as { year: number; origin: string; papers: string[] }[];
    expect(items.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(items[0]).toMatchObject({
      origin: 'official',
      papers: expect.arrayContaining([expect.stringContaining('gov.cn')]),
    });

    const days = await clerk.inject({ method: 'GET', url: '/api/v1/calendar/days?year=2024' });
    expect(days.statusCode).toBe(200);
    const list = days.json().days as { date: string; workday: boolean; kind: string; reason: string }[];
    expect(list.find((d) => d.date === '2024-10-01')).toMatchObject({
      workday: false,
      kind: 'holiday',
      reason: '国庆节放假',
    });
    expect(list.find((d) => d.date === '2024-10-12')).toMatchObject({ workday: true, kind: 'makeup-workday' });
    // Neighbouring-year days of a notice are not listed under this year.
    expect(list.every((d) => d.date.startsWith('2024-'))).toBe(true);
  });

  it('GET /calendar/check says whether a day is a working day and why; an uncovered year is 422', async () => {
    const off = await clerk.inject({ method: 'GET', url: '/api/v1/calendar/check?date=2025-10-03' });
    expect(off.json()).toMatchObject({ date: '2025-10-03', workday: false, reason: expect.stringContaining('国庆') });
    const weekend = await clerk.inject({ method: 'GET', url: '/api/v1/calendar/check?date=2025-03-08' });
    expect(weekend.json()).toMatchObject({ workday: false, reason: '周末' });
    const uncovered = await clerk.inject({ method: 'GET', url: '/api/v1/calendar/check?date=2031-05-06' });
    expect(uncovered.statusCode).toBe(422);
    expect(uncovered.json()).toMatchObject({
      code: 'CALENDAR_YEAR_NOT_COVERED',
      message: expect.stringContaining('2031'),
    });
  });

  it('refuses a year with a date outside it or a duplicate, naming the row in Chinese', async () => {
    const bad = await admin.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2028',
      payload: {
        year: 2028,
        papers: [],
        days: [
          { name: '元旦', date: '2028-01-01', isOffDay: true },
          { name: '元旦', date: '2027-12-31', isOffDay: true },
          { name: '春节', date: '2028-01-01', isOffDay: true },
          { name: '春节', date: '2028-02-30', isOffDay: true },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    const body = bad.json<{ code: string; message: string; details: { row: number; message: string }[] }>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.message).toContain('第2条');
    expect(body.details.map((d) => d.row)).toEqual([2, 3, 4]);
    expect(body.details[0]!.message).toContain('不在2028年内');
    expect(body.details[1]!.message).toContain('与第1条重复');
    expect(body.details[2]!.message).toContain('日期不存在');
    const mismatch = await admin.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2028',
      payload: { year: 2029, days: [{ name: '元旦', date: '2028-01-01', isOffDay: true }] },
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().message).toContain('不一致');
  });

  it('a case due in 2027 (schedule not loaded) gets 暂定 dates: detail, list and the notice say so', async () => {
    const c = await createCase('（2026）苏9902行初901号', { filedDate: '2026-08-05', complaintReceivedDate: null });
    // 2026-08-05 + 6 months = 2027-02-05, 除夕 (statutory since 2025); 02-06/07 weekend, 02-08 初三 → 02-09.
    const trial = c.deadlines.find((d) => d.ruleId === 'litigation.first-instance')!;
    expect(trial).toMatchObject({
      dueDate: '2027-02-09',
      effectiveDueDate: '2027-02-09',
      provisional: true,
      dueDateProvisional: true,
    });
    expect(trial.explanation).toContain('届满日2027-02-05为春节放假');
    expect(trial.explanation).toContain('暂定：2027年放假安排尚未录入');
    expect(c).toMatchObject({ nextDueDate: '2027-02-09', nextDueProvisional: true });
    const list = await city.inject({ method: 'GET', url: `/api/v1/cases?q=${encodeURIComponent('苏9902行初901号')}` });
    expect(list.json().items).toEqual([
      expect.objectContaining({ nextDueDate: '2027-02-09', nextDueProvisional: true }),
    ]);
    const rows = await database.db.select().from(caseDeadlines).where(eq(caseDeadlines.caseId, c.id));
    expect(rows.every((r) => r.provisional)).toBe(true);

    // The export's last column says 暂定 too.
    const xlsx = await city.inject({ method: 'GET', url: '/api/v1/cases/export.xlsx' });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('案件')!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const col = header.indexOf('下一期限');
    expect(col).toBeGreaterThan(0);
    const cells: string[] = [];
    sheet.eachRow((row) => {
      if (String(row.getCell(1).value).includes('苏9902行初901号')) cells.push(String(row.getCell(col).value));
    });
    expect(cells).toEqual(['2027-02-09（暂定：该年放假安排尚未录入）']);

    // The notice: from November on, for administrators and coordinators, with the number of 暂定 deadlines.
    // calendarNotice only reads the role.
    const principal = (role: Principal['role']) => ({ role }) as Principal;
    const adminP = principal('admin');
    expect(await calendarNotice(database.db, adminP, '2026-10-31')).toMatchObject({ show: false });
    expect(await calendarNotice(database.db, adminP, '2026-11-01')).toEqual({
      show: true,
      year: 2027,
      provisionalDeadlines: 1,
    });
    expect(await calendarNotice(database.db, principal('county_coordinator'), '2026-12-01')).toMatchObject({
      show: true,
    });
    expect(await calendarNotice(database.db, principal('agency_clerk'), '2026-12-01')).toMatchObject({ show: false });
    const route = await clerk.inject({ method: 'GET', url: '/api/v1/calendar/notice' });
    expect(route.statusCode, route.body).toBe(200);
    expect(route.json()).toEqual({ show: false, year: null, provisionalDeadlines: 0 });
  });

  it('adding 2027 replaces the 暂定 dates with final ones and clears the flag; audited; a county coordinator may not', async () => {
    const c = await createCase('（2026）苏9902行初903号', { filedDate: '2026-08-05', complaintReceivedDate: null });
    expect(due(c, 'litigation.first-instance')).toBe('2027-02-09');

    // A schedule with what the statute does not know: 春节 bridged to 02-11, a make-up Saturday.
    const payload = {
      year: 2027,
      papers: ['https://www.gov.cn/example-2027'],
      days: [
        { name: '元旦', date: '2027-01-01', isOffDay: true },
        ...['05', '06', '07', '08', '09', '10', '11'].map((d) => ({
          name: '春节',
          date: `2027-02-${d}`,
          isOffDay: true,
        })),
        { name: '春节', date: '2027-02-20', isOffDay: false },
        { name: '端午节', date: '2027-06-09', isOffDay: true },
      ],
    };
    const denied = await county.inject({ method: 'PUT', url: '/api/v1/calendar/years/2027', payload });
    expect(denied.statusCode).toBe(403);

    const res = await admin.inject({ method: 'PUT', url: '/api/v1/calendar/years/2027', payload });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ year: 2027, days: 10, replaced: null });
    // Both cases' trial periods moved (02-09 → 02-12, past the bridge days) and became final.
    expect(res.json().changedDeadlines).toBe(2);

    const after = await detail(c.id);
    const trial = after.deadlines.find((d) => d.ruleId === 'litigation.first-instance')!;
    expect(trial).toMatchObject({ dueDate: '2027-02-12', provisional: false, dueDateProvisional: false });
    expect(trial.explanation).not.toContain('暂定');
    expect(after).toMatchObject({ nextDueDate: '2027-02-12', nextDueProvisional: false });
    const open = await database.db.select().from(caseDeadlines).where(eq(caseDeadlines.provisional, true));
    expect(open).toEqual([]);

    const principal = { role: 'admin' } as Principal;
    expect(await calendarNotice(database.db, principal, '2026-11-01')).toMatchObject({ show: false });
    expect(await calendarNotice(database.db, principal, '2027-11-01')).toMatchObject({ show: true, year: 2028 });

    const years = (await clerk.inject({ method: 'GET', url: '/api/v1/calendar/years' })).json();
    expect(years.items.at(-1)).toMatchObject({ year: 2027, origin: 'stored', papers: payload.papers, holidayCount: 9 });
    const audit = await auditRows('calendar_year', '2027');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', after: expect.objectContaining({ days: 10 }) });

    // Replacing the year again: an update, nothing moves.
    const again = await admin.inject({ method: 'PUT', url: '/api/v1/calendar/years/2027', payload });
    expect(again.json()).toMatchObject({ replaced: 'stored', changedDeadlines: 0 });
    expect(await auditRows('calendar_year', '2027')).toHaveLength(2);
  });

  it('a deadline stored without a date (before 暂定 dates existed) gets its 暂定 date at start', async () => {
    const c = await createCase('（2026）苏9902行初904号', { filedDate: '2026-08-05', complaintReceivedDate: null });
    const [row] = await database.db
      .update(caseDeadlines)
      .set({ fromDate: '2028-01-20', dueDate: null, provisional: false, explanation: '暂无法计算：…' })
      .where(and(eq(caseDeadlines.caseId, c.id), eq(caseDeadlines.ruleId, 'litigation.first-instance')))
      .returning();
    expect(await fillPendingAtStart(database.db)).toBe(1);
    const [filled] = await database.db.select().from(caseDeadlines).where(eq(caseDeadlines.id, row!.id));
    // 2028-01-20 + 6 months = 2028-07-20, a Thursday.
    expect(filled).toMatchObject({ dueDate: '2028-07-20', provisional: true });
    expect(filled!.explanation).toContain('暂定：2028年放假安排尚未录入');
    expect(await fillPendingAtStart(database.db)).toBe(0);
  });

  it('an override turning a day into a holiday moves an affected due date; removing it moves it back', async () => {
    // 2025-03-03 + 15 days = 2025-03-18 (a Tuesday).
    const c = await createCase('（2025）苏9902行初902号', {
      filedDate: '2025-03-01',
      complaintReceivedDate: '2025-03-03',
    });
    expect(due(c, 'litigation.defense')).toBe('2025-03-18');

    const add = await city.inject({
      method: 'POST',
      url: '/api/v1/calendar/overrides',
      payload: { date: '2025-03-18', workday: false, name: '台风停工', reason: '市政府通知（测试）' },
    });
    expect(add.statusCode, add.body).toBe(200);
    expect(add.json()).toMatchObject({ date: '2025-03-18', covered: true });
    expect(add.json().changedDeadlines).toBeGreaterThanOrEqual(1);
    const moved = await detail(c.id);
    expect(due(moved, 'litigation.defense')).toBe('2025-03-19');
    expect(moved.deadlines.find((d) => d.ruleId === 'litigation.defense')!.explanation).toContain('台风停工');

    const days = (await clerk.inject({ method: 'GET', url: '/api/v1/calendar/days?year=2025' })).json();
    expect(days.days.find((d: { date: string }) => d.date === '2025-03-18')).toMatchObject({
      workday: false,
      kind: 'override',
      override: { name: '台风停工' },
    });
    const check = await clerk.inject({ method: 'GET', url: '/api/v1/calendar/check?date=2025-03-18' });
    expect(check.json()).toMatchObject({ workday: false, reason: expect.stringContaining('台风停工') });

    const remove = await city.inject({
      method: 'DELETE',
      url: '/api/v1/calendar/overrides',
      payload: { date: '2025-03-18', reason: '通知撤回' },
    });
    expect(remove.statusCode, remove.body).toBe(200);
    expect(remove.json().changedDeadlines).toBeGreaterThanOrEqual(1);
    expect(due(await detail(c.id), 'litigation.defense')).toBe('2025-03-18');

    const audit = await auditRows('calendar_override', '2025-03-18');
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete']);
    const missing = await city.inject({
      method: 'DELETE',
      url: '/api/v1/calendar/overrides',
      payload: { date: '2025-03-18' },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('an override far from a deadline leaves it alone; a clerk may read but not change the calendar', async () => {
    const far = await city.inject({
      method: 'POST',
      url: '/api/v1/calendar/overrides',
      payload: { date: '2019-06-03', workday: false, name: '测试', reason: '与期限无关的日期' },
    });
    expect(far.json()).toMatchObject({ changedDeadlines: 0 });
    const denied = await clerk.inject({
      method: 'POST',
      url: '/api/v1/calendar/overrides',
      payload: { date: '2019-06-04', workday: false, name: '测试', reason: '无权' },
    });
    expect(denied.statusCode).toBe(403);
  });
});
