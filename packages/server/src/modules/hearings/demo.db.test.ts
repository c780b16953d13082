import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { JobRegistry, runDueJobs } from '../../platform/jobs/index.js';
import { testPrincipal } from '../cases/testing.js';
import { seedDemoIfEmpty } from '../demo/seed.js';
import { hearingJobs, REMIND_JOB } from './reminders.js';
import { hearingFigures } from './service.js';

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

  it('computes the 2025 figures of the city: the domain’s rates agree with the rows, per county and in total', async () => {
    const city = testPrincipal('city_coordinator', { regionCode: '329900', regionPath: '/329900/' });
    const f = await hearingFigures(database.db, city, { from: '2025-01-01', to: '2025-12-31', by: 'county' });
    const [r] = await q<{ heard: number; valid: number; spoke: number }>(sql`
      with c as (
        select distinct h.case_id from hearings h
        where h.scheduled_at >= '2025-01-01T00:00:00+08:00' and h.scheduled_at < '2026-01-01T00:00:00+08:00'
      )
      select
        (select count(*)::int from c where exists (select 1 from hearings h where h.case_id = c.case_id and h.status = 'held')) as heard,
        (select count(*)::int from c where exists (select 1 from hearings h join hearing_appearances a on a.hearing_id = h.id
          where h.case_id = c.case_id and h.status = 'held' and a.role = 'head' and a.appeared and a.identity_proof_filed)) as valid,
        (select count(*)::int from c where exists (select 1 from hearings h join hearing_appearances a on a.hearing_id = h.id
          where h.case_id = c.case_id and h.status = 'held' and a.role = 'head' and a.appeared and a.identity_proof_filed and a.spoke)) as spoke`);
    expect(r!.heard).toBeGreaterThan(100);
    expect(f.total.casesHeard).toBe(r!.heard);
    expect(f.total.appearance.numerator).toBe(r!.valid);
    expect(f.total.spoke.numerator).toBe(r!.spoke);
    expect(f.total.appearance.value).toBeCloseTo(r!.valid / r!.heard, 10);
    expect(f.total.appearance.numeratorCaseIds).toHaveLength(r!.valid);
    expect(f.groups.reduce((n, g) => n + g.figures.casesHeard, 0)).toBe(f.total.casesHeard);
    expect(f.groups.length).toBeGreaterThanOrEqual(6);
    expect(f.groups.every((g) => g.name !== '（未记录）')).toBe(true);
    // Every number clicks through to its cases: each case id of a figure is among `cases`, with its number.
    const listed = new Map(f.cases.map((c) => [c.id, c]));
    expect(f.total.appearance.denominatorCaseIds.every((id) => listed.get(id)?.caseNumber)).toBe(true);
  });
});
