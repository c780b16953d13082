/**
 * The workbench's deadline buckets (GET /cases/workload): per role and scope, and every number equal to the case list
 * opened with the row's filters (what the dashboard's click-through does). Roles without a workbench are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession, type TestUser } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import type { WorkloadOut } from './dto.js';
import { litigationInput, type OrgFixture, seedOrgFixture } from './testing.js';

const TODAY = '2025-03-10';

describe(`workbench deadline buckets on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: OrgFixture;
  let clerkUser: TestUser;
  const s: Record<string, TestSession> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    app = await buildTestApp(database);
    const make = async (name: string, role: Parameters<typeof createTestUser>[1]['role'], o = {}) => {
      const u = await createTestUser(database.db, { role, ...o });
      s[name] = await sessionAs(app, database.db, u);
      return u;
    };
    await make('city', 'city_coordinator', { regionCode: '329900' });
    await make('leader', 'leader', { regionCode: '329900' });
    await make('east', 'county_coordinator', { regionCode: '329902' });
    clerkUser = await make('clerk', 'agency_clerk', { agencyId: org.agency('county-0-dept-0'), displayName: '张承办' });
    await make('head', 'agency_head', { agencyId: org.agency('county-0-dept-0') });
    await make('court', 'court_liaison', { agencyId: org.agency('county-0-court') });
    await make('expert', 'expert', { regionCode: '329900' });
    await make('admin', 'admin');

    let n = 0;
    const add = async (agency: string, complaintReceivedDate: string, extra: Record<string, unknown> = {}) => {
      n += 1;
      const court = agency.startsWith('county-1') ? '9903' : agency.startsWith('city') ? '99' : '9902';
      const res = await s.city!.inject({
        method: 'POST',
        url: '/api/v1/cases',
        payload: {
          ...litigationInput(org.agency(agency), {
            caseNumber: `（2025）苏${court}行初${700 + n}号`,
            filedDate: '2025-01-20',
            complaintReceivedDate,
          }),
          ...extra,
        },
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    await add('county-0-dept-0', '2025-02-03', { handlerUserId: clerkUser.id }); // overdue by TODAY
    await add('county-0-dept-0', '2025-03-03'); // due within 10 days, no handler
    await add('county-0-dept-1', '2025-03-12'); // due within 20 days (03-27)
    await add('county-0-dept-1', '2025-01-21', { outcome: 'REVOKED', outcomeDate: '2025-02-01' }); // concluded
    await add('county-1-dept-0', '2025-02-10');
    await add('city-dept-0', '2025-03-05');
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const workload = async (who: string, query = '') => {
    const res = await s[who]!.inject({ method: 'GET', url: `/api/v1/cases/workload?today=${TODAY}${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<WorkloadOut>();
  };
  const listTotal = async (who: string, params: Record<string, unknown>) => {
    const qs = new URLSearchParams(
      Object.entries({ ...params, exactTotal: true, pageSize: 1 }).map(([k, v]) => [k, String(v)]),
    );
    const res = await s[who]!.inject({ method: 'GET', url: `/api/v1/cases?${qs}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ total: number }>().total;
  };
  /** Every number of the answer equals the case list opened with its row's filters. */
  const expectClickThrough = async (who: string, w: WorkloadOut, totalsFilter: Record<string, unknown> = {}) => {
    const buckets = (f: Record<string, unknown>) => ({
      overdue: listTotal(who, { ...f, dueBy: w.dates.overdueBy, status: w.statuses.deadlines }),
      within10: listTotal(who, { ...f, dueBy: w.dates.within10By, status: w.statuses.deadlines }),
      within20: listTotal(who, { ...f, dueBy: w.dates.within20By, status: w.statuses.deadlines }),
      noHandler: listTotal(who, { ...f, handler: 'none', status: w.statuses.noHandler }),
    });
    for (const row of [...w.units, ...w.people, { ...w.totals, filter: totalsFilter }]) {
      const want = buckets(row.filter);
      const got = {
        overdue: await want.overdue,
        within10: await want.within10,
        within20: await want.within20,
        noHandler: await want.noHandler,
      };
      if (row.filter.handler && row.filter.handler !== 'none') got.noHandler = 0;
      expect({
        overdue: row.overdue,
        within10: row.within10,
        within20: row.within20,
        noHandler: row.noHandler,
      }).toEqual(got);
    }
  };

  it('city coordinator: the counties and 市本级, per 承办人; every number opens exactly its cases', async () => {
    const w = await workload('city');
    expect(w.level).toBe('city');
    expect(w.dates).toEqual({ overdueBy: '2025-03-09', within10By: '2025-03-20', within20By: '2025-03-30' });
    expect(w.units.map((u) => u.key).sort()).toEqual(['329900', '329902', '329903']);
    const east = w.units.find((u) => u.key === '329902')!;
    // Overdue: the first case and the concluded one's defence period; then the 10- and 20-day cases.
    expect([east.overdue, east.within10, east.within20]).toEqual([2, 3, 4]);
    expect(w.units.find((u) => u.key === '329900')!.filter).toEqual({ regionCode: '329900', regionExact: true });
    const mine = w.people.find((p) => p.userId === clerkUser.id)!;
    expect(mine).toMatchObject({ name: '张承办', overdue: 1, filter: { handler: clerkUser.id } });
    await expectClickThrough('city', w);
    expect(await workload('leader')).toEqual(w);
  });

  it('county coordinator: the county’s agencies only', async () => {
    const w = await workload('east');
    expect(w.level).toBe('county');
    expect(w.units.map((u) => u.key).sort()).toEqual(
      [org.agency('county-0-dept-0'), org.agency('county-0-dept-1')].sort(),
    );
    expect(w.totals.within20).toBe(4);
    await expectClickThrough('east', w);
  });

  it('regionCode: a city coordinator or leader sees one county as its coordinator does, only its cases', async () => {
    const county = await workload('east');
    for (const who of ['city', 'leader']) {
      const w = await workload(who, '&regionCode=329902');
      expect(w.level).toBe('county');
      expect(w.units.map((u) => [u.key, u.overdue, u.within10, u.within20, u.noHandler]).sort()).toEqual(
        county.units.map((u) => [u.key, u.overdue, u.within10, u.within20, u.noHandler]).sort(),
      );
      expect(w.totals).toEqual(county.totals);
      // Only the county's cases: fewer than the city's, the other county's and 市本级's left out.
      expect(w.totals.within20).toBeLessThan((await workload(who)).totals.within20);
      expect(w.units.every((u) => u.filter.regionCode === '329902' && u.filter.agencyId)).toBe(true);
      expect(w.people.every((p) => p.filter.regionCode === '329902')).toBe(true);
      await expectClickThrough(who, w, { regionCode: '329902' });
      const other = await workload(who, '&regionCode=329903');
      expect(other.totals).toEqual({ overdue: 1, within10: 1, within20: 1, noHandler: 1 });
    }
    // The caller's own region is the whole scope.
    expect(await workload('city', '&regionCode=329900')).toEqual(await workload('city'));
  });

  it('regionCode outside the caller’s scope is 403, an unknown one 400', async () => {
    const get = (who: string, code: string) =>
      s[who]!.inject({ method: 'GET', url: `/api/v1/cases/workload?today=${TODAY}&regionCode=${code}` });
    expect((await get('east', '329903')).statusCode).toBe(403);
    expect((await get('east', '329900')).statusCode).toBe(403);
    const unknown = await get('city', '329999');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details[0].field).toBe('regionCode');
  });

  it('clerk and head: their own agency; the clerk’s own cases as a person row', async () => {
    for (const who of ['clerk', 'head']) {
      const w = await workload(who);
      expect(w.level).toBe('agency');
      expect(w.units.map((u) => u.key)).toEqual([org.agency('county-0-dept-0')]);
      expect(w.totals).toEqual({ overdue: 1, within10: 2, within20: 2, noHandler: 1 });
      await expectClickThrough(who, w);
    }
  });

  it('refuses roles without a workbench', async () => {
    for (const who of ['court', 'expert', 'admin']) {
      const res = await s[who]!.inject({ method: 'GET', url: '/api/v1/cases/workload' });
      expect(res.statusCode, who).toBe(403);
    }
    expect((await s.city!.inject({ method: 'GET', url: '/api/v1/cases/workload?today=2025-13-01' })).statusCode).toBe(
      400,
    );
  });
});
