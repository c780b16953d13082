/**
 * The administrator runs what is due inside a running server (POST /api/v1/admin/jobs/run) and sees recent jobs and
 * the schedules (GET /api/v1/admin/jobs); a run is audited; a coordinator is refused.
 */

import { tmpdir } from 'node:os';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { enqueue, JobRegistry } from '../../platform/jobs/index.js';

let database: TestDatabase;
let app: App;
let admin: TestSession;
let coordinator: TestSession;
const ran: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const jobs = new JobRegistry();
  jobs.defineSchedule('test.daily', { every: 'day', at: '08:00' }, async ({ payload }) => {
    ran.push(`daily ${payload.period}`);
  });
  jobs.defineJob('test.once', async ({ payload }) => {
    ran.push(`once ${JSON.stringify(payload)}`);
  });
  const config = testConfig({ SESSION_SECRET: 'x'.repeat(40), DATA_DIR: tmpdir(), LOG_LEVEL: 'silent' });
  app = await buildApp({ config, database, jobs }, { logger: false });
  await app.ready();
  admin = await sessionAs(app, database.db, await createTestUser(database.db, { role: 'admin' }));
  coordinator = await sessionAs(app, database.db, await createTestUser(database.db, { role: 'city_coordinator' }));
});
afterAll(async () => {
  await app?.close();
  await database?.cleanup();
});

describe('POST /api/v1/admin/jobs/run', () => {
  it('dry run lists what is due at the given instant and runs nothing', async () => {
    await database.db.transaction((tx) =>
      enqueue(tx, 'test.once', { n: 1 }, { key: 'once-1', runAt: new Date('2026-11-29T00:00:00Z') }),
    );
    const res = await admin.inject({
      method: 'POST',
      url: '/api/v1/admin/jobs/run',
      payload: { now: '2026-11-30T08:00:00+08:00', dryRun: true },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: true, due: 2, ran: 0, failed: 0, skipped: 2 });
    expect(ran).toEqual([]);
  });

  it('runs what is due at that instant, once, and audits it', async () => {
    const body = { now: '2026-11-30T08:00:00+08:00' };
    const res = await admin.inject({ method: 'POST', url: '/api/v1/admin/jobs/run', payload: body });
    expect(res.statusCode).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ now: '2026-11-30T00:00:00.000Z', due: 2, ran: 2, failed: 0, skipped: 0 });
    expect(result.jobs.map((j: { key: string; status: string }) => `${j.key} ${j.status}`).sort()).toEqual([
      'once-1 done',
      'schedule:test.daily:2026-11-30 done',
    ]);
    expect(ran.sort()).toEqual(['daily 2026-11-30', 'once {"n":1}']);
    const again = await admin.inject({ method: 'POST', url: '/api/v1/admin/jobs/run', payload: body });
    expect(again.json()).toMatchObject({ due: 0, ran: 0 });
    const audit = (
      await database.db.execute(sql`select action, entity_type, after from audit_log where action = 'jobs_run'`)
    ).rows as { after: { ran: number } }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after.ran).toBe(2);
  });

  it('runs only the jobs named; the rest stay due for the next run', async () => {
    await database.db.transaction((tx) =>
      enqueue(tx, 'test.once', { n: 2 }, { key: 'once-2', runAt: new Date('2026-12-01T00:00:00Z') }),
    );
    const body = { now: '2026-12-01T08:00:00+08:00', only: ['test.daily'] };
    const res = await admin.inject({ method: 'POST', url: '/api/v1/admin/jobs/run', payload: body });
    expect(res.statusCode).toBe(200);
    expect(res.json().jobs.map((j: { key: string }) => j.key)).toEqual(['schedule:test.daily:2026-12-01']);
    expect(ran).not.toContain('once {"n":2}');
    const rest = await admin.inject({
      method: 'POST',
      url: '/api/v1/admin/jobs/run',
      payload: { now: '2026-12-01T08:00:00+08:00', dryRun: true },
    });
    expect(rest.json().jobs.map((j: { key: string }) => j.key)).toEqual(['once-2']);
  });

  it('refuses a job name it does not know, naming it', async () => {
    const res = await admin.inject({
      method: 'POST',
      url: '/api/v1/admin/jobs/run',
      payload: { only: ['test.daily', 'no.such-job'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(res.json().message).toContain('no.such-job');
  });

  it('refuses an instant without its time zone, naming the field', async () => {
    const res = await admin.inject({
      method: 'POST',
      url: '/api/v1/admin/jobs/run',
      payload: { now: '2026-11-30T08:00:00' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('时区');
  });

  it('is for administrators only', async () => {
    const res = await coordinator.inject({ method: 'POST', url: '/api/v1/admin/jobs/run', payload: {} });
    expect(res.statusCode).toBe(403);
  });
});

describe('GET /api/v1/admin/jobs', () => {
  it('lists recent jobs and the schedules with their next run', async () => {
    const res = await admin.inject({ method: 'GET', url: '/api/v1/admin/jobs?status=done' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((j: { key: string }) => j.key).sort()).toEqual([
      'once-1',
      'schedule:test.daily:2026-11-30',
      'schedule:test.daily:2026-12-01',
    ]);
    expect(body.items[0]).toMatchObject({ status: 'done', attempts: 1 });
    expect(body.schedules).toHaveLength(1);
    expect(body.schedules[0]).toMatchObject({ name: 'test.daily', spec: { every: 'day', at: '08:00' } });
    expect(body.schedules[0].next).toMatch(/T00:00:00\.000Z$/);
  });
});
