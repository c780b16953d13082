/**
 * 承办人 (docs/rules/cases.md#handler): the form's choices, the check on save, the name in list and detail, the list
 * filter (me / someone / none), audit and version like any other field.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession, type TestUser } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import type { CaseDetail, CaseListItem } from './dto.js';
import { litigationInput, type OrgFixture, seedOrgFixture } from './testing.js';

describe(`case handler (承办人) on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: OrgFixture;
  let cityUser: TestUser;
  let eastUser: TestUser;
  let westUser: TestUser;
  let clerkUser: TestUser;
  let otherClerk: TestUser;
  let disabledClerk: TestUser;
  let head: TestUser;
  let foreignCity: TestUser;
  let city: TestSession;
  let east: TestSession;
  let west: TestSession;
  let clerk: TestSession;

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    app = await buildTestApp(database);
    const user = (role: Parameters<typeof createTestUser>[1]['role'], opts: Record<string, unknown> = {}) =>
      createTestUser(database.db, { role, ...opts });
    cityUser = await user('city_coordinator', { regionCode: '329900', displayName: '市协调员甲' });
    eastUser = await user('county_coordinator', { regionCode: '329902', displayName: '东区协调员' });
    westUser = await user('county_coordinator', { regionCode: '329903', displayName: '西区协调员' });
    clerkUser = await user('agency_clerk', { agencyId: org.agency('county-0-dept-0'), displayName: '张承办' });
    otherClerk = await user('agency_clerk', { agencyId: org.agency('county-0-dept-1'), displayName: '李他局' });
    disabledClerk = await user('agency_clerk', {
      agencyId: org.agency('county-0-dept-0'),
      displayName: '停用专员',
      disabled: true,
    });
    head = await user('agency_head', { agencyId: org.agency('county-0-dept-0'), displayName: '王局长' });
    foreignCity = await user('city_coordinator', { displayName: '外市协调员' });
    const as = (u: TestUser) => sessionAs(app, database.db, u);
    city = await as(cityUser);
    east = await as(eastUser);
    west = await as(westUser);
    clerk = await as(clerkUser);
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const create = async (caseNumber: string, extra: Record<string, unknown> = {}) => {
    const res = await city.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { ...litigationInput(org.agency('county-0-dept-0'), { caseNumber }), ...extra },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<CaseDetail>();
  };
  const patch = (s: TestSession, id: string, payload: unknown) =>
    s.inject({ method: 'PATCH', url: `/api/v1/cases/${id}`, payload });
  const list = async (s: TestSession, query: string) => {
    const res = await s.inject({ method: 'GET', url: `/api/v1/cases?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: CaseListItem[]; total: number }>();
  };

  it('offers the defendant agency’s clerks and the coordinators of its county and city, no one else', async () => {
    const res = await east.inject({
      method: 'GET',
      url: `/api/v1/cases/handler-candidates?agencyIds=${org.agency('county-0-dept-0')}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const ids = (res.json().items as { id: string }[]).map((i) => i.id);
    expect(ids).toEqual([clerkUser.id, eastUser.id, cityUser.id]);
    for (const no of [westUser, otherClerk, disabledClerk, head, foreignCity]) expect(ids).not.toContain(no.id);
    // A co-defendant's clerks too.
    const both = await east.inject({
      method: 'GET',
      url: `/api/v1/cases/handler-candidates?agencyIds=${org.agency('county-0-dept-0')},${org.agency('county-0-dept-1')}`,
    });
    expect((both.json().items as { id: string }[]).map((i) => i.id)).toContain(otherClerk.id);
  });

  it('refuses the candidates of an agency outside the caller’s region, and roles that do not change cases', async () => {
    const url = `/api/v1/cases/handler-candidates?agencyIds=${org.agency('county-0-dept-0')}`;
    expect((await west.inject({ method: 'GET', url })).statusCode).toBe(403);
    const headSession = await sessionAs(app, database.db, head);
    expect((await headSession.inject({ method: 'GET', url })).statusCode).toBe(403);
    const bad = await east.inject({ method: 'GET', url: '/api/v1/cases/handler-candidates?agencyIds=x' });
    expect(bad.statusCode).toBe(400);
  });

  it('names a handler on save, shows the name in detail and list; refuses one the case may not have', async () => {
    const c = await create('（2025）苏9902行初901号', { handlerUserId: clerkUser.id });
    expect(c.handlerUserId).toBe(clerkUser.id);
    expect(c.handlerName).toBe('张承办');
    const items = (await list(city, 'q=（2025）苏9902行初901号')).items;
    expect(items.map((i) => [i.id, i.handlerName])).toEqual([[c.id, '张承办']]);

    for (const wrong of [westUser, otherClerk, disabledClerk, head]) {
      const res = await patch(east, c.id, { version: c.version, handlerUserId: wrong.id });
      expect(res.statusCode, wrong.username).toBe(400);
      expect(res.json().details).toEqual([
        { field: 'handlerUserId', message: '承办人须为本案被告机关的应诉专员，或本案所属县区、市的协调员' },
      ]);
    }
    const refused = await city.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        ...litigationInput(org.agency('county-0-dept-0'), { caseNumber: '（2025）苏9902行初902号' }),
        handlerUserId: otherClerk.id,
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details[0].field).toBe('handlerUserId');
  });

  it('a change is versioned and audited; a stale version is 409; null clears it', async () => {
    const c = await create('（2025）苏9902行初903号');
    expect(c.handlerUserId).toBeNull();
    const ok = await patch(east, c.id, { version: c.version, handlerUserId: eastUser.id });
    expect(ok.statusCode, ok.body).toBe(200);
    const after = ok.json<CaseDetail>();
    expect(after.version).toBe(c.version + 1);
    expect(after.handlerName).toBe('东区协调员');
    const stale = await patch(east, c.id, { version: c.version, handlerUserId: clerkUser.id });
    expect(stale.statusCode).toBe(409);
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, c.id), eq(auditLog.action, 'update')));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits[0])).toContain(eastUser.id);
    const cleared = await patch(east, c.id, { version: after.version, handlerUserId: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json<CaseDetail>().handlerUserId).toBeNull();
    // Another edit keeps the handler a case has, even when its name is not given again.
    const again = await patch(east, c.id, { version: after.version + 1, handlerUserId: clerkUser.id });
    const kept = await patch(east, c.id, { version: again.json<CaseDetail>().version, notes: '补充说明' });
    expect(kept.json<CaseDetail>().handlerUserId).toBe(clerkUser.id);
  });

  it('filters the list by 承办人: me, someone, none', async () => {
    const mine = await create('（2025）苏9902行初904号', { handlerUserId: clerkUser.id });
    const nobody = await create('（2025）苏9902行初905号');
    const ids = async (s: TestSession, q: string) => (await list(s, `${q}&pageSize=200`)).items.map((i) => i.id);
    const mineIds = await ids(clerk, 'handler=me');
    expect(mineIds).toContain(mine.id);
    expect(mineIds).not.toContain(nobody.id);
    expect(await ids(city, `handler=${clerkUser.id}`)).toEqual(mineIds);
    const none = await ids(city, 'handler=none');
    expect(none).toContain(nobody.id);
    expect(none).not.toContain(mine.id);
    const all = await list(city, 'pageSize=200');
    expect(
      all.items
        .filter((i) => i.handlerUserId === null)
        .map((i) => i.id)
        .sort(),
    ).toEqual([...none].sort());
    expect((await city.inject({ method: 'GET', url: '/api/v1/cases?handler=someone' })).statusCode).toBe(400);
  });
});
