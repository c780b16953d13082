import { tmpdir } from 'node:os';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, ensureTestOrg, loginAs, TEST_CITY, type TestOrg } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { agencies, regions } from './schema.js';
import { orgManageScope, regionAndDescendants, regionNameOf, regionPathOf } from './service.js';

const OTHER_COUNTY = '999902';

describe(`org: regions, agencies and agency heads on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  /** A department of another county of the test city (outside a test-county coordinator's scope). */
  let otherAgencyId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({
      SESSION_SECRET: 's'.repeat(40),
      DATA_DIR: tmpdir(),
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    app = await buildApp({ config, database }, { logger: false });
    org = await ensureTestOrg(database.db);
    await database.db.insert(regions).values({
      code: OTHER_COUNTY,
      name: '另一区',
      level: 'county',
      parentCode: TEST_CITY,
      path: `/${TEST_CITY}/${OTHER_COUNTY}/`,
    });
    otherAgencyId = (
      await database.db
        .insert(agencies)
        .values({ name: '测试市另一区某局', kind: 'department', regionCode: OTHER_COUNTY })
        .returning()
    )[0]!.id;
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const auditRows = (entityId: string) =>
    database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'agency_head'), eq(auditLog.entityId, entityId)));

  it('serves the regions as a list and a tree, and agencies by region and below', async () => {
    const leader = await loginAs(app, await createTestUser(database.db, { role: 'leader' }));
    const res = await leader.inject({ method: 'GET', url: '/api/v1/regions' });
    expect(res.statusCode).toBe(200);
    const city = res.json().tree.find((n: { code: string }) => n.code === TEST_CITY);
    expect(city.children.map((c: { code: string }) => c.code).sort()).toEqual([org.countyCode, OTHER_COUNTY]);
    const inCity = await leader.inject({ method: 'GET', url: `/api/v1/agencies?regionCode=${TEST_CITY}` });
    const names = inCity.json().items.map((a: { name: string }) => a.name);
    expect(names).toEqual(expect.arrayContaining(['测试市测试区测试局', '测试市另一区某局']));
    const inCounty = await leader.inject({ method: 'GET', url: `/api/v1/agencies?regionCode=${OTHER_COUNTY}` });
    expect(inCounty.json().items.map((a: { name: string }) => a.name)).toEqual(['测试市另一区某局']);
    const bad = await leader.inject({ method: 'GET', url: '/api/v1/agencies?kind=bank' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('机关类型无效');
  });

  it('lets a county coordinator add a head in the county (audited, phone in full for them, masked for a leader)', async () => {
    const county = await loginAs(app, await createTestUser(database.db, { role: 'county_coordinator' }));
    const res = await county.inject({
      method: 'POST',
      url: `/api/v1/agencies/${org.agencyId}/heads`,
      payload: {
        name: '周正',
        title: '局长',
        headRole: 'principal',
        matters: ['全面工作', '全面工作'],
        phone: '139 1234 5678',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const head = res.json();
    expect(head).toMatchObject({ name: '周正', headRole: 'principal', matters: ['全面工作'], phone: '13912345678' });
    expect(head.version).toBe(1);
    const [audit] = await auditRows(head.id);
    expect(audit).toMatchObject({ action: 'create' });
    expect((audit!.after as { phone: string }).phone).toBe('139****5678');
    // The audit log names the head by name and agency.
    const city = await loginAs(app, await createTestUser(database.db, { role: 'city_coordinator' }));
    const log = await city.inject({ method: 'GET', url: `/api/v1/audit?entityType=agency_head&entityId=${head.id}` });
    expect(log.json().items[0].entityName).toBe('周正（测试市测试区测试局）');

    const listed = await county.inject({ method: 'GET', url: '/api/v1/agency-heads' });
    expect(listed.json().items.map((h: { name: string }) => h.name)).toContain('周正');
    const leader = await loginAs(app, await createTestUser(database.db, { role: 'leader' }));
    const seen = await leader.inject({ method: 'GET', url: `/api/v1/agencies/${org.agencyId}/heads` });
    expect(seen.json().items[0]).toMatchObject({ name: '周正', phone: '139****5678', phoneMasked: true });
    const clerk = await loginAs(app, await createTestUser(database.db, { role: 'agency_clerk' }));
    const own = await clerk.inject({ method: 'GET', url: `/api/v1/agencies/${org.agencyId}/heads` });
    expect(own.json().items[0]).toMatchObject({ phone: '13912345678', phoneMasked: false });
    // A leader maintains nothing: GET /agency-heads without a region is empty for them.
    expect((await leader.inject({ method: 'GET', url: '/api/v1/agency-heads' })).json().items).toEqual([]);
  });

  it("refuses another county's agency to a county coordinator (404), not to the city coordinator", async () => {
    const county = await loginAs(app, await createTestUser(database.db, { role: 'county_coordinator' }));
    const payload = { name: '吴越', title: '局长', headRole: 'principal', phone: '0523-86881234' };
    const out = await county.inject({ method: 'POST', url: `/api/v1/agencies/${otherAgencyId}/heads`, payload });
    expect(out.statusCode).toBe(404);
    const city = await loginAs(app, await createTestUser(database.db, { role: 'city_coordinator' }));
    const ok = await city.inject({ method: 'POST', url: `/api/v1/agencies/${otherAgencyId}/heads`, payload });
    expect(ok.statusCode, ok.body).toBe(201);
    const edit = await county.inject({
      method: 'PATCH',
      url: `/api/v1/agency-heads/${ok.json().id}`,
      payload: { title: '副局长', version: 1 },
    });
    expect(edit.statusCode).toBe(404);
    const clerk = await loginAs(app, await createTestUser(database.db, { role: 'agency_clerk' }));
    const denied = await clerk.inject({ method: 'POST', url: `/api/v1/agencies/${org.agencyId}/heads`, payload });
    expect(denied.statusCode).toBe(403);
  });

  it('checks the input and the rules: field errors, one 正职, no duplicate name, the version', async () => {
    const county = await loginAs(app, await createTestUser(database.db, { role: 'county_coordinator' }));
    const url = `/api/v1/agencies/${org.agencyId}/heads`;
    const badPhone = await county.inject({
      method: 'POST',
      url,
      payload: { name: '钱多', title: '副局长', headRole: 'deputy', phone: '12345' },
    });
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.body).toContain('电话格式有误');
    const noName = await county.inject({
      method: 'POST',
      url,
      payload: { name: ' ', title: '副局长', headRole: 'deputy' },
    });
    expect(noName.statusCode).toBe(400);
    expect(noName.body).toContain('请填写姓名');
    const second = await county.inject({
      method: 'POST',
      url,
      payload: { name: '孙二', title: '局长', headRole: 'principal' },
    });
    expect(second.statusCode).toBe(422);
    expect(second.json().message).toContain('已有在任正职负责人「周正」');
    const deputy = await county.inject({
      method: 'POST',
      url,
      payload: { name: '李四', title: '副局长', headRole: 'in_charge', matters: ['行政执法'] },
    });
    expect(deputy.statusCode).toBe(201);
    const dup = await county.inject({
      method: 'POST',
      url,
      payload: { name: '李四', title: '副局长', headRole: 'deputy' },
    });
    expect(dup.statusCode).toBe(409);
    const id = deputy.json().id as string;
    const edited = await county.inject({
      method: 'PATCH',
      url: `/api/v1/agency-heads/${id}`,
      payload: { matters: ['行政执法', '信访'], phone: '13800001111', version: 1 },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ matters: ['行政执法', '信访'], version: 2, title: '副局长' });
    const stale = await county.inject({
      method: 'PATCH',
      url: `/api/v1/agency-heads/${id}`,
      payload: { title: '党组成员', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().details.current.version).toBe(2);
    expect((await auditRows(id)).map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('deactivates a head (gone from the list, kept with includeInactive) and reactivates it', async () => {
    const county = await loginAs(app, await createTestUser(database.db, { role: 'county_coordinator' }));
    const created = await county.inject({
      method: 'POST',
      url: `/api/v1/agencies/${org.agencyId}/heads`,
      payload: { name: '郑离', title: '副局长', headRole: 'deputy' },
    });
    const id = created.json().id as string;
    const off = await county.inject({
      method: 'POST',
      url: `/api/v1/agency-heads/${id}/deactivate`,
      payload: { version: 1 },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ active: false, version: 2 });
    const list = (q: string) =>
      county
        .inject({ method: 'GET', url: `/api/v1/agencies/${org.agencyId}/heads${q}` })
        .then((r) => r.json().items.map((h: { id: string }) => h.id));
    expect(await list('')).not.toContain(id);
    expect(await list('?includeInactive=true')).toContain(id);
    const on = await county.inject({
      method: 'POST',
      url: `/api/v1/agency-heads/${id}/activate`,
      payload: { version: 2 },
    });
    expect(on.json()).toMatchObject({ active: true, version: 3 });
    expect((await auditRows(id)).map((a) => a.action).sort()).toEqual(['create', 'disable', 'enable']);
  });

  it("links a head to an agency head's own login of the same agency only, once", async () => {
    const county = await loginAs(app, await createTestUser(database.db, { role: 'county_coordinator' }));
    const headLogin = await createTestUser(database.db, { role: 'agency_head' });
    const clerk = await createTestUser(database.db, { role: 'agency_clerk' });
    const url = `/api/v1/agencies/${org.agencyId}/heads`;
    const wrongRole = await county.inject({
      method: 'POST',
      url,
      payload: { name: '王五', title: '副局长', headRole: 'deputy', userId: clerk.id },
    });
    expect(wrongRole.statusCode).toBe(400);
    expect(wrongRole.json().message).toContain('机关负责人');
    const ok = await county.inject({
      method: 'POST',
      url,
      payload: { name: '王五', title: '副局长', headRole: 'deputy', userId: headLogin.id },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().userDisplayName).toContain(headLogin.username);
    const again = await county.inject({
      method: 'POST',
      url,
      payload: { name: '王六', title: '副局长', headRole: 'deputy', userId: headLogin.id },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('已关联负责人「王五」');
  });

  it('answers the lookups other modules use, and the maintenance scope by role', async () => {
    const db = database.db;
    expect(await regionPathOf(db, OTHER_COUNTY)).toBe(`/${TEST_CITY}/${OTHER_COUNTY}/`);
    expect(await regionNameOf(db, OTHER_COUNTY)).toBe('另一区');
    expect(await regionPathOf(db, '000000')).toBeNull();
    expect((await regionAndDescendants(db, TEST_CITY)).map((r) => r.code).sort()).toEqual([
      TEST_CITY,
      org.countyCode,
      OTHER_COUNTY,
    ]);
    expect(orgManageScope({ role: 'admin', regionPath: null })).toBe('all');
    expect(orgManageScope({ role: 'county_coordinator', regionPath: '/9/99/999/' })).toBe('/9/99/');
    expect(orgManageScope({ role: 'city_coordinator', regionPath: '/9/' })).toBe('/9/');
    expect(orgManageScope({ role: 'agency_clerk', regionPath: '/9/99/' })).toBeNull();
  });
});
