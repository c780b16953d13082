/**
 * 挂牌督办 and the daily escalation (docs/rules/risk.md#supervision, #escalation): the city supervises an item with a
 * due date and lifts it (a county coordinator may not; stale versions are refused), closing a supervised item lifts
 * its supervision, the list reads in scope; the escalation job tells the county, then the city, of a late plan and a
 * late supervision — once each; the period's figures by county and agency, each clickable to exactly its items.
 */
import { tmpdir } from 'node:os';
import { todayInChina } from '@shuangjiang/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth/principal.js';
import {
  addTestCounty,
  createTestUser,
  ensureTestOrg,
  sessionAs,
  type TestOrg,
  type TestSession,
} from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { ensureAdminDomains } from '../cases/public.js';
import { notificationMessages, notifications } from '../notifications/schema.js';
import { agencyHeads } from '../org/schema.js';
import { runEscalations } from './escalation.js';
import { riskPlans } from './schema.js';

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe(`挂牌督办 and escalation on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  let headId: string;
  const sessions = new Map<string, TestSession>();
  const userIds = new Map<string, string>();
  const today = todayInChina(new Date());
  let itemId: string;
  let caseId: string;

  async function as(name: string, role: Role) {
    const found = sessions.get(name);
    if (found) return found;
    const user = await createTestUser(database.db, { role });
    const s = await sessionAs(app, database.db, user);
    sessions.set(name, s);
    userIds.set(name, user.id);
    return s;
  }
  const detail = async () =>
    (
      await (await as('city', 'city_coordinator')).inject({ method: 'GET', url: `/api/v1/risk-items/${itemId}` })
    ).json();
  const inboxOf = async (name: string) =>
    (
      await database.db
        .select({ title: notificationMessages.title, dedupeKey: notificationMessages.dedupeKey })
        .from(notifications)
        .innerJoin(notificationMessages, eq(notificationMessages.id, notifications.messageId))
        .where(eq(notifications.userId, userIds.get(name)!))
    ).filter((n) => n.dedupeKey?.startsWith('risk-plan-late') || n.dedupeKey?.startsWith('risk-supervision'));

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({ SESSION_SECRET: 's'.repeat(40), DATA_DIR: tmpdir(), LOG_LEVEL: 'silent' });
    app = await buildApp({ config, database }, { logger: false });
    org = await ensureTestOrg(database.db);
    await ensureAdminDomains(database.db);
    const headUser = await createTestUser(database.db, { role: 'agency_head' });
    const [h] = await database.db
      .insert(agencyHeads)
      .values({ agencyId: org.agencyId, name: '周局长', title: '局长', headRole: 'principal', userId: headUser.id })
      .returning();
    headId = h!.id;
    for (const [name, role] of [
      ['city', 'city_coordinator'],
      ['county', 'county_coordinator'],
      ['clerk', 'agency_clerk'],
    ] as const)
      await as(name, role);

    // A red case (征收拆迁), its leader and plan, as the workflow makes them.
    const clerk = await as('clerk', 'agency_clerk');
    const created = await clerk.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        caseNumber: '（2026）苏9999行初701号',
        filedDate: today,
        courtAgencyId: org.courtId,
        causeOfAction: '行政征收',
        domain: 'expropriation',
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '督某' },
          { side: 'defendant', partyType: 'agency', name: '测试局', agencyId: org.agencyId, defendantRole: 'first' },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    caseId = created.json().id;
    const list = await (await as('city', 'city_coordinator')).inject({ method: 'GET', url: '/api/v1/risk-items' });
    itemId = list.json().items.find((i: { caseId: string }) => i.caseId === caseId).id;
    let item = await detail();
    const lead = await (await as('county', 'county_coordinator')).inject({
      method: 'PUT',
      url: `/api/v1/risk-items/${itemId}/lead`,
      payload: { version: item.version, headId },
    });
    expect(lead.statusCode, lead.body).toBe(200);
    item = lead.json();
    const plan = await clerk.inject({
      method: 'PUT',
      url: `/api/v1/risk-items/${itemId}/plan`,
      payload: {
        version: item.version,
        goal: '协调化解',
        measures: '补偿协商',
        responsible: '钱科长',
        startDate: today,
        dueDate: addDays(today, 30),
      },
    });
    expect(plan.statusCode, plan.body).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('the city supervises with a due date; a county coordinator may not; a past date and a stale version are refused', async () => {
    const item = await detail();
    const body = { itemId, version: item.version, dueDate: addDays(today, 10), reason: '群体性征收争议，市级督办' };
    const county = await as('county', 'county_coordinator');
    const refused = await county.inject({ method: 'POST', url: '/api/v1/supervisions', payload: body });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('市级协调员');
    const clerk = await as('clerk', 'agency_clerk');
    expect((await clerk.inject({ method: 'POST', url: '/api/v1/supervisions', payload: body })).statusCode).toBe(403);
    const city = await as('city', 'city_coordinator');
    const past = await city.inject({
      method: 'POST',
      url: '/api/v1/supervisions',
      payload: { ...body, dueDate: today },
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().details[0].field).toBe('dueDate');
    const ok = await city.inject({ method: 'POST', url: '/api/v1/supervisions', payload: body });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      state: 'supervised',
      supervision: { dueDate: body.dueDate, reason: body.reason, overdue: false, liftedAt: null },
    });
    expect(ok.json().supervisions).toHaveLength(1);
    const stale = await city.inject({ method: 'POST', url: '/api/v1/supervisions', payload: body });
    expect(stale.statusCode).toBe(409);
    // The agency and the county hear of it; the case's timeline shows it; the audit row is there.
    const clerkInbox = (await clerk.inject({ method: 'GET', url: '/api/v1/notifications' })).json();
    expect(JSON.stringify(clerkInbox)).toContain('挂牌督办');
    const c = (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${caseId}` })).json();
    expect(c.timeline.map((e: { type: string }) => e.type)).toContain('risk_supervised');
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityType, 'risk_supervision'));
    expect(audit).toHaveLength(1);
  });

  it('lists supervisions in scope, overdue marked; the clerk of another county sees none', async () => {
    const county = await as('county', 'county_coordinator');
    const list = await county.inject({ method: 'GET', url: '/api/v1/supervisions' });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toMatchObject([{ itemId, caseId, state: 'supervised', overdue: false }]);
    await addTestCounty(database.db, '999905', '第五区');
    const other = await createTestUser(database.db, { role: 'county_coordinator', regionCode: '999905' });
    const otherSession = await sessionAs(app, database.db, other);
    expect((await otherSession.inject({ method: 'GET', url: '/api/v1/supervisions' })).json().items).toEqual([]);
    const bad = await county.inject({ method: 'GET', url: '/api/v1/supervisions?status=maybe' });
    expect(bad.statusCode).toBe(400);
  });

  it('escalates a late plan to the county, then the city, and a late supervision to the city — once each', async () => {
    // The plan was due yesterday a week ago: several working days late.
    await database.db
      .update(riskPlans)
      .set({ dueDate: addDays(today, -8) })
      .where(eq(riskPlans.itemId, itemId));
    const item = await detail();
    const dueSoon = addDays(today, 10);
    expect(item.supervision.dueDate).toBe(dueSoon);

    const run1 = await database.db.transaction((tx) => runEscalations(tx, new Date()));
    expect(run1.escalations).toBeGreaterThanOrEqual(1);
    expect((await inboxOf('county')).map((n) => n.title)).toEqual([expect.stringContaining('一案一策逾期未完成')]);
    expect((await inboxOf('city')).map((n) => n.title)).toEqual([expect.stringContaining('一案一策逾期未完成')]);

    // Eleven days on, the supervision is late: the city hears of it; a second run adds nothing.
    const later = new Date(Date.now() + 11 * 86_400_000);
    await database.db.transaction((tx) => runEscalations(tx, later));
    await database.db.transaction((tx) => runEscalations(tx, later));
    const cityTitles = (await inboxOf('city')).map((n) => n.title);
    expect(cityTitles.filter((t) => t.startsWith('督办逾期'))).toHaveLength(1);
    expect(cityTitles.filter((t) => t.startsWith('一案一策逾期'))).toHaveLength(1);
  });

  it('the city lifts it (the item back to 化解); lifting again is refused; closing a supervised item lifts it', async () => {
    const city = await as('city', 'city_coordinator');
    let item = await detail();
    const sid = item.supervision.id;
    const county = await as('county', 'county_coordinator');
    const lift = { version: item.version, summary: '已达成补偿协议' };
    expect(
      (await county.inject({ method: 'POST', url: `/api/v1/supervisions/${sid}/lift`, payload: lift })).statusCode,
    ).toBe(403);
    const ok = await city.inject({ method: 'POST', url: `/api/v1/supervisions/${sid}/lift`, payload: lift });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'planned', supervision: null });
    expect(ok.json().supervisions[0]).toMatchObject({ liftSummary: '已达成补偿协议', liftedAt: expect.any(String) });
    item = ok.json();
    const again = await city.inject({
      method: 'POST',
      url: `/api/v1/supervisions/${sid}/lift`,
      payload: { ...lift, version: item.version },
    });
    expect(again.statusCode).toBe(422);

    // Supervised again, then closed by the city: the supervision is lifted with it; a county coordinator may not close.
    const sup = await city.inject({
      method: 'POST',
      url: '/api/v1/supervisions',
      payload: { itemId, version: item.version, dueDate: addDays(today, 5), reason: '再次督办' },
    });
    expect(sup.statusCode, sup.body).toBe(200);
    item = sup.json();
    const close = { version: item.version, outcome: 'mediated', summary: '调解结案' };
    expect(
      (await county.inject({ method: 'POST', url: `/api/v1/risk-items/${itemId}/close`, payload: close })).statusCode,
    ).toBe(403);
    const closed = await city.inject({ method: 'POST', url: `/api/v1/risk-items/${itemId}/close`, payload: close });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ state: 'closed', supervision: null });
    expect(closed.json().supervisions).toHaveLength(2);
    expect(closed.json().supervisions[0].liftSummary).toContain('随销号解除');
  });

  it('figures of the period by county and by agency; the filter of each unit lists exactly its items', async () => {
    const city = await as('city', 'city_coordinator');
    const res = await city.inject({
      method: 'GET',
      url: `/api/v1/risk-items/figures?from=${addDays(today, -1)}&to=${today}&by=county`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.units).toHaveLength(1);
    expect(body.units[0]).toMatchObject({
      key: org.countyCode,
      filter: { regionCode: org.countyCode },
      warnings: 1,
      red: 1,
      lost: 0,
      closed: 1,
      resolvedBeforeJudgment: 1,
      resolvedRate: 1,
      withLead: 1,
      avgDaysToLead: 0,
      overduePlans: 0,
    });
    expect(body.total.warnings).toBe(1);
    const q = new URLSearchParams({ ...body.units[0].filter, includeClosed: 'true', warnedFrom: addDays(today, -1) });
    const list = await city.inject({ method: 'GET', url: `/api/v1/risk-items?${q}` });
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([itemId]);
    const byAgency = (
      await city.inject({ method: 'GET', url: `/api/v1/risk-items/figures?from=${today}&to=${today}&by=agency` })
    ).json();
    expect(byAgency.units).toMatchObject([{ key: org.agencyId, filter: { agencyId: org.agencyId }, warnings: 1 }]);
    const elsewhere = await city.inject({
      method: 'GET',
      url: '/api/v1/risk-items?includeClosed=true&regionCode=999905',
    });
    expect(elsewhere.json().items).toEqual([]);
    const earlier = (
      await city.inject({
        method: 'GET',
        url: `/api/v1/risk-items/figures?from=${addDays(today, -30)}&to=${addDays(today, -1)}`,
      })
    ).json();
    expect(earlier.total.warnings).toBe(0);
    expect(earlier.total.lostRate).toBeNull();
    const bad = await city.inject({
      method: 'GET',
      url: `/api/v1/risk-items/figures?from=${today}&to=${addDays(today, -1)}`,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('起始日期不能晚于截止日期');
  });
});
