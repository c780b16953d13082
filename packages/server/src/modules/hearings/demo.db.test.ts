import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { JobRegistry, runDueJobs } from '../../platform/jobs/index.js';
import { seedDemoIfEmpty } from '../demo/seed.js';
import { hearingJobs, REMIND_JOB } from './reminders.js';

describe(`hearings of the demo city on ${testDbKind()}`, () => {
  let database: TestDatabase;
  const registry = new JobRegistry();
  hearingJobs(registry);
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoIfEmpty(database);
  }, 300_000);
  afterAll(async () => {
    await database?.cleanup();
  });
  const q = async <T>(s: ReturnType<typeof sql>) => (await database.db.execute(s)).rows as T[];

  it('has held hearings with head appearances linked to the heads list, and scheduled ones after the demo today', async () => {
    const [r] = await q<{
      held: number;
      scheduled: number;
      heads: number;
      linked: number;
      history: number;
      hearings: number;
    }>(sql`
      select
        (select count(*)::int from hearings where status = 'held') as held,
        (select count(*)::int from hearings where status = 'scheduled' and scheduled_at >= '2026-11-28T00:00:00+08:00') as scheduled,
        (select count(*)::int from hearing_appearances where role = 'head' and appeared) as heads,
        (select count(*)::int from hearing_appearances where role = 'head' and appeared and head_id is not null) as linked,
        (select count(*)::int from hearing_status_changes) as history,
        (select count(*)::int from hearings) as hearings`);
    expect(r!.held).toBeGreaterThan(100);
    expect(r!.scheduled).toBeGreaterThan(0);
    expect(r!.heads).toBeGreaterThan(r!.held / 2);
    expect(r!.linked).toBe(r!.heads);
    expect(r!.history).toBe(r!.hearings);
  });

  it('has hearing reminders due on the morning of 2026-11-30 (China time), and sends them', async () => {
    const now = new Date('2026-11-30T08:00:00+08:00');
    const dry = await runDueJobs(database.db, registry, { now, dryRun: true });
    const due = dry.jobs.filter((j) => j.name === REMIND_JOB);
    expect(due.length).toBeGreaterThan(0);
    const run = await runDueJobs(database.db, registry, { now });
    expect(run.jobs.filter((j) => j.name === REMIND_JOB && j.status === 'done').length).toBe(due.length);
    const [sent] = await q<{ n: number }>(
      sql`select count(*)::int as n from notification_messages where title like '%天后开庭%' or title like '明天开庭%'`,
    );
    expect(sent!.n).toBeGreaterThan(0);
    // The demo accounts' agency: its hearing on 2026-12-01 09:30, the 3-days-before reminder to its clerk and head.
    const [mine] = await q<{ n: number }>(sql`
      select count(*)::int as n from notifications n join notification_messages m on m.id = n.message_id
      join users u on u.id = n.user_id
      where m.title like '3天后开庭：%2026-12-01 09:30%' and u.role in ('agency_clerk', 'agency_head')`);
    expect(mine!.n).toBe(2);
  });
});
