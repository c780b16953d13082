import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import type { CaseDetail } from './dto.js';
import { litigationInput, type OrgFixture, seedOrgFixture } from './testing.js';

describe(`case registry API on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: OrgFixture;
  let city: TestSession;
  let east: TestSession;
  let west: TestSession;
  let clerk: TestSession;
  let leader: TestSession;
  let admin: TestSession;
  let created: CaseDetail;

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    app = await buildTestApp(database);
    const as = async (
      role: Parameters<typeof createTestUser>[1]['role'],
      opts: { regionCode?: string; agencyId?: string } = {},
    ) => sessionAs(app, database.db, await createTestUser(database.db, { role, ...opts }));
    city = await as('city_coordinator', { regionCode: '329900' });
    east = await as('county_coordinator', { regionCode: '329902' });
    west = await as('county_coordinator', { regionCode: '329903' });
    clerk = await as('agency_clerk', { agencyId: org.agency('county-0-dept-0') });
    leader = await as('leader', { regionCode: '329900' });
    admin = await as('admin');
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('POST /cases registers a case (201) and GET /cases/:id returns it', async () => {
    const res = await city.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: litigationInput(org.agency('county-0-dept-0'), { caseNumber: '（2025）苏9902行初7号' }),
    });
    expect(res.statusCode, res.body).toBe(201);
    created = res.json<CaseDetail>();
    expect(created).toMatchObject({ caseNumber: '（2025）苏9902行初7号', regionCode: '329902', instance: 'first' });
    const detail = await east.inject({ method: 'GET', url: `/api/v1/cases/${created.id}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().parties[0].idNumber).toBe('3299**********1234');
    expect(detail.json().deadlines.length).toBeGreaterThan(0);
    expect(detail.json().audit).toEqual([expect.objectContaining({ action: 'create' })]);
  });

  it('validation messages are Chinese and name the field; a bad case number is CASE_NUMBER_INVALID', async () => {
    const bad = await city.inject({ method: 'POST', url: '/api/v1/cases', payload: { kind: 'lawsuit' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(bad.json().message).toContain('案件类型');
    const date = await city.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { ...litigationInput(org.agency('county-0-dept-0')), filedDate: '2025-02-30' },
    });
    expect(date.statusCode).toBe(400);
    expect(date.json().message).toContain('立案日期');
    const number = await city.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: litigationInput(org.agency('county-0-dept-0'), { caseNumber: '苏9902行初7号' }),
    });
    expect(number.statusCode).toBe(400);
    expect(number.json()).toMatchObject({ code: 'CASE_NUMBER_INVALID', message: expect.stringContaining('收案年度') });
    const pageSize = await city.inject({ method: 'GET', url: '/api/v1/cases?pageSize=500' });
    expect(pageSize.statusCode).toBe(400);
    expect(pageSize.json().message).toContain('200');
  });

  it('GET /cases lists in scope with filters; out-of-scope detail is 404', async () => {
    const list = await city.inject({
      method: 'GET',
      url: '/api/v1/cases?kind=litigation&status=registered,concluded&pageSize=10',
    });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, totalIsEstimate: false, nextCursor: null });
    expect(list.json().items[0]).not.toHaveProperty('parties');
    expect((await clerk.inject({ method: 'GET', url: '/api/v1/cases' })).json().total).toBe(1);
    expect((await west.inject({ method: 'GET', url: '/api/v1/cases' })).json().total).toBe(0);
    const hidden = await west.inject({ method: 'GET', url: `/api/v1/cases/${created.id}` });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('NOT_FOUND');
    expect((await west.inject({ method: 'GET', url: '/api/v1/cases/not-a-uuid' })).statusCode).toBe(404);
  });

  it('PATCH needs the current version: stale → 409 VERSION_CONFLICT with the current record', async () => {
    const ok = await east.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${created.id}`,
      payload: { version: created.version, notes: '群体性风险' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ notes: '群体性风险', version: 2 });
    const stale = await east.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${created.id}`,
      payload: { version: 1, notes: '旧' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'VERSION_CONFLICT',
      details: { current: { version: 2, notes: '群体性风险' } },
    });
  });

  it('permissions: leader reads but cannot change or unmask; admin has no case access; anonymous is 401', async () => {
    expect((await leader.inject({ method: 'GET', url: `/api/v1/cases/${created.id}` })).statusCode).toBe(200);
    expect(
      (await leader.inject({ method: 'PATCH', url: `/api/v1/cases/${created.id}`, payload: { version: 2 } }))
        .statusCode,
    ).toBe(403);
    expect((await leader.inject({ method: 'POST', url: `/api/v1/cases/${created.id}/unmask` })).statusCode).toBe(403);
    expect((await admin.inject({ method: 'GET', url: '/api/v1/cases' })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/cases' })).statusCode).toBe(401);
    expect(
      (await clerk.inject({ method: 'DELETE', url: `/api/v1/cases/${created.id}`, payload: { reason: '测试删除' } }))
        .statusCode,
    ).toBe(403);
  });

  it('unmask returns the full values to an allowed role', async () => {
    const res = await clerk.inject({
      method: 'POST',
      url: `/api/v1/cases/${created.id}/unmask`,
      payload: { reason: '联系原告' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().parties[0]).toMatchObject({ idNumber: '329902199001011234', masked: false });
  });

  it('DELETE (with reason) soft-deletes; restore brings it back', async () => {
    const noReason = await east.inject({ method: 'DELETE', url: `/api/v1/cases/${created.id}`, payload: {} });
    expect(noReason.statusCode).toBe(400);
    const del = await east.inject({
      method: 'DELETE',
      url: `/api/v1/cases/${created.id}`,
      payload: { reason: '重复录入' },
    });
    expect(del.statusCode, del.body).toBe(204);
    expect((await clerk.inject({ method: 'GET', url: `/api/v1/cases/${created.id}` })).statusCode).toBe(404);
    expect((await east.inject({ method: 'GET', url: '/api/v1/cases' })).json().total).toBe(0);
    expect((await east.inject({ method: 'GET', url: '/api/v1/cases?includeDeleted=true' })).json().total).toBe(1);
    expect((await clerk.inject({ method: 'GET', url: '/api/v1/cases?includeDeleted=true' })).statusCode).toBe(403);
    const restored = await east.inject({ method: 'POST', url: `/api/v1/cases/${created.id}/restore` });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json().deleted).toBe(false);
  });

  it('links and timeline events', async () => {
    const appeal = await city.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: litigationInput(org.agency('county-0-dept-0'), {
        caseNumber: '（2025）苏99行终3号',
        complaintReceivedDate: null,
      }),
    });
    expect(appeal.statusCode, appeal.body).toBe(201);
    const link = await city.inject({
      method: 'POST',
      url: `/api/v1/cases/${appeal.json().id}/links`,
      payload: { toCaseId: created.id, linkType: 'appeal_of' },
    });
    expect(link.statusCode, link.body).toBe(200);
    expect(link.json().links[0]).toMatchObject({ caseId: created.id, linkType: 'appeal_of', direction: 'from' });
    const ev = await clerk.inject({
      method: 'POST',
      url: `/api/v1/cases/${created.id}/events`,
      payload: { at: '2025-09-25', type: 'defence_submitted', title: '提交答辩状' },
    });
    expect(ev.statusCode, ev.body).toBe(200);
    expect(ev.json().timeline.map((e: { type: string }) => e.type)).toContain('defence_submitted');
  });

  it('meta, admin domains, regions (tree), agencies, heads', async () => {
    const meta = await leader.inject({ method: 'GET', url: '/api/v1/cases/meta' });
    expect(meta.statusCode, meta.body).toBe(200);
    expect(meta.json().kinds).toContainEqual({ value: 'litigation', label: '行政诉讼' });
    expect(meta.json().outcomes).toContainEqual(expect.objectContaining({ value: 'REVOKED', loss: true }));
    expect(meta.json().deadlineRules.length).toBeGreaterThan(10);

    const domains = await clerk.inject({ method: 'GET', url: '/api/v1/admin-domains' });
    expect(domains.json().items.length).toBeGreaterThanOrEqual(50);
    expect(domains.json().items.map((d: { name: string }) => d.name)).toEqual(
      expect.arrayContaining(['公安', '自然资源', '城乡建设', '征收拆迁', '市场监管', '人社', '信息公开']),
    );

    const regions = await clerk.inject({ method: 'GET', url: '/api/v1/regions' });
    expect(regions.statusCode, regions.body).toBe(200);
    const demoCity = regions.json().tree.find((n: { code: string }) => n.code === '329900');
    expect(demoCity.children.map((c: { name: string }) => c.name)).toEqual([
      '城东区',
      '城西区',
      '江北区',
      '湖滨县',
      '山南县',
      '清河市',
    ]);
    expect(demoCity.children[0].children).toHaveLength(2);

    const courts = await clerk.inject({ method: 'GET', url: '/api/v1/agencies?regionCode=329902&kind=court' });
    expect(courts.json().items).toEqual([expect.objectContaining({ courtCode: '苏9902', kind: 'court' })]);
    const inCounty = await clerk.inject({ method: 'GET', url: '/api/v1/agencies?regionCode=329902' });
    expect(inCounty.json().items.some((a: { regionCode: string }) => a.regionCode === '329902001')).toBe(true);
    const badKind = await clerk.inject({ method: 'GET', url: '/api/v1/agencies?kind=bank' });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().message).toContain('机关类型');

    const heads = await clerk.inject({ method: 'GET', url: `/api/v1/agencies/${org.agency('county-0-dept-0')}/heads` });
    expect(heads.statusCode).toBe(200);
    expect(heads.json().items).toHaveLength(0); // the fixture loads agencies without heads
    expect(
      (await clerk.inject({ method: 'GET', url: '/api/v1/agencies/00000000-0000-4000-8000-000000000000/heads' }))
        .statusCode,
    ).toBe(404);
  });

  it('every route appears in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    for (const path of [
      '/api/v1/cases',
      '/api/v1/cases/{id}',
      '/api/v1/cases/{id}/restore',
      '/api/v1/cases/{id}/links',
      '/api/v1/cases/{id}/unmask',
      '/api/v1/cases/meta',
      '/api/v1/regions',
      '/api/v1/agencies',
      '/api/v1/admin-domains',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });

  it('GET /cases?dueBy= keeps cases with an open deadline due by then (overdue too), sortable by nextDueDate', async () => {
    const made = await city.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: litigationInput(org.agency('county-0-dept-0'), { caseNumber: '（2025）苏9902行初808号' }),
    });
    expect(made.statusCode, made.body).toBe(201);
    let c = made.json<CaseDetail>();
    // Known dates whatever the calendar covers: the first open deadline on 2031-03-10, every other one later.
    const open = c.deadlines.filter((d) => d.status === 'open');
    expect(open.length).toBeGreaterThan(0);
    for (const [i, d] of open.entries()) {
      const res = await city.inject({
        method: 'PATCH',
        url: `/api/v1/cases/${c.id}/deadlines/${d.id}`,
        payload: { customDueDate: i === 0 ? '2031-03-10' : '2031-06-01', customReason: '测试' },
      });
      expect(res.statusCode, res.body).toBe(200);
      c = res.json<CaseDetail>();
    }
    const list = async (who: TestSession, query: string) => {
      const res = await who.inject({
        method: 'GET',
        url: `/api/v1/cases?q=${encodeURIComponent('（2025）苏9902行初808')}&${query}`,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ total: number; items: { id: string; nextDueDate: string | null }[] }>();
    };
    expect((await list(city, 'dueBy=2031-03-09')).total).toBe(0);
    const due = await list(city, 'dueBy=2031-03-10&sort=nextDueDate&order=asc');
    expect(due.total).toBe(1);
    expect(due.items[0]).toMatchObject({ id: c.id, nextDueDate: '2031-03-10' });
    expect((await list(west, 'dueBy=2031-12-31')).total).toBe(0);
    // Done deadlines no longer count: the next one (2031-06-01) is after the date asked for.
    await city.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${c.id}/deadlines/${open[0]!.id}`,
      payload: { status: 'met' },
    });
    expect((await list(city, 'dueBy=2031-03-10')).total).toBe(0);
    expect((await city.inject({ method: 'GET', url: '/api/v1/cases?dueBy=2031-3-1' })).statusCode).toBe(400);
    await city.inject({ method: 'DELETE', url: `/api/v1/cases/${c.id}`, payload: { reason: '测试清理' } });
  });
});
