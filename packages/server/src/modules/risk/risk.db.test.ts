import { tmpdir } from 'node:os';
import { createCalendar, leadAssignmentDue, officialSchedule, todayInChina } from '@shuangjiang/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth/principal.js';
import {
  createTestUser,
  ensureTestOrg,
  sessionAs,
  TEST_CITY,
  type TestOrg,
  type TestSession,
} from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { ensureAdminDomains } from '../cases/public.js';
import { agencyHeads, regions } from '../org/schema.js';
import { runMonthlyScreening } from './jobs.js';
import { riskLevelChanges, riskScreeningRuns } from './schema.js';

const OTHER_COUNTY = '999904';

describe(`risk items: screening, override, lead, plan, 销号 and scope on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  let headId: string;
  let headNoLoginId: string;
  const sessions = new Map<string, TestSession>();
  const userIds = new Map<string, string>();
  const ids: Record<string, string> = {};

  async function as(name: string, role: Role, extra: { agencyId?: string | null; regionCode?: string } = {}) {
    const found = sessions.get(name);
    if (found) return found;
    const user = await createTestUser(database.db, { role, ...extra });
    const s = await sessionAs(app, database.db, user);
    sessions.set(name, s);
    userIds.set(name, user.id);
    return s;
  }

  async function newCase(number: string, extra: Record<string, unknown>, plaintiffs: string[]) {
    const clerk = await as('clerk', 'agency_clerk');
    const res = await clerk.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        caseNumber: number,
        filedDate: '2026-03-01',
        courtAgencyId: org.courtId,
        causeOfAction: '行政征收',
        plaintiffCount: plaintiffs.length,
        ...extra,
        parties: [
          ...plaintiffs.map((name) => ({ side: 'plaintiff', partyType: 'person', name })),
          { side: 'defendant', partyType: 'agency', name: '测试局', agencyId: org.agencyId, defendantRole: 'first' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number; riskLevel: string };
  }

  async function itemOf(caseId: string, who = 'county') {
    const s = await as(who, 'county_coordinator');
    const list = await s.inject({ method: 'GET', url: '/api/v1/risk-items?includeClosed=true' });
    expect(list.statusCode, list.body).toBe(200);
    return list.json().items.find((i: { caseId: string }) => i.caseId === caseId) ?? null;
  }

  const detail = async (id: string, who = 'county') =>
    (await (await as(who, 'county_coordinator')).inject({ method: 'GET', url: `/api/v1/risk-items/${id}` })).json();

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({
      SESSION_SECRET: 'r'.repeat(40),
      DATA_DIR: tmpdir(),
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    app = await buildApp({ config, database }, { logger: false });
    org = await ensureTestOrg(database.db);
    await ensureAdminDomains(database.db);
    await database.db
      .insert(regions)
      .values({
        code: OTHER_COUNTY,
        name: '第四区',
        level: 'county',
        parentCode: TEST_CITY,
        path: `/${TEST_CITY}/${OTHER_COUNTY}/`,
      })
      .onConflictDoNothing();
    const headUser = await createTestUser(database.db, { role: 'agency_head' });
    sessions.set('head', await sessionAs(app, database.db, headUser));
    const [h] = await database.db
      .insert(agencyHeads)
      .values({ agencyId: org.agencyId, name: '王局长', title: '局长', headRole: 'principal', userId: headUser.id })
      .returning();
    headId = h!.id;
    const [n] = await database.db
      .insert(agencyHeads)
      .values({ agencyId: org.agencyId, name: '赵副局长', title: '副局长', headRole: 'deputy' })
      .returning();
    headNoLoginId = n!.id;
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('a green case gets no item; a 征收拆迁 case is red with its reasons, a timeline entry and the lead deadline', async () => {
    const green = await newCase('（2026）苏9999行初101号', {}, ['李某']);
    ids.green = green.id;
    expect(green.riskLevel).toBe('green');
    expect(await itemOf(green.id)).toBeNull();

    const red = await newCase('（2026）苏9999行初102号', { domain: 'expropriation' }, [
      '张 三',
      '某某建设有限责任公司',
    ]);
    ids.redCase = red.id;
    const item = await itemOf(red.id);
    expect(item).toMatchObject({
      level: 'red',
      levelSource: 'screening',
      state: 'warning',
      caseNumber: '（2026）苏9999行初102号',
    });
    expect(item.reasons.map((r: { text: string }) => r.text)).toEqual(['重点领域：征收拆迁']);
    expect(item.allowedActions).toEqual(['assign_lead']);
    ids.red = item.id;
    const today = todayInChina();
    expect(item.warnedOn).toBe(today);
    expect(item.leadDeadline).toMatchObject({
      dueDate: leadAssignmentDue(today, createCalendar(officialSchedule, [], { provisional: true })).due,
      status: 'open',
      overdue: false,
    });
    const clerk = await as('clerk', 'agency_clerk');
    const c = (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${red.id}` })).json();
    expect(c.riskLevel).toBe('red');
    expect(c.timeline.map((e: { type: string }) => e.type)).toContain('risk_warning');
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'risk_item'), eq(auditLog.entityId, item.id)));
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('finds the same plaintiff written differently: a repeat plaintiff, shown as related', async () => {
    await newCase('（2026）苏9999行初103号', {}, ['张三']);
    const third = await newCase('（2026）苏9999行初104号', { domain: 'info_disclosure' }, ['张三 ']);
    const item = await itemOf(third.id);
    expect(item.level).toBe('yellow');
    expect(item.reasons.map((r: { text: string }) => r.text)).toEqual([
      '重点领域：信息公开',
      '原告另有2件案件（2件起为黄色）',
    ]);
    const d = await detail(item.id);
    expect(d.related.map((r: { caseNumber: string }) => r.caseNumber).sort()).toEqual([
      '（2026）苏9999行初102号',
      '（2026）苏9999行初103号',
    ]);
    expect(d.related[0].relations[0]).toMatchObject({ kind: 'same_party' });
  });

  it('PATCH /cases no longer sets the level: a change is refused naming the field, the same level passes', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const c = (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${ids.redCase}` })).json();
    const refused = await clerk.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${ids.redCase}`,
      payload: { version: c.version, riskLevel: 'green' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details).toEqual([{ field: 'riskLevel', message: expect.stringContaining('风险筛查') }]);
    const same = await clerk.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${ids.redCase}`,
      payload: { version: c.version, riskLevel: 'red', notes: '同一等级' },
    });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().riskLevel).toBe('red');
  });

  it('a coordinator overrides the level with a reason; it stands while the screening says the same; history kept', async () => {
    const item = await itemOf(ids.redCase);
    const clerk = await as('clerk', 'agency_clerk');
    const body = { version: item.version, level: 'yellow', reason: '已与原告初步达成补偿意向' };
    const forbidden = await clerk.inject({ method: 'PUT', url: `/api/v1/risk-items/${item.id}/level`, payload: body });
    expect(forbidden.statusCode).toBe(403);
    const county = await as('county', 'county_coordinator');
    const noReason = await county.inject({
      method: 'PUT',
      url: `/api/v1/risk-items/${item.id}/level`,
      payload: { ...body, reason: '' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().details[0].field).toBe('reason');
    const ok = await county.inject({ method: 'PUT', url: `/api/v1/risk-items/${item.id}/level`, payload: body });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ level: 'yellow', levelSource: 'override', screenedLevel: 'red' });
    const stale = await county.inject({ method: 'PUT', url: `/api/v1/risk-items/${item.id}/level`, payload: body });
    expect(stale.statusCode).toBe(409);

    // The clerk edits the case: screened again (still red), the override stands.
    const c = (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${ids.redCase}` })).json();
    expect(c.riskLevel).toBe('yellow');
    const edited = await clerk.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${ids.redCase}`,
      payload: { version: c.version, notes: '补充材料' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const d = await detail(item.id);
    expect(d.level).toBe('yellow');
    expect(
      d.history.map((h: { source: string; toLevel: string; reason: string | null }) => [h.source, h.toLevel, h.reason]),
    ).toEqual([
      ['screening', 'red', null],
      ['override', 'yellow', '已与原告初步达成补偿意向'],
    ]);
    // Screened again: the plaintiff's two later cases add a reason; the screening still says red, so the override stands.
    expect(d.reasons.map((r: { text: string }) => r.text)).toEqual([
      '重点领域：征收拆迁',
      '原告另有2件案件（2件起为黄色）',
    ]);
    expect(d.screenedLevel).toBe('red');
    const rows = await database.db.select().from(riskLevelChanges).where(eq(riskLevelChanges.itemId, item.id));
    expect(rows).toHaveLength(2);
  });

  it('refuses a step the state does not allow, naming the state and what is allowed (422)', async () => {
    const county = await as('county', 'county_coordinator');
    const item = await detail(ids.red);
    const res = await county.inject({
      method: 'POST',
      url: `/api/v1/risk-items/${ids.red}/close`,
      payload: { version: item.version, outcome: 'mediated', summary: '双方和解撤诉' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'UNPROCESSABLE',
      message: '风险事项当前状态为“预警”，不能“销号”；当前可以：“明确（更换）包案领导”',
      details: { state: 'warning', allowed: ['assign_lead'] },
    });
  });

  it('names the 包案领导 (a head with a login) and the task force; the deadline is met; timeline and notice', async () => {
    const county = await as('county', 'county_coordinator');
    const clerk = await as('clerk', 'agency_clerk');
    const item = await detail(ids.red);
    const url = `/api/v1/risk-items/${ids.red}/lead`;
    expect((await clerk.inject({ method: 'PUT', url, payload: { version: item.version, headId } })).statusCode).toBe(
      403,
    );
    const noLogin = await county.inject({
      method: 'PUT',
      url,
      payload: { version: item.version, headId: headNoLoginId },
    });
    expect(noLogin.statusCode).toBe(400);
    expect(noLogin.json().details[0]).toMatchObject({ field: 'headId', message: expect.stringContaining('赵副局长') });
    const badMember = await county.inject({
      method: 'PUT',
      url,
      payload: { version: item.version, headId, taskForce: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(badMember.statusCode).toBe(400);
    expect(badMember.json().details[0]).toMatchObject({ field: 'taskForce[0]', row: 1 });
    const clerkUserId = userIds.get('clerk')!;
    const ok = await county.inject({
      method: 'PUT',
      url,
      payload: { version: item.version, headId, taskForce: [clerkUserId] },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      state: 'lead_assigned',
      lead: { headId, name: '王局长', title: '局长' },
      taskForce: [clerkUserId],
      leadDeadline: { status: 'met', overdue: false },
    });
    const head = sessions.get('head')!;
    const inbox = (await head.inject({ method: 'GET', url: '/api/v1/notifications' })).json();
    expect(JSON.stringify(inbox)).toContain('包案化解');
    const c = (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${ids.redCase}` })).json();
    expect(c.timeline.map((e: { type: string }) => e.type)).toContain('risk_lead');
  });

  it('一案一策 by the agency, progress by the head, 销号 by the coordinator, reopened after an appeal', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const court = await as('court', 'court_liaison');
    let item = await detail(ids.red);
    const plan = {
      version: item.version,
      goal: '协调后撤诉',
      measures: '组织补偿协商；复核评估报告',
      responsible: '李科长',
      startDate: '2026-03-05',
      dueDate: '2026-04-30',
    };
    const url = `/api/v1/risk-items/${ids.red}/plan`;
    expect((await court.inject({ method: 'PUT', url, payload: plan })).statusCode).toBe(403);
    const badDates = await clerk.inject({ method: 'PUT', url, payload: { ...plan, dueDate: '2026-03-01' } });
    expect(badDates.statusCode).toBe(400);
    expect(badDates.json().details[0].field).toBe('dueDate');
    const ok = await clerk.inject({ method: 'PUT', url, payload: plan });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'planned', plan: { goal: '协调后撤诉', version: 1 } });
    item = ok.json();
    const revisedStale = await clerk.inject({ method: 'PUT', url, payload: { ...plan, version: item.version } });
    expect(revisedStale.statusCode).toBe(409);
    const head = sessions.get('head')!;
    const progress = await head.inject({
      method: 'POST',
      url: `/api/v1/risk-items/${ids.red}/plan/progress`,
      payload: { version: item.version, onDate: '2026-03-10', note: '与原告面谈，达成初步意向' },
    });
    expect(progress.statusCode, progress.body).toBe(201);
    item = progress.json();
    expect(item.progress).toMatchObject([{ note: '与原告面谈，达成初步意向', onDate: '2026-03-10' }]);

    const county = await as('county', 'county_coordinator');
    const closeUrl = `/api/v1/risk-items/${ids.red}/close`;
    const closeBody = { version: item.version, outcome: 'withdrawn_after_settlement', summary: '补偿到位，原告撤诉' };
    expect((await clerk.inject({ method: 'POST', url: closeUrl, payload: closeBody })).statusCode).toBe(403);
    const noOutcome = await county.inject({ method: 'POST', url: closeUrl, payload: { ...closeBody, outcome: 'x' } });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().details[0].field).toBe('outcome');
    const closed = await county.inject({ method: 'POST', url: closeUrl, payload: closeBody });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      state: 'closed',
      outcome: 'withdrawn_after_settlement',
      allowedActions: ['reopen'],
    });
    const open = (await county.inject({ method: 'GET', url: '/api/v1/risk-items' })).json();
    expect(open.items.map((i: { id: string }) => i.id)).not.toContain(ids.red);
    const c = (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${ids.redCase}` })).json();
    expect(c.timeline.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['risk_warning', 'risk_level', 'risk_lead', 'risk_plan', 'risk_closed']),
    );
    const reopened = await county.inject({
      method: 'POST',
      url: `/api/v1/risk-items/${ids.red}/reopen`,
      payload: { version: closed.json().version, reason: '原告另案起诉，争议再起' },
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ state: 'planned', outcome: null });
    const audits = await database.db
      .select({ entityType: auditLog.entityType })
      .from(auditLog)
      .where(eq(auditLog.entityId, ids.red));
    expect(audits.filter((a) => a.entityType === 'risk_item').length).toBe(5);
    expect(audits.filter((a) => a.entityType === 'risk_plan').length).toBe(1);
  });

  it('scope: another county’s coordinator sees no item (404); the city coordinator sees them all', async () => {
    const other = await as('other', 'county_coordinator', { regionCode: OTHER_COUNTY });
    expect((await other.inject({ method: 'GET', url: `/api/v1/risk-items/${ids.red}` })).statusCode).toBe(404);
    expect((await other.inject({ method: 'GET', url: '/api/v1/risk-items' })).json().items).toEqual([]);
    const item = await detail(ids.red);
    const put = await other.inject({
      method: 'PUT',
      url: `/api/v1/risk-items/${ids.red}/level`,
      payload: { version: item.version, level: 'green', reason: '越权调整' },
    });
    expect(put.statusCode).toBe(404);
    const city = await as('city', 'city_coordinator');
    expect((await city.inject({ method: 'GET', url: '/api/v1/risk-items' })).json().items.length).toBe(2);
  });

  it('the monthly screening re-screens with the rules in force, lists what changed, once per month', async () => {
    const admin = await as('admin', 'admin');
    const current = (await admin.inject({ method: 'GET', url: '/api/v1/settings/riskRules' })).json();
    const saved = await admin.inject({
      method: 'PUT',
      url: '/api/v1/settings/riskRules',
      payload: {
        value: { ...current.value, plaintiffs: { yellowAt: 1, redAt: null } },
        reason: '本月从严：一人起诉即黄色',
        baseVersion: current.version,
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const now = new Date();
    expect(await runMonthlyScreening(database.db, '2099-01', now)).toBe(true);
    const [run] = await database.db.select().from(riskScreeningRuns).where(eq(riskScreeningRuns.period, '2099-01'));
    expect(run?.screened).toBe(4);
    expect(run?.changes.map((c) => [c.caseNumber, c.from, c.to])).toContainEqual([
      '（2026）苏9999行初101号',
      'green',
      'yellow',
    ]);
    const green = await itemOf(ids.green);
    expect(green).toMatchObject({ level: 'yellow', levelSource: 'monthly', rulesVersion: saved.json().version });
    const city = await as('city', 'city_coordinator');
    const inbox = JSON.stringify((await city.inject({ method: 'GET', url: '/api/v1/notifications' })).json());
    expect(inbox).toContain('2099-01月度风险排查');
    // Once per month: a second run does nothing.
    expect(await runMonthlyScreening(database.db, '2099-01', now)).toBe(false);
  });
});
