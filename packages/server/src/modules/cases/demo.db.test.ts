import { type OutcomeCaseKind, outcomeFitsKind, parseCaseNumber } from '@shuangjiang/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { seedDemoIfEmpty } from '../demo/seed.js';
import { DEMO_TODAY } from './demo.js';
import { listCasesFor } from './service.js';
import { testPrincipal } from './testing.js';

describe(`demo case registry on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let seconds = 0;
  const q = async <T>(text: ReturnType<typeof sql>) =>
    ((await database.db.execute(text)) as unknown as { rows: T[] }).rows;

  beforeAll(async () => {
    database = await createTestDatabase();
    const t = performance.now();
    await seedDemoIfEmpty(database);
    seconds = (performance.now() - t) / 1000;
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it('seeds about 3,000 cases over 2024–2026 quickly', async () => {
    const [r] = await q<{ n: number; first: string; last: string }>(
      sql`select count(*)::int as n, min(filed_date)::text as first, max(filed_date)::text as last from cases`,
    );
    expect(r!.n).toBeGreaterThan(2700);
    expect(r!.n).toBeLessThan(3500);
    expect(r!.first.startsWith('2024-01')).toBe(true);
    expect(r!.last.startsWith('2026-11')).toBe(true);
    console.info(`demo seed: ${r!.n} cases in ${seconds.toFixed(1)} s on ${testDbKind()}`);
    // A regression guard, not a benchmark: ~4 s on an idle machine, much more on a busy shared one.
    expect(seconds).toBeLessThan(60);
  });

  it('has realistic first-instance outcomes: ~60% withdrawn or dismissed, 10–20% lost', async () => {
    const [r] = await q<{ concluded: number; withdrawn_dismissed: number; lost: number }>(sql`
      select count(*)::int as concluded,
        count(*) filter (where outcome in ('WITHDRAWN','WITHDRAWN_AFTER_CHANGE','SUIT_DISMISSED','NOT_ACCEPTED','CLAIMS_REJECTED'))::int as withdrawn_dismissed,
        count(*) filter (where government_lost)::int as lost
      from cases where kind = 'litigation' and instance = 'first' and outcome is not null`);
    const share = (n: number) => n / r!.concluded;
    expect(share(r!.lost)).toBeGreaterThan(0.1);
    expect(share(r!.lost)).toBeLessThan(0.2);
    expect(share(r!.withdrawn_dismissed)).toBeGreaterThan(0.75); // of which withdrawn or dismissed ≈ 60%
  });

  it('links appeals to their first instance (~30% of judgments) and lawsuits to reconsiderations', async () => {
    const links = await q<{ link_type: string; n: number }>(
      sql`select link_type, count(*)::int as n from case_links group by 1`,
    );
    const by = Object.fromEntries(links.map((l) => [l.link_type, l.n]));
    expect(by.appeal_of).toBeGreaterThan(100);
    expect(by.follows_reconsideration).toBeGreaterThan(20);
    expect(by.became_case).toBeGreaterThan(5);
    const [j] = await q<{ judgments: number; appealed: number }>(sql`
      select count(*)::int as judgments, count(*) filter (where appealed)::int as appealed from cases
      where kind = 'litigation' and instance = 'first' and outcome in
        ('CLAIMS_REJECTED','REVOKED','CONFIRMED_ILLEGAL','ORDERED_TO_PERFORM','CONFIRMED_VOID','ORDERED_TO_PAY','ALTERED')`);
    expect(j!.appealed / j!.judgments).toBeGreaterThan(0.2);
    expect(j!.appealed / j!.judgments).toBeLessThan(0.4);
  });

  it('every litigation number parses, is unique, and matches its court; parties are fictional', async () => {
    const rows = await q<{ case_number: string; court_code: string; instance: string }>(
      sql`select case_number, court_code, instance from cases where kind = 'litigation'`,
    );
    for (const r of rows) {
      const p = parseCaseNumber(r.case_number);
      expect(p.valid, r.case_number).toBe(true);
      if (p.valid) {
        expect(p.normalized).toBe(r.case_number);
        expect(p.court.code).toBe(r.court_code);
        expect(p.type.instance).toBe(r.instance);
      }
    }
    const [dup] = await q<{ n: number }>(
      sql`select count(*)::int as n from (select kind, case_number from cases group by 1, 2 having count(*) > 1) d`,
    );
    expect(dup!.n).toBe(0);
    const [bad] = await q<{ n: number }>(sql`
      select count(*)::int as n from case_parties where party_type = 'person' and side = 'plaintiff'
        and (name not like '_某_' or id_number not like '3299%' or length(id_number) <> 18)`);
    expect(bad!.n).toBe(0);
  });

  it("nothing happens after the demo's today: dates received, filed and in the timeline are in the past", async () => {
    const [r] = await q<{ late_cases: number; late_events: number }>(sql`
      select
        (select count(*)::int from cases
          where received_date > ${DEMO_TODAY} or filed_date > ${DEMO_TODAY}
             or complaint_received_date > ${DEMO_TODAY} or outcome_date > ${DEMO_TODAY}) as late_cases,
        (select count(*)::int from case_events where at > ${DEMO_TODAY}) as late_events`);
    expect(r).toEqual({ late_cases: 0, late_events: 0 });
  });

  it('has hearings with head appearance rates between 60% and 95% by county, events and deadlines', async () => {
    const rates = await q<{ region_code: string; rate: number }>(sql`
      select c.region_code,
        avg(case when exists (select 1 from hearing_appearances a where a.hearing_id = h.id and a.role = 'head' and a.appeared)
          then 1 else 0 end)::float as rate
      from hearings h join cases c on c.id = h.case_id
      where h.scheduled_at < '2026-11-28' and c.region_code <> '329900'
      group by 1`);
    expect(rates).toHaveLength(6);
    for (const r of rates) {
      expect(r.rate, r.region_code).toBeGreaterThan(0.5);
      expect(r.rate, r.region_code).toBeLessThan(1);
    }
    const [d] = await q<{ n: number; explained: number }>(
      sql`select count(*)::int as n, count(*) filter (where explanation like '%依据%')::int as explained from case_deadlines`,
    );
    expect(d!.n).toBeGreaterThan(3000);
    expect(d!.explained).toBeGreaterThan(d!.n * 0.9);
    const [e] = await q<{ n: number }>(sql`select count(*)::int as n from case_events`);
    expect(e!.n).toBeGreaterThan(10000);
  });

  it('the list serves the demo: a county coordinator sees their county only, with an exact total', async () => {
    const county = testPrincipal('county_coordinator', { regionCode: '329902', regionPath: '/329900/329902/' });
    const page = await listCasesFor(database.db, county, { sort: 'filedDate', order: 'desc', pageSize: 50 });
    expect(page.items).toHaveLength(50);
    expect(page.items.every((i) => i.regionCode === '329902')).toBe(true);
    const [r] = await q<{ n: number }>(
      sql`select count(*)::int as n from cases where region_path like '/329900/329902/%' and deleted_at is null`,
    );
    expect(page.total).toBe(r!.n);
    expect(page.totalIsEstimate).toBe(false);
  });

  it('records the outcomes of each case kind in its own words: 复议 cases 复议决定 (纠错 5–30%), disputes 化解结果', async () => {
    const pairs = await q<{ kind: string; outcome: string; n: number; lost: number }>(sql`
      select kind, outcome, count(*)::int as n, count(*) filter (where government_lost)::int as lost
      from cases where outcome is not null group by 1, 2`);
    for (const p of pairs)
      expect(outcomeFitsKind(p.kind as OutcomeCaseKind, p.outcome), `${p.kind} ${p.outcome}`).toBe(true);
    const recon = pairs.filter((p) => p.kind === 'reconsideration');
    const concluded = recon.reduce((a, p) => a + p.n, 0);
    const corrected = recon.reduce((a, p) => a + p.lost, 0);
    expect(concluded).toBeGreaterThan(100);
    expect(corrected / concluded).toBeGreaterThan(0.05);
    expect(corrected / concluded).toBeLessThan(0.3);
    const [court] = await q<{ n: number }>(sql`
      select count(*)::int as n from case_events e join cases c on c.id = e.case_id
      where c.kind <> 'litigation' and e.type = 'outcome' and (e.title like '%判决%' or e.title like '%裁定%')`);
    expect(court!.n).toBe(0);
  });
});
