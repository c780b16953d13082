/**
 * Defence-deadline reminders end to end on a real database: a case registered through the API, the daily schedule run
 * by the jobs runner at 08:00 China time on the days 5, 2 and 0 working days before the due date, the clerks of the
 * defendant agency notified once per (deadline, offset, recipient), a moved date superseding the old reminders and
 * getting its own, and the clerk's notification centre over HTTP (list, unread count, read, read all; another's 404).
 */
import { createCalendar, officialSchedule } from '@shuangjiang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { JobRegistry, runDueJobs } from '../../platform/jobs/index.js';
import { litigationInput, seedOrgFixture } from '../cases/testing.js';
import { notificationJobs } from './jobs.js';
import { remindDefenceDeadlines } from './reminders.js';

type Inbox = {
  items: { id: string; title: string; body: string; link: string; readAt: string | null; superseded: boolean }[];
  total: number;
  unread: number;
};

const cal = createCalendar(officialSchedule);
const eight = (date: string, hour = '08') => new Date(`${date}T${hour}:00:00+08:00`);

describe(`defence deadline reminders on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let city: TestSession;
  let clerk: TestSession;
  let otherClerk: TestSession;
  let registry: JobRegistry;
  let caseId = '';
  let deadlineId = '';
  let due = '';

  beforeAll(async () => {
    database = await createTestDatabase();
    const org = await seedOrgFixture(database.db);
    app = await buildTestApp(database);
    const agency = org.agency('county-0-dept-0');
    city = await sessionAs(
      app,
      database.db,
      await createTestUser(database.db, { role: 'city_coordinator', regionCode: '329900' }),
    );
    clerk = await sessionAs(
      app,
      database.db,
      await createTestUser(database.db, { role: 'agency_clerk', agencyId: agency }),
    );
    otherClerk = await sessionAs(
      app,
      database.db,
      await createTestUser(database.db, { role: 'agency_clerk', agencyId: org.agency('county-1-dept-0') }),
    );
    const res = await city.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: litigationInput(agency, {
        caseNumber: '（2026）苏9902行初4242号',
        filedDate: '2026-10-28',
        complaintReceivedDate: '2026-11-02',
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const detail = res.json<{ id: string; deadlines: { id: string; ruleId: string; dueDate: string }[] }>();
    caseId = detail.id;
    const defence = detail.deadlines.find((d) => d.ruleId === 'litigation.defense')!;
    deadlineId = defence.id;
    due = defence.dueDate;
    registry = new JobRegistry();
    notificationJobs(registry);
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  // The risk screening warns of the same near defence deadline (modules/risk, 风险预警): not this test's subject, so
  // its notices are left out of what the tests see, and counted to correct the server's own counts.
  const isRisk = (i: Inbox['items'][number]) => i.title.startsWith('风险预警');
  const riskNotices = async (s: TestSession) => {
    const res = await s.inject({ method: 'GET', url: '/api/v1/notifications?pageSize=100' });
    const risk = res.json<Inbox>().items.filter(isRisk);
    return { total: risk.length, unread: risk.filter((i) => !i.readAt).length };
  };
  const inbox = async (s: TestSession, q = '') => {
    const res = await s.inject({ method: 'GET', url: `/api/v1/notifications${q}` });
    expect(res.statusCode, res.body).toBe(200);
    const all = res.json<Inbox>();
    const risk = await riskNotices(s);
    return {
      items: all.items.filter((i) => !isRisk(i)),
      total: all.total - risk.total,
      unread: all.unread - risk.unread,
    };
  };
  const runAt = (now: Date) => runDueJobs(database.db, registry, { now });
  const remindAt = (now: Date) => database.db.transaction((tx) => remindDefenceDeadlines(tx, now, { channels: [] }));

  it('5 working days before: the clerk of the defendant agency is told, once; other agencies are not', async () => {
    expect(due).toBe('2026-11-17'); // 15 days from 2026-11-02 (行政诉讼法第六十七条)
    const d5 = cal.addWorkdays(due, -5);
    const run = await runAt(eight(d5));
    expect(run.jobs.find((j) => j.name === 'notifications.deadline-reminders')?.status).toBe('done');
    let mine = await inbox(clerk);
    expect(mine.unread).toBe(1);
    expect(mine.items[0]).toMatchObject({
      title: '答辩期限还有 5 个工作日：（2026）苏9902行初4242号',
      link: `/cases/${caseId}`,
      superseded: false,
      readAt: null,
    });
    expect(mine.items[0]!.body).toContain('行政诉讼法第六十七条');
    expect(mine.items[0]!.body).toContain(due);
    expect((await inbox(otherClerk)).total).toBe(0);

    // The same day again, and the next working day (4 left): nothing new.
    expect((await remindAt(eight(d5, '15'))).notified).toBe(0);
    expect((await remindAt(eight(cal.addWorkdays(d5, 1)))).notified).toBe(0);
    mine = await inbox(clerk);
    expect(mine.total).toBe(1);
  });

  it('2 and 0 working days before: one more each', async () => {
    await runAt(eight(cal.addWorkdays(due, -2)));
    const mine = await inbox(clerk);
    expect(mine.items.map((i) => i.title)).toEqual([
      '答辩期限还有 2 个工作日：（2026）苏9902行初4242号',
      '答辩期限还有 5 个工作日：（2026）苏9902行初4242号',
    ]);
  });

  it('a moved date supersedes the old reminders and gets its own', async () => {
    const newDue = cal.addWorkdays(due, 8);
    const res = await city.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${caseId}/deadlines/${deadlineId}`,
      payload: { customDueDate: newDue, customReason: '法院准许延期提交' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const run = await remindAt(eight(cal.addWorkdays(due, -2), '16'));
    expect(run.superseded).toBe(2);
    let mine = await inbox(clerk);
    expect(mine.items.map((i) => i.superseded)).toEqual([true, true]);

    await remindAt(eight(cal.addWorkdays(newDue, -5)));
    await remindAt(eight(newDue));
    mine = await inbox(clerk);
    expect(mine.items.slice(0, 2).map((i) => [i.title, i.superseded])).toEqual([
      ['答辩期限今天届满：（2026）苏9902行初4242号', false],
      ['答辩期限还有 5 个工作日：（2026）苏9902行初4242号', false],
    ]);
    expect(mine.items[0]!.body).toContain(newDue);
  });

  it('a met deadline supersedes its reminders', async () => {
    const res = await city.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/events`,
      payload: { type: 'defence_submitted', at: '2026-11-16', title: '已提交答辩状' },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    const run = await remindAt(eight(cal.addWorkdays(due, 9)));
    expect(run.superseded).toBe(2);
    expect((await inbox(clerk)).items.every((i) => i.superseded)).toBe(true);
  });

  it('the notification centre: unread count, read one, another user cannot, read all', async () => {
    let mine = await inbox(clerk);
    expect(mine.unread).toBe(4);
    const riskUnread = (await riskNotices(clerk)).unread;
    const first = mine.items[0]!;
    const read = await clerk.inject({ method: 'POST', url: `/api/v1/notifications/${first.id}/read` });
    expect(read.json()).toEqual({ unread: 3 + riskUnread, marked: 1 });
    const foreign = await otherClerk.inject({ method: 'POST', url: `/api/v1/notifications/${mine.items[1]!.id}/read` });
    expect(foreign.statusCode).toBe(404);
    expect((await inbox(clerk, '?unreadOnly=true')).items.map((i) => i.id)).not.toContain(first.id);
    const all = await clerk.inject({ method: 'POST', url: '/api/v1/notifications/read-all' });
    expect(all.json()).toEqual({ unread: 0, marked: 3 + riskUnread });
    // Page 2: the first page opens with the risk notice (created at the real now, after the reminders' instants).
    mine = await inbox(clerk, '?page=2&pageSize=2');
    expect(mine).toMatchObject({ total: 4, unread: 0 });
    expect(mine.items).toHaveLength(2);
    const bad = await clerk.inject({ method: 'GET', url: '/api/v1/notifications?pageSize=500' });
    expect(bad.statusCode).toBe(400);
  });
});
