/**
 * Deadlines with owners (docs/rules/deadlines.md#owners): a case's save touches only its own; several owners (and one
 * owner several times) may hold deadlines of one rule; a calendar change recomputes every owner's, each as its owner
 * registered; 暂定 dates work the same; the reminders due at an instant come from every owner's deadlines.
 */
import { randomUUID } from 'node:crypto';
import { computeRow, type IsoDate } from '@shuangjiang/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession } from '../../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../../platform/db/testing.js';
import { buildTestApp } from '../../../platform/http/testing.js';
import type { App } from '../../../platform/http/types.js';
import type { CaseDetail } from '../dto.js';
import { caseDeadlines } from '../schema.js';
import { litigationInput, type OrgFixture, seedOrgFixture } from '../testing.js';
import {
  closeDeadline,
  type DeadlineOwner,
  listDeadlines,
  loadCalendar,
  registerDeadlineOwner,
  remindersDueAt,
  upsertOwnedDeadlines,
} from './public.js';

describe(`deadlines with owners on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: OrgFixture;
  let city: TestSession;
  let admin: TestSession;

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    app = await buildTestApp(database);
    city = await sessionAs(
      app,
      database.db,
      await createTestUser(database.db, { role: 'city_coordinator', regionCode: '329900' }),
    );
    admin = await sessionAs(app, database.db, await createTestUser(database.db, { role: 'admin' }));
    // An owner kind whose computation differs from the rule's own (it marks its explanation): the recompute must use it.
    registerDeadlineOwner({
      type: 'test_marked',
      compute: (row, calendar) => {
        const c = computeRow(row.ruleId, row.fromDate, calendar);
        return { ...c, explanation: `【测试归属】${c.explanation}` };
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const create = async (caseNumber: string, complaintReceivedDate: string, filedDate: string) => {
    const res = await city.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: litigationInput(org.agency('county-0-dept-0'), { caseNumber, complaintReceivedDate, filedDate }),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<CaseDetail>();
  };
  const patch = async (id: string, payload: Record<string, unknown>) => {
    const res = await city.inject({ method: 'PATCH', url: `/api/v1/cases/${id}`, payload });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<CaseDetail>();
  };
  const owned = (owner: DeadlineOwner, ds: { ruleId: string; fromDate: string; key?: string }[]) =>
    database.db.transaction(async (tx) => upsertOwnedDeadlines(tx, owner, ds, await loadCalendar(tx)));
  const rowsOf = (caseId: string) =>
    database.db.select().from(caseDeadlines).where(eq(caseDeadlines.caseId, caseId)).orderBy(caseDeadlines.ruleId);

  it("a risk item's and a hearing's deadlines survive the case's saves, while the case's own follow its fields", async () => {
    const c = await create('（2025）苏9902行初901号', '2025-06-09', '2025-06-05');
    const risk: DeadlineOwner = { type: 'risk_item', id: randomUUID(), caseId: c.id };
    const hearing: DeadlineOwner = { type: 'hearing', id: randomUUID(), caseId: c.id };
    expect(await owned(risk, [{ ruleId: 'risk.lead-assignment', fromDate: '2025-06-10' }])).toEqual({
      added: ['risk.lead-assignment'],
      changed: [],
      removed: [],
    });
    // A hearing owning a deadline of a rule the case itself has (the defence): both stay, apart.
    await owned(hearing, [{ ruleId: 'litigation.defense', fromDate: '2025-06-11' }]);

    // 2025-06-09 + 15 days = 06-24; moved to 06-10 → 06-25.
    const edited = await patch(c.id, { version: c.version, complaintReceivedDate: '2025-06-10' });
    const defences = edited.deadlines.filter((d) => d.ruleId === 'litigation.defense').map((d) => d.dueDate);
    expect(defences.sort()).toEqual(['2025-06-25', '2025-06-26']);
    // The case no longer has a complaint date: its own defence goes, the hearing's and the risk item's stay.
    const cleared = await patch(c.id, { version: edited.version, complaintReceivedDate: null });
    const left = (await rowsOf(c.id)).map((r) => `${r.ownerType}:${r.ruleId}:${r.dueDate}`);
    expect(left).toEqual([
      'hearing:litigation.defense:2025-06-26',
      'case:litigation.first-instance:2025-12-05',
      'risk_item:risk.lead-assignment:2025-06-13', // 3 working days after 06-10
    ]);
    expect(cleared.deadlines.map((d) => d.ruleId).sort()).toEqual([
      'litigation.defense',
      'litigation.first-instance',
      'risk.lead-assignment',
    ]);
    // The owner's list is the whole set: an empty one removes them (a cancelled hearing).
    expect(await owned(hearing, [])).toEqual({ added: [], changed: [], removed: ['litigation.defense'] });
    expect((await rowsOf(c.id)).map((r) => r.ownerType).sort()).toEqual(['case', 'risk_item']);
  });

  it('two owners hold deadlines of one rule on one case, and one owner several by key; duplicates are refused', async () => {
    const c = await create('（2025）苏9902行初902号', '2025-07-01', '2025-06-30');
    const h1: DeadlineOwner = { type: 'hearing', id: randomUUID(), caseId: c.id };
    const h2: DeadlineOwner = { type: 'hearing', id: randomUUID(), caseId: c.id };
    const plan: DeadlineOwner = { type: 'plan_step', id: randomUUID(), caseId: c.id };
    await owned(h1, [{ ruleId: 'risk.lead-assignment', fromDate: '2025-07-07' }]);
    await owned(h2, [{ ruleId: 'risk.lead-assignment', fromDate: '2025-07-14' }]);
    await owned(plan, [
      { ruleId: 'loss.analysis-report', fromDate: '2025-07-01', key: 'first' },
      { ruleId: 'loss.analysis-report', fromDate: '2025-07-15', key: 'second' },
    ]);
    const mine = await listDeadlines(database.db, {
      caseId: c.id,
      ruleIds: ['risk.lead-assignment', 'loss.analysis-report'],
    });
    expect(mine.map((d) => `${d.ownerType}:${d.ownerKey}:${d.ruleId}:${d.effectiveDueDate}`)).toEqual([
      'hearing::risk.lead-assignment:2025-07-10',
      'plan_step:first:loss.analysis-report:2025-07-15',
      'hearing::risk.lead-assignment:2025-07-17',
      'plan_step:second:loss.analysis-report:2025-07-29',
    ]);
    expect(
      (await listDeadlines(database.db, { owner: { type: 'hearing', id: h2.id } })).map((d) => d.fromDate),
    ).toEqual(['2025-07-14']);
    expect(await listDeadlines(database.db, { owner: { type: 'case', id: c.id } })).toHaveLength(2);
    // Restating the same set changes nothing; moving one start recomputes that one only.
    expect(
      await owned(plan, [
        { ruleId: 'loss.analysis-report', fromDate: '2025-07-01', key: 'first' },
        { ruleId: 'loss.analysis-report', fromDate: '2025-07-16', key: 'second' },
      ]),
    ).toEqual({ added: [], changed: ['loss.analysis-report#second'], removed: [] });
    // The same rule twice without a key is refused with a Chinese message; the database refuses it too.
    await expect(
      owned(h1, [
        { ruleId: 'risk.lead-assignment', fromDate: '2025-07-07' },
        { ruleId: 'risk.lead-assignment', fromDate: '2025-07-08' },
      ]),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: '期限重复：risk.lead-assignment' });
    const base = { caseId: c.id, ruleId: 'risk.lead-assignment', fromDate: '2025-07-07', explanation: 'x', basis: 'x' };
    await expect(
      database.db.insert(caseDeadlines).values({ ...base, ownerType: 'hearing', ownerId: h1.id }),
    ).rejects.toThrow();
    // An owner other than the case must name itself; the case's own may not.
    await expect(database.db.insert(caseDeadlines).values({ ...base, ownerType: 'hearing' })).rejects.toThrow();
    await expect(database.db.insert(caseDeadlines).values({ ...base, ownerId: h1.id })).rejects.toThrow();
    await expect(owned({ type: 'case', id: c.id, caseId: c.id }, [])).rejects.toThrow(/syncCaseDeadlines/);
  });

  it("a calendar change moves every owner's open deadlines, each computed as its owner registered; a closed one stays", async () => {
    const c = await create('（2025）苏9902行初903号', '2025-03-03', '2025-03-01');
    const risk: DeadlineOwner = { type: 'risk_item', id: randomUUID(), caseId: c.id };
    const marked: DeadlineOwner = { type: 'test_marked', id: randomUUID(), caseId: c.id };
    const done: DeadlineOwner = { type: 'hearing', id: randomUUID(), caseId: c.id };
    await owned(risk, [{ ruleId: 'litigation.defense', fromDate: '2025-03-03' }]);
    await owned(marked, [{ ruleId: 'litigation.defense', fromDate: '2025-03-03' }]);
    await owned(done, [{ ruleId: 'litigation.defense', fromDate: '2025-03-03' }]);
    const [closed] = await listDeadlines(database.db, { owner: { type: 'hearing', id: done.id } });
    expect(await database.db.transaction((tx) => closeDeadline(tx, closed!.id, 'met'))).toMatchObject({
      status: 'met',
    });
    const dues = async () =>
      Object.fromEntries(
        (await rowsOf(c.id))
          .filter((r) => r.ruleId === 'litigation.defense')
          .map((r) => [r.ownerType, `${r.dueDate}${r.explanation.startsWith('【测试归属】') ? ' marked' : ''}`]),
      );
    expect(await dues()).toEqual({
      case: '2025-03-18',
      risk_item: '2025-03-18',
      test_marked: '2025-03-18 marked',
      hearing: '2025-03-18',
    });
    // 2025-03-18 declared a day off: the last day rolls to 03-19 for every open one.
    const res = await admin.inject({
      method: 'POST',
      url: '/api/v1/calendar/overrides',
      payload: { date: '2025-03-18', workday: false, name: '测试停工', reason: '所有归属的期限一并顺延' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ changedDeadlines: number }>().changedDeadlines).toBeGreaterThanOrEqual(3);
    expect(await dues()).toEqual({
      case: '2025-03-19',
      risk_item: '2025-03-19',
      test_marked: '2025-03-19 marked',
      hearing: '2025-03-18', // met: no longer recomputed
    });
    const undo = await admin.inject({
      method: 'DELETE',
      url: '/api/v1/calendar/overrides',
      payload: { date: '2025-03-18', reason: '撤销测试' },
    });
    expect(undo.statusCode, undo.body).toBe(200);
    expect((await dues()).risk_item).toBe('2025-03-18');
  });

  it('a deadline counted backwards (N working days before a hearing) moves when a day between the two changes', async () => {
    registerDeadlineOwner({
      type: 'test_before',
      compute: (row, calendar) => ({
        dueDate: calendar.addWorkdays(row.fromDate as IsoDate, -3),
        provisional: false,
        explanation: `开庭（${row.fromDate}）前3个工作日`,
        basis: '测试',
      }),
    });
    const c = await create('（2025）苏9902行初906号', '2025-04-01', '2025-03-31');
    const hearing: DeadlineOwner = { type: 'test_before', id: randomUUID(), caseId: c.id };
    await owned(hearing, [{ ruleId: 'risk.lead-assignment', fromDate: '2025-04-18' }]);
    const due = async () =>
      (await listDeadlines(database.db, { owner: { type: 'test_before', id: hearing.id } }))[0]?.dueDate;
    expect(await due()).toBe('2025-04-15'); // Fri 04-18 ← 17, 16, 15
    const res = await admin.inject({
      method: 'POST',
      url: '/api/v1/calendar/overrides',
      payload: { date: '2025-04-16', workday: false, name: '测试停工', reason: '开庭前的期限前移' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await due()).toBe('2025-04-14'); // 04-16 off: 17, 15, 14
    await admin.inject({ method: 'DELETE', url: '/api/v1/calendar/overrides', payload: { date: '2025-04-16' } });
    expect(await due()).toBe('2025-04-15');
  });

  it('the reminders due at an instant: the nearest offset of every open deadline, whoever owns it', async () => {
    // 2025-09-01 + 15 days = 09-16 (Tuesday); the risk item's 3 working days from 09-11 end the same day.
    const c = await create('（2025）苏9902行初904号', '2025-09-01', '2025-08-29');
    const risk: DeadlineOwner = { type: 'risk_item', id: randomUUID(), caseId: c.id };
    const other: DeadlineOwner = { type: 'risk_item', id: randomUUID(), caseId: c.id };
    await owned(risk, [{ ruleId: 'risk.lead-assignment', fromDate: '2025-09-11' }]);
    await owned(other, [{ ruleId: 'risk.lead-assignment', fromDate: '2025-09-11' }]);
    const [closed] = await listDeadlines(database.db, { owner: { type: 'risk_item', id: other.id } });
    await database.db.transaction((tx) => closeDeadline(tx, closed!.id, 'met'));
    const calendar = await loadCalendar(database.db);
    const at = async (instant: string) =>
      (
        await remindersDueAt(database.db, new Date(instant), calendar, {
          ruleIds: ['litigation.defense', 'risk.lead-assignment'],
        })
      )
        .filter((r) => r.caseId === c.id)
        .map((r) => `${r.ownerType}:${r.ruleId}:${r.dueDate}:${r.offset}:${r.workdaysLeft}`)
        .sort();
    expect(await at('2025-09-08T09:00:00+08:00')).toEqual([]); // 6 working days ahead
    expect(await at('2025-09-09T09:00:00+08:00')).toEqual([
      'case:litigation.defense:2025-09-16:5:5',
      'risk_item:risk.lead-assignment:2025-09-16:5:5',
    ]);
    expect(await at('2025-09-12T09:00:00+08:00')).toEqual([
      'case:litigation.defense:2025-09-16:2:2',
      'risk_item:risk.lead-assignment:2025-09-16:2:2',
    ]);
    expect(await at('2025-09-13T09:00:00+08:00')).toHaveLength(2); // a Saturday: still the 2-day one
    // 00:30 in Beijing on the due day is already the due day (16:30 UTC the day before).
    expect(await at('2025-09-15T16:30:00Z')).toEqual([
      'case:litigation.defense:2025-09-16:0:0',
      'risk_item:risk.lead-assignment:2025-09-16:0:0',
    ]);
    expect(await at('2025-09-17T09:00:00+08:00')).toEqual([]); // past: overdue, not a reminder
    // A custom date binds: the reminder follows it.
    const [defence] = await database.db
      .select()
      .from(caseDeadlines)
      .where(and(eq(caseDeadlines.caseId, c.id), eq(caseDeadlines.ruleId, 'litigation.defense')));
    await database.db
      .update(caseDeadlines)
      .set({ customDueDate: '2025-09-19', customReason: '法院准许延期' })
      .where(eq(caseDeadlines.id, defence!.id));
    expect(await at('2025-09-17T09:00:00+08:00')).toEqual(['case:litigation.defense:2025-09-19:2:2']);
    expect(await at('2025-09-19T09:00:00+08:00')).toEqual(['case:litigation.defense:2025-09-19:0:0']);
    // A deleted case's deadlines are not reminded of, nor listed unless asked.
    const now = await city.inject({ method: 'GET', url: `/api/v1/cases/${c.id}` });
    const del = await city.inject({
      method: 'DELETE',
      url: `/api/v1/cases/${c.id}`,
      payload: { reason: '重复登记', version: now.json<CaseDetail>().version },
    });
    expect(del.statusCode, del.body).toBe(204);
    expect(await at('2025-09-19T09:00:00+08:00')).toEqual([]);
    expect(await listDeadlines(database.db, { caseId: c.id })).toEqual([]);
    // defence, first instance, this test's two risk items (the risk screening's own item of a repeat plaintiff aside)
    const kept = await listDeadlines(database.db, { caseId: c.id, includeDeleted: true });
    expect(kept.filter((d) => d.ownerType === 'case' || [risk.id, other.id].includes(d.ownerId ?? '')).length).toBe(4);
  });

  it("provisional dates: another owner's deadline in a year without its schedule is 暂定, made final when the year is entered", async () => {
    const c = await create('（2026）苏9902行初905号', '2026-11-20', '2026-08-05');
    const hearing: DeadlineOwner = { type: 'hearing', id: randomUUID(), caseId: c.id };
    await owned(hearing, [{ ruleId: 'litigation.first-instance', fromDate: '2026-08-05' }]);
    const state = async () =>
      (await rowsOf(c.id))
        .filter((r) => r.ruleId === 'litigation.first-instance')
        .map((r) => `${r.ownerType}:${r.dueDate}:${r.provisional}`)
        .sort();
    // 2026-08-05 + 6 months = 2027-02-05, 除夕 on the statutory holidays alone → 02-09 (暂定).
    expect(await state()).toEqual(['case:2027-02-09:true', 'hearing:2027-02-09:true']);
    const res = await admin.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      payload: {
        year: 2027,
        papers: [],
        days: ['05', '06', '07', '08', '09', '10', '11'].map((d) => ({
          name: '春节',
          date: `2027-02-${d}`,
          isOffDay: true,
        })),
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await state()).toEqual(['case:2027-02-12:false', 'hearing:2027-02-12:false']);
  });
});
