import { tmpdir } from 'node:os';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestUser,
  ensureTestOrg,
  sessionAs,
  type TestOrg,
  type TestSession,
} from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { JobRegistry, runDueJobs } from '../../platform/jobs/index.js';
import { jobs } from '../../platform/jobs/schema.js';
import { hearingJobs, REMIND_JOB } from './reminders.js';

const AT = '2031-03-10T09:30:00+08:00';
const LATER = '2031-04-15T14:30:00+08:00';
const china8 = (date: string) => new Date(`${date}T08:00:00+08:00`);

interface Inbox {
  items: { title: string; body: string; link: string | null }[];
}

describe(`hearings: the hearing's deadline and reminders on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  let clerk: TestSession;
  let head: TestSession;
  let caseId: string;
  const registry = new JobRegistry();
  hearingJobs(registry);

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({
      SESSION_SECRET: 'r'.repeat(40),
      DATA_DIR: tmpdir(),
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    app = await buildApp({ config, database }, { logger: false });
    org = await ensureTestOrg(database.db);
    clerk = await sessionAs(app, database.db, await createTestUser(database.db, { role: 'agency_clerk' }));
    head = await sessionAs(app, database.db, await createTestUser(database.db, { role: 'agency_head' }));
    const made = await clerk.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        caseNumber: '（2026）苏9999行初99号',
        filedDate: '2026-03-01',
        courtAgencyId: org.courtId,
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '李某' },
          { side: 'defendant', partyType: 'agency', name: '测试局', agencyId: org.agencyId, defendantRole: 'first' },
        ],
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    caseId = made.json().id;
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const titles = async (s: TestSession) =>
    (await s.inject({ method: 'GET', url: '/api/v1/notifications' })).json<Inbox>().items.map((i) => i.title);
  const hearingDeadlines = async () =>
    (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${caseId}` }))
      .json<{ deadlines: { ruleId: string; name: string; dueDate: string; status: string }[] }>()
      .deadlines.filter((d) => d.ruleId === 'hearing.session');
  const reminderJobs = async (hearingId: string) =>
    (await database.db.select().from(jobs).where(eq(jobs.name, REMIND_JOB)))
      .filter((j) => (j.payload as { hearingId: string }).hearingId === hearingId)
      .map((j) => ({ runAt: j.runAt.toISOString(), payload: j.payload as { scheduledAt: string; days: number } }))
      .sort((a, b) => a.runAt.localeCompare(b.runAt));
  const status = (id: string, body: Record<string, unknown>) =>
    clerk.inject({ method: 'POST', url: `/api/v1/hearings/${id}/status`, payload: body });

  it('on entry: the clerk and the head are told at once, the hearing day is a deadline of the case, reminders 7, 3 and 1 days before at 08:00', async () => {
    const res = await clerk.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/hearings`,
      payload: { scheduledAt: AT, courtroom: '第二法庭' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const h = res.json();
    const entered = '开庭安排：（2026）苏9999行初99号 开庭：2031-03-10 09:30，第二法庭';
    expect(await titles(clerk)).toContain(entered);
    expect(await titles(head)).toContain(entered);
    // Named as the case detail shows it (the hearing's own rule, registered with its owner), not by its id.
    expect(await hearingDeadlines()).toEqual([
      expect.objectContaining({ name: '开庭', dueDate: '2031-03-10', status: 'open' }),
    ]);
    expect((await reminderJobs(h.id)).map((j) => [j.runAt, j.payload.days])).toEqual([
      [china8('2031-03-03').toISOString(), 7],
      [china8('2031-03-07').toISOString(), 3],
      [china8('2031-03-09').toISOString(), 1],
    ]);

    const run = await runDueJobs(database.db, registry, { now: china8('2031-03-07') });
    expect(run.jobs.filter((j) => j.name === REMIND_JOB).map((j) => j.status)).toEqual(['done', 'done']);
    const mine = await titles(head);
    expect(mine).toContain('7天后开庭：（2026）苏9999行初99号 开庭：2031-03-10 09:30，第二法庭');
    expect(mine).toContain('3天后开庭：（2026）苏9999行初99号 开庭：2031-03-10 09:30，第二法庭');
    expect(mine.some((t) => t.startsWith('明天开庭'))).toBe(false);

    // Postponed: the deadline goes, the recipients are told, the day-before reminder sends nothing.
    const postponed = await status(h.id, { version: h.version, status: 'postponed', reason: '原告申请延期' });
    expect(postponed.statusCode, postponed.body).toBe(200);
    expect(await hearingDeadlines()).toEqual([]);
    expect((await titles(clerk)).some((t) => t.startsWith('庭审延期：'))).toBe(true);
    const before = (await titles(head)).length;
    const quiet = await runDueJobs(database.db, registry, { now: china8('2031-03-09') });
    expect(quiet.jobs.filter((j) => j.name === REMIND_JOB).map((j) => j.status)).toEqual(['done']);
    expect((await titles(head)).filter((t) => t.startsWith('明天开庭'))).toEqual([]);
    expect((await titles(head)).length).toBe(before);

    // Scheduled again: a new deadline date and new reminders for the new time; cancelled: they stop again.
    const again = await status(h.id, {
      version: h.version + 1,
      status: 'scheduled',
      reason: '法院重新排期',
      scheduledAt: LATER,
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(await hearingDeadlines()).toEqual([expect.objectContaining({ dueDate: '2031-04-15', status: 'open' })]);
    const later = (await reminderJobs(h.id)).filter((j) => j.payload.scheduledAt === new Date(LATER).toISOString());
    expect(later.map((j) => j.payload.days)).toEqual([7, 3, 1]);
    const cancelled = await status(h.id, { version: h.version + 2, status: 'cancelled', reason: '原告撤诉' });
    expect(cancelled.statusCode).toBe(200);
    expect(await hearingDeadlines()).toEqual([]);
    await runDueJobs(database.db, registry, { now: china8('2031-04-15') });
    expect((await titles(head)).some((t) => t.includes('2031-04-15') && t.includes('天后开庭'))).toBe(false);
    expect((await titles(head)).some((t) => t.startsWith('庭审取消：'))).toBe(true);
  });

  it('a held hearing meets its deadline; a hearing entered after its time tells no one', async () => {
    const res = await clerk.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/hearings`,
      payload: { scheduledAt: '2026-05-06T09:00:00+08:00', courtroom: '第八法庭' },
    });
    const h = res.json();
    expect((await titles(head)).some((t) => t.includes('第八法庭'))).toBe(false);
    expect(await reminderJobs(h.id)).toEqual([]);
    expect((await hearingDeadlines()).map((d) => [d.dueDate, d.status])).toEqual([['2026-05-06', 'open']]);
    expect((await status(h.id, { version: 1, status: 'held', reason: '如期开庭' })).statusCode).toBe(200);
    expect((await hearingDeadlines()).map((d) => [d.dueDate, d.status])).toEqual([['2026-05-06', 'met']]);
  });
});
