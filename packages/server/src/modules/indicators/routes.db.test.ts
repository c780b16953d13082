/**
 * GET /indicators/figures and the definitions' export/import on the demo city (PGlite, PostgreSQL): figures equal the
 * domain's over all cases' facts, scoped by role (city, county, agency; `region` narrows, outside is 403), each
 * figure's numerator and denominator open as case lists with the same exact totals, a saved definition version
 * changes the label and stays readable by its number; roles without indicator.read are refused.
 */
import { type CaseFacts, computeFigure, DEMO_CITY_DEFINITIONS, quarterPeriod } from '@shuangjiang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth/principal.js';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { DEMO_CITY } from '../demo/org.js';
import { demoContext, demoSteps } from '../demo/seed.js';
import type { FiguresOut } from './dto.js';
import { indicatorCaseFacts } from './schema.js';

const Q3 = { from: '2025-07-01', to: '2025-09-30' };
const COUNTY = '329902';
const OTHER_COUNTY = '329921';

describe(`indicators API on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let agencyId: string;
  const sessions = new Map<string, TestSession>();

  async function as(role: Role, extra: { regionCode?: string; agencyId?: string } = {}) {
    const name = `${role}:${extra.regionCode ?? ''}:${extra.agencyId ?? ''}`;
    const found = sessions.get(name);
    if (found) return found;
    const s = await sessionAs(app, database.db, await createTestUser(database.db, { role, ...extra }));
    sessions.set(name, s);
    return s;
  }
  const city = () => as('city_coordinator', { regionCode: DEMO_CITY.code });
  const figures = async (s: TestSession, query: string) => {
    const res = await s.inject({ method: 'GET', url: `/api/v1/indicators/figures?${query}` });
    return { status: res.statusCode, body: res.json() as FiguresOut & { code?: string; message?: string } };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const demo = demoContext(20261129);
    await database.db.transaction(async (tx) => {
      for (const step of demoSteps) await step(tx, demo);
    });
    agencyId = demo.agencyIds.get('county-0-dept-1')!;
    app = await buildApp(
      { config: testConfig({ SESSION_SECRET: 'i'.repeat(40), LOG_LEVEL: 'silent' }), database },
      { logger: false },
    );
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('the city coordinator: every registry figure equals the domain over all cases, with its definition version', async () => {
    const { status, body } = await figures(await city(), `from=${Q3.from}&to=${Q3.to}`);
    expect(status).toBe(200);
    expect(body.definition).toEqual({ id: 'demo-city', name: DEMO_CITY_DEFINITIONS.name, version: 0 });
    expect(body.period).toMatchObject({ kind: 'quarter', label: '2025年第3季度' });
    const facts = (await database.db.select({ f: indicatorCaseFacts.facts }).from(indicatorCaseFacts)).map(
      (r) => r.f as CaseFacts,
    );
    const q3 = quarterPeriod(2025, 3);
    for (const f of body.figures) {
      const def = DEMO_CITY_DEFINITIONS.definitions.find((d) => d.id === f.id)!;
      const want = computeFigure(def, facts, q3, { asOf: new Date().toISOString().slice(0, 10) });
      expect({ id: f.id, numerator: f.numerator, denominator: f.denominator, display: f.display }).toEqual({
        id: want.id,
        numerator: want.numerator,
        denominator: want.denominator,
        display: want.display,
      });
      expect(f.definition).toEqual({ id: 'demo-city', version: 0 });
      const lastYear = computeFigure(def, facts, quarterPeriod(2024, 3));
      if (def.kind !== 'defence_on_time_rate') expect(f.yearOnYear.numerator).toBe(lastYear.numerator);
    }
    expect(body.figures.find((f) => f.id === 'new_cases')!.numerator).toBeGreaterThan(50);
    expect(body.figures.find((f) => f.id === 'loss_rate')!.denominator).toBeGreaterThan(10);
    expect(body.unavailable.map((u) => u.id)).toEqual([
      'head_appearance_rate',
      'principal_appearance_rate',
      'head_spoke_rate',
    ]);
  }, 120_000);

  it("every figure's numerator and denominator open as case lists with the same exact totals", async () => {
    const county = await as('county_coordinator', { regionCode: COUNTY });
    const narrowed = { session: await city(), region: `&region=${COUNTY}` };
    for (const { session, region } of [
      { session: await city(), region: '' },
      { session: county, region: '' },
      narrowed,
    ]) {
      const { body } = await figures(session, `from=${Q3.from}&to=${Q3.to}${region}`);
      // Every figure for the city; the county's rates and counts of lawsuits (the same predicates, a narrower scope),
      // as its coordinator and as the city narrowed to it (region).
      const checked =
        session === county || region
          ? body.figures.filter((f) => /^(new_cases|loss_rate.*|appeal_rate)$/.test(f.id))
          : body.figures;
      for (const f of checked) {
        for (const [part, want] of [
          ['numerator', f.numerator],
          ['denominator', f.denominator],
        ] as const) {
          const link = f.cases[part];
          if (want === null) {
            expect(link).toBeNull();
            continue;
          }
          const res = await session.inject({ method: 'GET', url: `${link}&exactTotal=true&pageSize=1` });
          expect(res.statusCode).toBe(200);
          expect({ id: f.id, part, total: res.json().total }).toEqual({ id: f.id, part, total: want });
        }
      }
    }
  }, 300_000);

  it('by county: the units add up to the total; the breakdown of new cases shares the distinct cases', async () => {
    const { body } = await figures(await city(), `from=${Q3.from}&to=${Q3.to}&by=region`);
    for (const f of body.figures) {
      const sum = (f.units ?? []).reduce((n, u) => n + u.numerator, 0);
      expect({ id: f.id, sum }).toEqual({ id: f.id, sum: f.numerator });
    }
    const newCases = body.figures.find((f) => f.id === 'new_cases')!;
    expect(body.breakdown.reduce((n, r) => n + r.count, 0)).toBe(newCases.numerator);
    expect(body.breakdown.map((r) => r.label)).toContain('城东区');
    const county = body.breakdown.find((r) => r.key === COUNTY)!;
    const { body: own } = await figures(
      await as('county_coordinator', { regionCode: COUNTY }),
      `from=${Q3.from}&to=${Q3.to}`,
    );
    expect(own.figures.find((f) => f.id === 'new_cases')!.numerator).toBe(county.count);
  }, 120_000);

  it('scope: a county coordinator sees the county, not another; an agency clerk its agency; a bad region is named', async () => {
    const county = await as('county_coordinator', { regionCode: COUNTY });
    expect((await figures(county, `from=${Q3.from}&to=${Q3.to}&region=${OTHER_COUNTY}`)).status).toBe(403);
    const unknown = await figures(await city(), `from=${Q3.from}&to=${Q3.to}&region=329999`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/地区/);
    const narrowed = await figures(await city(), `from=${Q3.from}&to=${Q3.to}&region=${COUNTY}`);
    const own = await figures(county, `from=${Q3.from}&to=${Q3.to}`);
    expect(narrowed.body.figures.map((f) => f.numerator)).toEqual(own.body.figures.map((f) => f.numerator));
    const clerk = await figures(await as('agency_clerk', { agencyId }), `from=2025-01-01&to=2025-12-31&by=agency`);
    expect(clerk.status).toBe(200);
    const all = await figures(await city(), `from=2025-01-01&to=2025-12-31&by=agency`);
    const mine = all.body.figures.find((f) => f.id === 'new_cases')!.units!.find((u) => u.key === agencyId)!;
    expect(clerk.body.figures.find((f) => f.id === 'new_cases')!.numerator).toBeGreaterThanOrEqual(mine.numerator);
    const bad = await figures(await city(), 'from=2025-09-30&to=2025-07-01');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/晚于/);
  }, 120_000);

  it('refused without indicator.read: administrator, court liaison, expert, discipline liaison; anonymous 401', async () => {
    for (const role of ['admin', 'court_liaison', 'expert', 'discipline_liaison'] as const) {
      const { status, body } = await figures(await as(role), `from=${Q3.from}&to=${Q3.to}`);
      expect({ role, status, code: body.code }).toEqual({ role, status: 403, code: 'FORBIDDEN' });
      const list = await (await as(role)).inject({
        method: 'GET',
        url: `/api/v1/cases?indicator=loss_rate&indicatorPart=numerator&indicatorFrom=${Q3.from}&indicatorTo=${Q3.to}`,
      });
      expect({ role, status: list.statusCode }).toEqual({ role, status: role === 'admin' ? 403 : 403 });
    }
    const anon = await app.inject({ method: 'GET', url: `/api/v1/indicators/figures?from=${Q3.from}&to=${Q3.to}` });
    expect(anon.statusCode).toBe(401);
  }, 120_000);

  it('definitions: exported with their version, imported as a new version (errors named in Chinese), old versions stay', async () => {
    const s = await city();
    const exported = (await s.inject({ method: 'GET', url: '/api/v1/indicators/definitions' })).json();
    expect(exported.version).toBe(0);
    expect(exported.definitions).toHaveLength(DEMO_CITY_DEFINITIONS.definitions.length);
    const broken = structuredClone(exported);
    broken.definitions[3].format.decimals = 9;
    const refused = await s.inject({
      method: 'PUT',
      url: '/api/v1/indicators/definitions',
      payload: { set: broken, reason: '测试', baseVersion: 0 },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details[0].field).toBe('definitions[3].format.decimals');
    expect(refused.json().message).toMatch(/小数位数/);
    const changed = structuredClone(exported);
    changed.definitions[3].label = '一审败诉率（截尾）';
    changed.definitions[3].format.rounding = 'truncate';
    const saved = await s.inject({
      method: 'PUT',
      url: '/api/v1/indicators/definitions',
      payload: { set: changed, reason: '按本市通报口径截尾', baseVersion: 0 },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(1);
    const leader = await as('leader', { regionCode: DEMO_CITY.code });
    const now = await figures(leader, `from=${Q3.from}&to=${Q3.to}`);
    const loss = now.body.figures.find((f) => f.id === 'loss_rate')!;
    expect(loss).toMatchObject({ label: '一审败诉率（截尾）', definition: { id: 'demo-city', version: 1 } });
    const before = await figures(leader, `from=${Q3.from}&to=${Q3.to}&definition=0`);
    expect(before.body.figures.find((f) => f.id === 'loss_rate')!.label).toBe('一审败诉率');
    const stale = await s.inject({
      method: 'PUT',
      url: '/api/v1/indicators/definitions',
      payload: { set: changed, reason: '再改', baseVersion: 0 },
    });
    expect(stale.statusCode).toBe(409);
    const byLeader = await leader.inject({
      method: 'PUT',
      url: '/api/v1/indicators/definitions',
      payload: { set: changed, reason: '领导不能改', baseVersion: 1 },
    });
    expect(byLeader.statusCode).toBe(403);
  }, 120_000);

  it('published figures: kept with their cases, unchanged by a later correction; a re-run is version 2 with the differences', async () => {
    const county = await as('county_coordinator', { regionCode: COUNTY });
    const first = await county.inject({ method: 'POST', url: '/api/v1/indicators/snapshots', payload: Q3 });
    expect(first.statusCode).toBe(201);
    const v1 = first.json();
    expect(v1).toMatchObject({ version: 1, regionCode: COUNTY, definition: { id: 'demo-city' }, differences: null });
    const loss1 = v1.figures.find((f: { id: string }) => f.id === 'loss_rate');
    expect(loss1.numeratorCaseIds).toHaveLength(loss1.numerator);
    expect(loss1.denominatorCaseIds).toHaveLength(loss1.denominator);
    expect(loss1.numerator).toBeGreaterThan(0);

    // A correction: one lost case of the published numerator was in fact 驳回诉讼请求.
    const corrected = loss1.numeratorCaseIds[0] as string;
    const city = await as('city_coordinator', { regionCode: DEMO_CITY.code });
    const detail = (await city.inject({ method: 'GET', url: `/api/v1/cases/${corrected}` })).json();
    const patched = await city.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${corrected}`,
      payload: { version: detail.version, outcome: 'CLAIMS_REJECTED' },
    });
    expect(patched.statusCode).toBe(200);

    const kept = (await county.inject({ method: 'GET', url: `/api/v1/indicators/snapshots/${v1.id}` })).json();
    expect(kept.figures).toEqual(v1.figures);
    const live = await figures(county, `from=${Q3.from}&to=${Q3.to}`);
    expect(live.body.figures.find((f) => f.id === 'loss_rate')!.numerator).toBe(loss1.numerator - 1);

    const second = await county.inject({ method: 'POST', url: '/api/v1/indicators/snapshots', payload: Q3 });
    expect(second.statusCode).toBe(201);
    const v2 = second.json();
    expect(v2.version).toBe(2);
    const diff = v2.differences.find((d: { id: string }) => d.id === 'loss_rate');
    expect(diff).toMatchObject({
      before: { numerator: loss1.numerator },
      after: { numerator: loss1.numerator - 1 },
      numeratorRemoved: [corrected],
      numeratorAdded: [],
    });
    const list = (await county.inject({ method: 'GET', url: '/api/v1/indicators/snapshots' })).json();
    expect(list.items.map((i: { version: number }) => i.version).slice(0, 2)).toEqual([2, 1]);

    // Who may publish: coordinators; a clerk or a leader may not; another county's coordinator does not see it.
    for (const role of ['agency_clerk', 'leader'] as const) {
      const s = await as(role, role === 'leader' ? { regionCode: DEMO_CITY.code } : { agencyId });
      expect((await s.inject({ method: 'POST', url: '/api/v1/indicators/snapshots', payload: Q3 })).statusCode).toBe(
        403,
      );
    }
    const other = await as('county_coordinator', { regionCode: OTHER_COUNTY });
    expect((await other.inject({ method: 'GET', url: `/api/v1/indicators/snapshots/${v1.id}` })).statusCode).toBe(404);
  }, 180_000);
});
