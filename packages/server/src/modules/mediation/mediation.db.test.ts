/**
 * 行政争议化解中心 (docs/rules/mediation.md): the workflow 收案 → 受理 → 分案 → 调解 → 结果 through the API with audit,
 * versions and the case timeline; an illegal step refused in Chinese; an agreement in a 诉中 mediation counts for its
 * case (settledByMediation); a failed mediation that became a case (the `became_case` link when the mediation had a
 * case, the id stored either way); scope (another county's coordinator and mediator get 404) and 403s (a mediator
 * reading cases, a clerk reading mediations).
 */
import { tmpdir } from 'node:os';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth/principal.js';
import {
  addTestCounty,
  createTestUser,
  ensureTestOrg,
  sessionAs,
  TEST_CITY,
  type TestOrg,
  type TestSession,
} from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { multipartFile, testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { ensureAdminDomains } from '../cases/public.js';
import { caseLinks } from '../cases/schema.js';
import { settledByMediation } from './public.js';

const OTHER_COUNTY = '999903';

describe(`行政争议化解中心 on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  let otherAgencyId: string;
  const sessions = new Map<string, TestSession>();
  const userIds = new Map<string, string>();

  async function as(name: string, role: Role, extra: { regionCode?: string } = {}) {
    const found = sessions.get(name);
    if (found) return found;
    const user = await createTestUser(database.db, { role, ...extra });
    const s = await sessionAs(app, database.db, user);
    sessions.set(name, s);
    userIds.set(name, user.id);
    return s;
  }

  async function newCase(number: string) {
    const res = await (await as('clerk', 'agency_clerk')).inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        caseNumber: number,
        filedDate: '2026-03-01',
        courtAgencyId: org.courtId,
        causeOfAction: '行政补偿',
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '王某明' },
          { side: 'defendant', partyType: 'agency', name: '测试局', agencyId: org.agencyId, defendantRole: 'first' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string };
  }

  const intakeBody = (extra: Record<string, unknown> = {}) => ({
    stage: 'pre_litigation',
    applicants: [{ name: '王某明', partyType: 'person' }],
    agencyId: org.agencyId,
    subject: '房屋征收补偿标准争议',
    request: '提高补偿',
    receivedOn: '2026-04-01',
    ...extra,
  });

  async function post(who: TestSession, url: string, payload: unknown, status = 200) {
    const res = await who.inject({ method: 'POST', url, payload });
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  }

  /** 收案 → 受理 → 分案 → one session, by the city coordinator; returns the detail. */
  async function upToSession(body: Record<string, unknown>) {
    const city = await as('city', 'city_coordinator');
    let m = await post(city, '/api/v1/mediations', intakeBody(body), 201);
    m = await post(city, `/api/v1/mediations/${m.id}/accept`, { version: m.version });
    m = await post(city, `/api/v1/mediations/${m.id}/assign`, {
      version: m.version,
      mediatorUserId: userIds.get('mediator'),
    });
    const mediator = await as('mediator', 'mediator');
    m = await post(mediator, `/api/v1/mediations/${m.id}/sessions`, {
      version: m.version,
      heldOn: '2026-04-10',
      participants: ['王某明', '测试局 李某'],
      notes: '双方就补偿标准交换意见',
    });
    return m;
  }

  const caseDetail = async (id: string) =>
    (await (await as('city', 'city_coordinator')).inject({ method: 'GET', url: `/api/v1/cases/${id}` })).json();

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({ SESSION_SECRET: 'm'.repeat(40), DATA_DIR: tmpdir(), LOG_LEVEL: 'silent' });
    app = await buildApp({ config, database }, { logger: false });
    org = await ensureTestOrg(database.db);
    await ensureAdminDomains(database.db);
    otherAgencyId = await (await addTestCounty(database.db, OTHER_COUNTY, '测试三区'))('测试三区某局');
    await as('mediator', 'mediator', { regionCode: TEST_CITY });
    await as('city', 'city_coordinator');
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('runs 收案 → 受理 → 分案 → 调解 → 达成调解协议 in a 诉中 mediation; the agreement counts for its case', async () => {
    const c = await newCase('（2026）苏9999行初301号');
    let m = await upToSession({ stage: 'in_litigation', linkedCaseNumber: '(2026)苏9999行初301号' });
    expect(m).toMatchObject({
      state: 'mediating',
      linkedCaseNumber: '（2026）苏9999行初301号',
      mediatorName: expect.any(String),
    });
    expect(m.sessions).toHaveLength(1);
    expect(m.allowedActions).toEqual(['assign', 'record_session', 'agree', 'withdraw', 'fail']);
    expect(await settledByMediation(database.db, [c.id])).toEqual(new Map());

    m = await post(await as('mediator', 'mediator'), `/api/v1/mediations/${m.id}/result`, {
      version: m.version,
      result: 'agree',
      resultOn: '2026-04-20',
      summary: '补偿款增加至30万元，原告撤诉',
    });
    expect(m).toMatchObject({ state: 'agreed', countsAsSettlement: true, allowedActions: [] });
    expect(await settledByMediation(database.db, [c.id])).toEqual(new Map([[c.id, '2026-04-20']]));

    // The signed 调解协议书 uploaded (a PDF by its content), listed on the mediation and downloaded as it was.
    const mediator = await as('mediator', 'mediator');
    const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const notPdf = await mediator.inject({
      method: 'POST',
      url: `/api/v1/mediations/${m.id}/agreement`,
      ...multipartFile(Buffer.from('plain text'), '协议.txt'),
    });
    expect(notPdf.statusCode).toBe(415);
    const up = await mediator.inject({
      method: 'POST',
      url: `/api/v1/mediations/${m.id}/agreement`,
      ...multipartFile(PDF, '调解协议书.pdf'),
    });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json().agreementFiles).toMatchObject([{ fileName: '调解协议书.pdf', size: PDF.length }]);
    const down = await mediator.inject({
      method: 'GET',
      url: `/api/v1/mediations/${m.id}/agreement/${up.json().agreementFiles[0].id}`,
    });
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(PDF)).toBe(true);

    const timeline = (await caseDetail(c.id)).timeline.filter((e: { type: string }) => e.type === 'mediation');
    expect(timeline.map((e: { title: string }) => e.title)).toEqual(
      expect.arrayContaining([
        '行政争议化解中心收案（诉中调解）',
        '行政争议化解中心受理调解',
        '调解结果：达成调解协议',
      ]),
    );
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'mediation'), eq(auditLog.entityId, m.id)));
    expect(audits).toHaveLength(5);
  });

  it('refuses an illegal step in Chinese, a stale version, and an unknown case number', async () => {
    const city = await as('city', 'city_coordinator');
    const m = await post(city, '/api/v1/mediations', intakeBody(), 201);
    const bad = await city.inject({
      method: 'POST',
      url: `/api/v1/mediations/${m.id}/assign`,
      payload: { version: m.version, mediatorUserId: userIds.get('mediator') },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().message).toBe(
      '调解案件当前状态为“已收案”，不能“分案（指定、更换调解员）”；当前可以：“受理”、“不予受理”、“记录结果：申请人撤回”',
    );
    const stale = await city.inject({
      method: 'POST',
      url: `/api/v1/mediations/${m.id}/refuse`,
      payload: { version: m.version + 1, reason: '不属于行政争议' },
    });
    expect(stale.statusCode).toBe(409);
    const refused = await post(city, `/api/v1/mediations/${m.id}/refuse`, {
      version: m.version,
      reason: '不属于行政争议',
    });
    expect(refused).toMatchObject({ state: 'refused', refusalReason: '不属于行政争议' });
    const unknown = await city.inject({
      method: 'POST',
      url: '/api/v1/mediations',
      payload: intakeBody({ stage: 'in_litigation', linkedCaseNumber: '（2026）苏9999行初999号' }),
    });
    expect(unknown.statusCode).toBe(400);
    const preWithCase = await city.inject({
      method: 'POST',
      url: '/api/v1/mediations',
      payload: intakeBody({ linkedCaseNumber: '（2026）苏9999行初301号' }),
    });
    expect(preWithCase.statusCode).toBe(400);
  });

  it('a failed 诉中 mediation that became a case links the new case `became_case` to the mediated one', async () => {
    const first = await newCase('（2026）苏9999行初302号');
    const after = await newCase('（2026）苏9999行初303号');
    let m = await upToSession({ stage: 'in_litigation', linkedCaseNumber: '（2026）苏9999行初302号' });
    const mediator = await as('mediator', 'mediator');
    m = await post(mediator, `/api/v1/mediations/${m.id}/result`, {
      version: m.version,
      result: 'fail',
      resultOn: '2026-04-21',
      summary: '双方分歧较大',
    });
    expect(m).toMatchObject({ state: 'failed', countsAsSettlement: false, allowedActions: ['record_case'] });
    const noAgreement = await mediator.inject({
      method: 'POST',
      url: `/api/v1/mediations/${m.id}/agreement`,
      ...multipartFile(Buffer.from('%PDF-1.4\n%%EOF\n'), '协议.pdf'),
    });
    expect(noAgreement.statusCode).toBe(422);
    expect(noAgreement.json().message).toContain('达成调解协议');
    m = await post(mediator, `/api/v1/mediations/${m.id}/became-case`, {
      version: m.version,
      caseNumber: '（2026）苏9999行初303号',
    });
    expect(m).toMatchObject({ state: 'failed', becameCaseNumber: '（2026）苏9999行初303号', allowedActions: [] });
    const links = await database.db.select().from(caseLinks).where(eq(caseLinks.fromCaseId, after.id));
    expect(links).toMatchObject([{ toCaseId: first.id, linkType: 'became_case' }]);
    const d = await caseDetail(after.id);
    expect(d.links).toMatchObject([{ linkType: 'became_case', direction: 'from', caseId: first.id }]);
    expect(d.timeline.map((e: { title: string }) => e.title)).toContain('行政争议化解中心调解不成后转入');
    // Once only.
    const again = await mediator.inject({
      method: 'POST',
      url: `/api/v1/mediations/${m.id}/became-case`,
      payload: { version: m.version, caseNumber: '（2026）苏9999行初303号' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('a failed 诉前 mediation stores the case that followed (no case to link)', async () => {
    const after = await newCase('（2026）苏9999行初304号');
    let m = await upToSession({});
    const city = await as('city', 'city_coordinator');
    m = await post(city, `/api/v1/mediations/${m.id}/result`, {
      version: m.version,
      result: 'fail',
      resultOn: '2026-04-22',
      summary: '申请人坚持起诉',
    });
    m = await post(city, `/api/v1/mediations/${m.id}/became-case`, {
      version: m.version,
      caseNumber: '（2026）苏9999行初304号',
    });
    expect(m.becameCaseNumber).toBe('（2026）苏9999行初304号');
    expect(await database.db.select().from(caseLinks).where(eq(caseLinks.fromCaseId, after.id))).toEqual([]);
  });

  it('scope and permissions: other counties see 404; a mediator reads no case; others may not read mediations', async () => {
    const city = await as('city', 'city_coordinator');
    const m = await post(city, '/api/v1/mediations', intakeBody(), 201);
    const elsewhere = await post(city, '/api/v1/mediations', intakeBody({ agencyId: otherAgencyId }), 201);

    const county = await as('county', 'county_coordinator');
    expect((await county.inject({ method: 'GET', url: `/api/v1/mediations/${m.id}` })).statusCode).toBe(200);
    expect((await county.inject({ method: 'GET', url: `/api/v1/mediations/${elsewhere.id}` })).statusCode).toBe(404);
    const countyList = (await county.inject({ method: 'GET', url: '/api/v1/mediations' })).json();
    expect(countyList.items.map((i: { id: string }) => i.id)).not.toContain(elsewhere.id);
    const accept = await county.inject({
      method: 'POST',
      url: `/api/v1/mediations/${elsewhere.id}/accept`,
      payload: { version: elsewhere.version },
    });
    expect(accept.statusCode).toBe(404);

    const otherMediator = await as('mediator3', 'mediator', { regionCode: OTHER_COUNTY });
    expect((await otherMediator.inject({ method: 'GET', url: `/api/v1/mediations/${m.id}` })).statusCode).toBe(404);
    expect((await otherMediator.inject({ method: 'GET', url: `/api/v1/mediations/${elsewhere.id}` })).statusCode).toBe(
      200,
    );
    // Intake outside one's region.
    const outside = await otherMediator.inject({ method: 'POST', url: '/api/v1/mediations', payload: intakeBody() });
    expect(outside.statusCode).toBe(400);

    const mediator = await as('mediator', 'mediator');
    const cases = await mediator.inject({ method: 'GET', url: '/api/v1/cases' });
    expect(cases.statusCode).toBe(403);
    expect(cases.json().code).toBe('FORBIDDEN');
    const clerk = await as('clerk', 'agency_clerk');
    expect((await clerk.inject({ method: 'GET', url: '/api/v1/mediations' })).statusCode).toBe(403);
    expect(
      (
        await (
          await as('leader', 'leader')
        ).inject({ method: 'POST', url: '/api/v1/mediations', payload: intakeBody() })
      ).statusCode,
    ).toBe(403);
  });
});
