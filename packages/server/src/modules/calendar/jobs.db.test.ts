/**
 * The calendar's recurring tasks through the job runner, at injected instants: the nightly recompute puts a stale
 * deadline date right (once per night), and the warning that next year's schedule is missing runs on the 1st of
 * November (2027 is not in the bundled schedule) and says so, once per month.
 */
import { parseInstant } from '@shuangjiang/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase } from '../../platform/db/testing.js';
import { type JobLog, JobRegistry, runDueJobs } from '../../platform/jobs/index.js';
import { caseDeadlines } from '../cases/schema.js';
import { createCase } from '../cases/service.js';
import { litigationInput, seedOrgFixture, testContext, testPrincipal } from '../cases/testing.js';
import { calendarJobs } from './jobs.js';

let database: TestDatabase;
const warnings: { year?: number }[] = [];
const log: JobLog = {
  info() {},
  warn(obj) {
    warnings.push(obj as { year?: number });
  },
  error() {},
};
const registry = new JobRegistry();
calendarJobs(registry);
const at = (s: string) => parseInstant(s)!;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.cleanup();
});

describe('calendar jobs', () => {
  it('the nightly recompute puts a stale deadline date right, once per night', async () => {
    const org = await seedOrgFixture(database.db);
    const city = testPrincipal('city_coordinator', { regionCode: '329900', regionPath: '/329900/' });
    const c = await createCase(database.db, testContext(city), litigationInput(org.agency('county-0-dept-0')));
    const [defence] = await database.db
      .select()
      .from(caseDeadlines)
      .where(and(eq(caseDeadlines.caseId, c.id), eq(caseDeadlines.ruleId, 'litigation.defense')));
    expect(defence?.dueDate).toBeTruthy();
    await database.db.transaction((tx) =>
      tx.update(caseDeadlines).set({ dueDate: '2000-01-01' }).where(eq(caseDeadlines.id, defence!.id)),
    );

    // 2026-10-31 02:00 China time: the recompute is due (and the warning is not: October).
    const first = await runDueJobs(database.db, registry, { now: at('2026-10-31T02:00:00+08:00'), log });
    expect(first.jobs.map((j) => `${j.key} ${j.status}`).sort()).toEqual([
      'schedule:calendar.missing-year:2026-01 done',
      'schedule:calendar.recompute:2026-10-31 done',
    ]);
    const [after] = await database.db.select().from(caseDeadlines).where(eq(caseDeadlines.id, defence!.id));
    expect(after?.dueDate).toBe(defence!.dueDate);
    // The same night again: nothing.
    expect(await runDueJobs(database.db, registry, { now: at('2026-10-31T23:59:00+08:00'), log })).toMatchObject({
      due: 0,
    });
  });

  it('warns on the 1st of November that next year’s schedule is missing, once for the month', async () => {
    warnings.length = 0;
    await createTestUser(database.db, { role: 'admin' });
    await createTestUser(database.db, { role: 'admin', disabled: true });
    await createTestUser(database.db, { role: 'city_coordinator' });
    const nov = await runDueJobs(database.db, registry, { now: at('2026-11-01T08:00:00+08:00'), log });
    expect(nov.jobs.map((j) => `${j.key} ${j.status}`).sort()).toEqual([
      'schedule:calendar.missing-year:2026-11 done',
      'schedule:calendar.recompute:2026-11-01 done',
    ]);
    expect(warnings.map((w) => w.year)).toEqual([2027]);
    await runDueJobs(database.db, registry, { now: at('2026-11-30T08:00:00+08:00'), log });
    expect(warnings.map((w) => w.year)).toEqual([2027]);
    // Each active administrator has it in the notification centre, once; a coordinator does not.
    const rows = (
      await database.db.execute(
        sql`select u.role, m.title, m.link from notifications n join notification_messages m on m.id = n.message_id join users u on u.id = n.user_id`,
      )
    ).rows;
    expect(rows).toEqual([{ role: 'admin', title: '2027年放假安排尚未录入', link: '/settings/calendar' }]);
  });
});
