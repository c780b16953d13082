import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addTestCounty,
  ensureTestOrg,
  sessionsByName,
  TEST_CITY,
  type TestOrg,
  type TestSession,
} from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { testContext, testPrincipal } from '../cases/testing.js';
import { decideAbsence } from './service.js';

const OTHER_COUNTY = '999904';
const PAST = '2026-06-02T09:30:00+08:00';

interface Hearing {
  id: string;
  version: number;
  status: string;
  assessment: {
    counts: boolean;
    headAppeared: boolean;
    principalAppeared: boolean;
    absence: string;
    reasons: { code: string; text: string }[];
  };
  absences: { id: string; status: string; version: number }[];
}

describe(`hearings: appearances and 不出庭说明 judged by the domain on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  let caseId: string;
  let principalHead: string;
  let deputyHead: string;
  let foreignHead: string;
  let foreignCourtId: string;
  const as = sessionsByName(
    () => app,
    () => database.db,
  );

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp(database, { RATE_LIMIT_PER_MINUTE: '100000' });
    org = await ensureTestOrg(database.db);
    const agency = await addTestCounty(database.db, OTHER_COUNTY, '第四区');
    const otherAgency = await agency('测试市第四区某局');
    foreignCourtId = await agency('测试市第四区人民法院', 'court');
    const city = await as('city', 'city_coordinator');
    const head = async (agencyId: string, name: string, headRole: string, title: string) => {
      const res = await city.inject({
        method: 'POST',
        url: `/api/v1/agencies/${agencyId}/heads`,
        payload: { name, title, headRole },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    principalHead = await head(org.agencyId, '周正', 'principal', '局长');
    deputyHead = await head(org.agencyId, '吴副', 'deputy', '副局长');
    foreignHead = await head(otherAgency, '郑外', 'principal', '局长');
    const clerk = await as('clerk', 'agency_clerk');
    const made = await clerk.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        caseNumber: '（2026）苏9999行初88号',
        filedDate: '2026-03-01',
        courtAgencyId: org.courtId,
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '李某' },
          { side: 'defendant', partyType: 'agency', name: '测试局', agencyId: org.agencyId, defendantRole: 'first' },
        ],
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    caseId = made.json().id;
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  async function heldHearing(): Promise<Hearing> {
    const clerk = await as('clerk', 'agency_clerk');
    const h = (
      await clerk.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/hearings`, payload: { scheduledAt: PAST } })
    ).json();
    const held = await clerk.inject({
      method: 'POST',
      url: `/api/v1/hearings/${h.id}/status`,
      payload: { version: h.version, status: 'held', reason: '如期开庭' },
    });
    expect(held.statusCode, held.body).toBe(200);
    return held.json();
  }
  const put = (s: TestSession, h: Hearing, items: Record<string, unknown>[], version = h.version) =>
    s.inject({ method: 'PUT', url: `/api/v1/hearings/${h.id}/appearances`, payload: { version, items } });
  const codes = (h: Hearing) => h.assessment.reasons.map((r) => r.code);

  it('records who appeared; the domain says a head with proof filed counts, and the instance is valid', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const h = await heldHearing();
    const res = await put(clerk, h, [
      { role: 'head', headId: principalHead, designated: true, appeared: true, spoke: true, identityProofFiled: true },
      { role: 'lawyer', name: '钱律师', title: '某律师事务所', appeared: true, identityProofFiled: true },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json();
    expect(out.version).toBe(h.version + 1);
    expect(out.appearances[0]).toMatchObject({
      name: '周正',
      title: '局长',
      headRole: 'principal',
      agencyId: org.agencyId,
    });
    expect(out.assessment).toMatchObject({
      counts: true,
      headAppeared: true,
      principalAppeared: true,
      headSpoke: true,
    });
    const list = (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/hearings` })).json();
    expect(list.instance).toMatchObject({ heard: true, valid: true, principalAppeared: true, spoke: true });
    expect(list.instance.validHearingIds).toEqual([h.id]);
    const detail = (await clerk.inject({ method: 'GET', url: `/api/v1/cases/${caseId}` })).json();
    expect(detail.hearings.find((x: { id: string }) => x.id === h.id)).toMatchObject({
      headAppearance: 'principal',
      headName: '周正',
      spoke: true,
    });
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'hearing'), eq(auditLog.entityId, h.id), eq(auditLog.action, 'update')))
      .orderBy(auditLog.id)
      .offset(1);
    expect(JSON.stringify(audit!.after)).toContain('钱律师');
  });

  it('does not count a lawyer alone, a head without identity proof, or another agency’s head — and says why', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const lawyer = (
      await put(clerk, await heldHearing(), [
        { role: 'lawyer', name: '钱律师', appeared: true, identityProofFiled: true },
      ])
    ).json();
    expect(lawyer.assessment).toMatchObject({ headAppeared: false, staffAppeared: false, noHeadOrStaff: true });
    const noProof = (
      await put(clerk, await heldHearing(), [{ role: 'head', headId: deputyHead, appeared: true }])
    ).json();
    expect(noProof.assessment.headAppeared).toBe(false);
    expect(codes(noProof)).toContain('HEAD_PROOF_MISSING');
    const foreign = (
      await put(clerk, await heldHearing(), [
        { role: 'head', headId: foreignHead, appeared: true, identityProofFiled: true },
      ])
    ).json();
    expect(foreign.assessment.headAppeared).toBe(false);
    expect(codes(foreign)).toContain('NOT_DEFENDANT_HEAD');
    expect(foreign.assessment.reasons[0].text.length).toBeGreaterThan(4);
  });

  it('refuses bad lists by row, a stale version (409), roles without hearing.manage (403) and writers out of scope (404)', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const h = await heldHearing();
    const bad = await put(clerk, h, [
      { role: 'head', appeared: true },
      { role: 'staff', appeared: false, spoke: true },
    ]);
    expect(bad.statusCode).toBe(400);
    const details = bad.json().details as { field: string; row: number; message: string }[];
    expect(details.map((d) => d.field)).toEqual(['items.0.headId', 'items.1.spoke', 'items.1.name']);
    expect(details[0]!.message).toBe('第1个出庭人员：请从负责人名录中选择负责人');
    expect((await put(clerk, h, [], h.version + 5)).statusCode).toBe(409);
    expect((await put(await as('head', 'agency_head'), h, [])).statusCode).toBe(403);
    expect((await put(await as('leader', 'leader'), h, [])).statusCode).toBe(403);
    const outsider = await as('otherCounty', 'county_coordinator', { regionCode: OTHER_COUNTY });
    expect((await put(outsider, h, [])).statusCode).toBe(404);
    const unchanged = (await clerk.inject({ method: 'GET', url: `/api/v1/hearings/${h.id}` })).json();
    expect(unchanged.version).toBe(h.version);
  });

  it('takes a 不出庭说明 from the clerk and its 备案 from a coordinator only; audited; judged late when approved after the hearing', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const county = await as('county', 'county_coordinator');
    const h = (
      await clerk.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/hearings`, payload: { scheduledAt: PAST } })
    ).json();
    const file = (payload: Record<string, unknown>, s = clerk) =>
      s.inject({ method: 'POST', url: `/api/v1/hearings/${h.id}/absences`, payload });
    const noCause = await file({ headId: principalHead, reasonCode: 'other_good_cause', deputyName: '吴副' });
    expect(noCause.statusCode).toBe(400);
    expect(noCause.json().message).toContain('事由说明');
    const unknown = await file({ headId: principalHead, reasonCode: 'busy', deputyName: '吴副' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain('不出庭事由无效');
    const foreign = await file({ headId: foreignHead, reasonCode: 'official_duty', deputyName: '吴副' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().details[0].field).toBe('headId');
    expect(
      (await file({ headId: principalHead, reasonCode: 'official_duty', deputyName: '吴副' }, county)).statusCode,
    ).toBe(201);
    const filed = await file({
      headId: principalHead,
      reasonCode: 'official_duty',
      deputyName: '吴副',
      deputyHeadId: deputyHead,
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const absence = filed.json().absences.at(-1);
    expect(absence).toMatchObject({ status: 'filed', headName: '周正', deputyName: '吴副' });
    const pending = async (sess: TestSession) =>
      sess.inject({ method: 'GET', url: '/api/v1/hearing-absences/pending' });
    const queue = await pending(county);
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.json().items.find((i: { id: string }) => i.id === absence.id)).toMatchObject({
      caseId,
      caseNumber: '（2026）苏9999行初88号',
      hearingScheduledAt: new Date(PAST).toISOString(),
      late: true,
    });
    expect((await pending(clerk)).statusCode).toBe(403);
    const elsewhere = await pending(await as('otherCounty', 'county_coordinator', { regionCode: OTHER_COUNTY }));
    expect(elsewhere.json().items).toEqual([]);

    const decide = (s: TestSession, version: number, decision = 'approved') =>
      s.inject({
        method: 'POST',
        url: `/api/v1/hearing-absences/${absence.id}/decision`,
        payload: { version, decision },
      });
    expect((await decide(clerk, absence.version)).statusCode).toBe(403);
    expect((await decide(await as('court', 'court_liaison'), absence.version)).statusCode).toBe(403);
    expect(
      (await decide(await as('otherCounty', 'county_coordinator', { regionCode: OTHER_COUNTY }), absence.version))
        .statusCode,
    ).toBe(404);
    expect((await decide(county, absence.version + 1)).statusCode).toBe(409);
    const approved = await decide(county, absence.version);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().absences.find((a: { id: string }) => a.id === absence.id).status).toBe('approved');
    expect((await decide(county, absence.version + 1, 'rejected')).statusCode).toBe(400);
    expect((await pending(county)).json().items.map((i: { id: string }) => i.id)).not.toContain(absence.id);
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'hearing_absence'), eq(auditLog.entityId, absence.id)))
      .orderBy(auditLog.id);
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);

    // Approved now, after the hearing's time (PAST): the domain does not let it stand.
    const current = (await clerk.inject({ method: 'GET', url: `/api/v1/hearings/${h.id}` })).json();
    const held = (
      await clerk.inject({
        method: 'POST',
        url: `/api/v1/hearings/${h.id}/status`,
        payload: { version: current.version, status: 'held', reason: '开庭' },
      })
    ).json();
    expect(held.assessment).toMatchObject({ counts: true, headAppeared: false, absence: 'unapproved' });
    expect(codes(held)).toContain('ABSENCE_APPROVED_LATE');
  });

  it('lets an absence approved before the hearing stand (the domain’s judgement)', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const h = (
      await clerk.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/hearings`, payload: { scheduledAt: PAST } })
    ).json();
    const filed = (
      await clerk.inject({
        method: 'POST',
        url: `/api/v1/hearings/${h.id}/absences`,
        payload: { headId: principalHead, reasonCode: 'accident', deputyName: '吴副' },
      })
    ).json();
    const absence = filed.absences[0];
    const coordinator = testPrincipal('county_coordinator', {
      regionCode: org.countyCode,
      regionPath: `/${TEST_CITY}/${org.countyCode}/`,
    });
    const dayBefore = new Date(new Date(PAST).getTime() - 86_400_000);
    await decideAbsence(
      database.db,
      testContext(coordinator),
      absence.id,
      { version: absence.version, decision: 'approved' },
      dayBefore,
    );
    const held = (
      await clerk.inject({
        method: 'POST',
        url: `/api/v1/hearings/${h.id}/status`,
        payload: { version: filed.version, status: 'held', reason: '开庭' },
      })
    ).json();
    expect(held.assessment).toMatchObject({ counts: true, headAppeared: false, absence: 'approved' });
    expect(codes(held)).toContain('ABSENCE_APPROVED');
  });

  it('lets the court liaison of the case’s court rate a head who appeared; at its version; others 403 or 404; audited', async () => {
    const clerk = await as('clerk', 'agency_clerk');
    const court = await as('court', 'court_liaison');
    const h = await heldHearing();
    await put(clerk, h, [
      { role: 'head', headId: principalHead, appeared: true, identityProofFiled: true },
      { role: 'head', headId: deputyHead, designated: true },
    ]);
    const rate = (s: TestSession, headId: string, body: Record<string, unknown>, id = h.id) =>
      s.inject({ method: 'PUT', url: `/api/v1/hearings/${id}/evaluations/${headId}`, payload: body });
    const scores = { prepared: 5, spokeOnMerits: 4, respectedCourt: 5, comment: '准备充分' };
    const bad = await rate(court, principalHead, { ...scores, prepared: 6 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('庭前准备应为1到5的整数');
    const absent = await rate(court, deputyHead, scores);
    expect(absent.statusCode).toBe(400);
    expect(absent.json().details[0].field).toBe('headId');
    expect((await rate(clerk, principalHead, scores)).statusCode).toBe(403);
    expect((await rate(await as('county', 'county_coordinator'), principalHead, scores)).statusCode).toBe(403);
    const otherCourt = await as('otherCourt', 'court_liaison', { agencyId: foreignCourtId });
    expect((await rate(otherCourt, principalHead, scores)).statusCode).toBe(404);

    const first = await rate(court, principalHead, scores);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().evaluations).toEqual([
      expect.objectContaining({ headId: principalHead, prepared: 5, spokeOnMerits: 4, respectedCourt: 5, version: 1 }),
    ]);
    expect((await rate(court, principalHead, { ...scores, prepared: 3 })).statusCode).toBe(409);
    const second = await rate(court, principalHead, { ...scores, prepared: 3, version: 1 });
    expect(second.statusCode).toBe(200);
    expect(second.json().evaluations[0]).toMatchObject({ prepared: 3, version: 2 });
    const seen = await (await as('head', 'agency_head')).inject({ method: 'GET', url: `/api/v1/hearings/${h.id}` });
    expect(seen.json().evaluations[0]).toMatchObject({ prepared: 3, comment: '准备充分' });
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityType, 'hearing_evaluation'))
      .orderBy(auditLog.id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    const scheduled = (
      await clerk.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/hearings`, payload: { scheduledAt: PAST } })
    ).json();
    expect((await rate(court, principalHead, scores, scheduled.id)).statusCode).toBe(400);
  });
});
