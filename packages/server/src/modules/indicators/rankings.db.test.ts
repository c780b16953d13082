/**
 * GET /indicators/rankings on the demo city (PGlite, PostgreSQL): a unit's counts equal the figures API's per-unit
 * counts (agency and county), every rate has its Wilson interval, units below the minimum (settings kind `rankings`,
 * or the query's) are listed but not ranked, the definition version is on the answer, a county coordinator sees its
 * county's agencies only, a count is no rate (400), roles without indicator.read are refused.
 */
import { wilsonInterval } from '@shuangjiang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth/principal.js';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { DEMO_CITY } from '../demo/org.js';
import { demoContext, demoSteps } from '../demo/seed.js';
import type { FiguresOut, RankingsOut } from './dto.js';

const Q3 = 'from=2025-07-01&to=2025-09-30';
const COUNTY = '329902';

describe(`indicator rankings API on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  const sessions = new Map<string, TestSession>();
  async function as(role: Role, extra: { regionCode?: string } = {}) {
    const name = `${role}:${extra.regionCode ?? ''}`;
    if (!sessions.has(name))
      sessions.set(name, await sessionAs(app, database.db, await createTestUser(database.db, { role, ...extra })));
    return sessions.get(name)!;
  }
  const city = () => as('city_coordinator', { regionCode: DEMO_CITY.code });
  const get = async <T>(s: TestSession, url: string) => {
    const res = await s.inject({ method: 'GET', url: `/api/v1${url}` });
    return { status: res.statusCode, body: res.json() as T & { code?: string; message?: string } };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const demo = demoContext(20261129);
    await database.db.transaction(async (tx) => {
      for (const step of demoSteps) await step(tx, demo);
    });
    app = await buildApp(
      { config: testConfig({ SESSION_SECRET: 'r'.repeat(40), LOG_LEVEL: 'silent' }), database },
      { logger: false },
    );
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  for (const [level, by] of [
    ['agency', 'agency'],
    ['county', 'region'],
  ] as const) {
    it(`level=${level}: the same counts as the figures API by=${by}, Wilson intervals, the definition version`, async () => {
      const s = await city();
      const r = await get<RankingsOut>(s, `/indicators/rankings?${Q3}&level=${level}&indicator=loss_rate`);
      expect(r.status).toBe(200);
      expect(r.body.definition).toMatchObject({ id: 'demo-city', version: 0 });
      expect(r.body).toMatchObject({ level, minCases: 5, settingsVersion: 0, indicator: { id: 'loss_rate' } });
      const f = await get<FiguresOut>(s, `/indicators/figures?${Q3}&by=${by}`);
      const units = f.body.figures.find((x) => x.id === 'loss_rate')!.units!;
      expect(r.body.units.length).toBeGreaterThan(1);
      for (const u of r.body.units) {
        const same = units.find((x) => x.key === u.unitId)!;
        expect({ id: u.unitId, n: u.numerator, d: u.denominator, display: u.display }).toEqual({
          id: same.key,
          n: same.numerator,
          d: same.denominator,
          display: same.display,
        });
        const w = wilsonInterval(u.numerator, u.denominator);
        expect(u.interval ? { low: u.interval.low, high: u.interval.high } : null).toEqual(w);
        if (u.denominator < 5) expect(u).toMatchObject({ rank: null, note: { code: 'BELOW_MINIMUM' } });
        else expect(u.rank).not.toBeNull();
      }
      // Ranked first, worst first; ranks never decrease.
      const ranks = r.body.units.filter((u) => u.rank !== null).map((u) => u.rank!);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(ranks[0]).toBe(1);
    });
  }

  /** Every unit's numerator and denominator lists, counted exactly, equal the unit's counts. */
  async function expectListsEqualCounts(s: TestSession, query: string) {
    const r = await get<RankingsOut>(s, `/indicators/rankings?${query}`);
    expect(r.status).toBe(200);
    expect(r.body.units.length).toBeGreaterThan(0);
    expect(r.body.units.some((u) => u.numerator > 0)).toBe(true);
    for (const u of r.body.units) {
      for (const part of ['numerator', 'denominator'] as const) {
        const res = await s.inject({ method: 'GET', url: `${u.cases[part]}&exactTotal=true&pageSize=1` });
        expect(res.statusCode, res.body).toBe(200);
        expect({ unit: u.unitId, part, total: res.json().total }).toEqual({ unit: u.unitId, part, total: u[part] });
      }
    }
  }

  it('each unit opens its cases: the lists’ exact totals are its numerator and denominator', async () => {
    await expectListsEqualCounts(await city(), `${Q3}&level=county&indicator=loss_rate`);
    await expectListsEqualCounts(await city(), `${Q3}&level=agency&indicator=loss_rate`);
    await expectListsEqualCounts(await city(), `${Q3}&level=agency&indicator=appeal_rate&region=${COUNTY}`);
    const county = await as('county_coordinator', { regionCode: COUNTY });
    await expectListsEqualCounts(county, `${Q3}&level=agency&indicator=mediation_withdrawal_rate`);
    await expectListsEqualCounts(county, `${Q3}&level=county&indicator=loss_rate`);
  }, 300_000);

  it('the minimum is a setting (and the query may set its own): units below it listed, not ranked', async () => {
    const s = await city();
    const high = await get<RankingsOut>(s, `/indicators/rankings?${Q3}&level=county&minCases=100000`);
    expect(high.status).toBe(200);
    expect(high.body.settingsVersion).toBeNull();
    expect(high.body.units.every((u) => u.rank === null && u.note.code === 'BELOW_MINIMUM')).toBe(true);
    expect(high.body.units[0]!.note.text).toContain('少于 100000 件');

    const save = await s.inject({
      method: 'PUT',
      url: '/api/v1/settings/rankings',
      payload: { value: { minCases: 1000 }, reason: '测试', baseVersion: 0 },
    });
    expect(save.statusCode, save.body).toBe(200);
    const after = await get<RankingsOut>(s, `/indicators/rankings?${Q3}&level=agency`);
    expect(after.body).toMatchObject({ minCases: 1000, settingsVersion: 1 });
    expect(after.body.units.every((u) => u.rank === null)).toBe(true);
  });

  it('a county coordinator ranks its own county’s agencies; other counties are 403', async () => {
    const s = await as('county_coordinator', { regionCode: COUNTY });
    const r = await get<RankingsOut>(s, `/indicators/rankings?${Q3}&level=agency`);
    expect(r.status).toBe(200);
    const all = await get<RankingsOut>(await city(), `/indicators/rankings?${Q3}&level=agency`);
    expect(r.body.units.length).toBeGreaterThan(0);
    expect(r.body.units.length).toBeLessThan(all.body.units.length);
    const county = await get<RankingsOut>(s, `/indicators/rankings?${Q3}&level=county`);
    expect(county.body.units.map((u) => u.unitId)).toEqual([COUNTY]);
    expect((await get(s, `/indicators/rankings?${Q3}&level=county&region=329921`)).status).toBe(403);
  });

  it('a count is not a rate (400 naming the field); roles without indicator.read are 403', async () => {
    const bad = await get<{ details: { field: string }[] }>(
      await city(),
      `/indicators/rankings?${Q3}&level=county&indicator=new_cases`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details[0]!.field).toBe('indicator');
    expect((await get(await as('expert'), `/indicators/rankings?${Q3}&level=county`)).status).toBe(403);
    expect((await get(await city(), `/indicators/rankings?${Q3}&level=town`)).status).toBe(400);
  });
});
