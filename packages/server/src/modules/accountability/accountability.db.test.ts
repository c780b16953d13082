/**
 * 败诉评价与移送 on a real database (docs/rules/accountability.md): a loss recorded on the case form opens its
 * evaluation in the same transaction; the court liaison's initial evaluation, the coordinator's experts, two blind
 * reviews (no other expert's review on the detail, the list or the audit view before one's own is in and every
 * expert has submitted), the conclusion closing the loss-analysis deadline, the referral as the case's discipline
 * assignment closing the referral deadline (quarter boundary, Spring Festival), the liaison's outcome with 一案四查;
 * 自我纠错 sent by hand and counted; the backfill; 403 / 404 / 409 / 400 / 422.
 */
import { and, eq } from 'drizzle-orm';
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
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { caseAssignments, caseDeadlines } from '../cases/schema.js';
import { lossEvaluations } from './schema.js';
import { openMissingEvaluations } from './service.js';

const OPINION_A = '专家甲：被告未履行告知义务，程序违法，存在主观过错。';
const OPINION_B = '专家乙：证据收集不全，属工作疏忽。';

describe(`accountability on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  const s = new Map<string, TestSession>();
  const ids = new Map<string, string>();

  async function as(name: string, role: Role, extra: { agencyId?: string | null; regionCode?: string } = {}) {
    const user = await createTestUser(database.db, { role, ...extra });
    ids.set(name, user.id);
    s.set(name, await sessionAs(app, database.db, user));
  }
  const who = (name: string) => s.get(name)!;

  async function lostCase(n: number, outcome: string, outcomeDate: string): Promise<string> {
    const res = await who('clerk').inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        kind: 'litigation',
        instance: 'first',
        caseNumber: `（2024）苏9999行初${n}号`,
        filedDate: '2024-03-01',
        courtAgencyId: org.courtId,
        outcome,
        outcomeDate,
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '李某' },
          { side: 'defendant', partyType: 'agency', name: '测试局', agencyId: org.agencyId, defendantRole: 'first' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  }
  const deadline = async (caseId: string, ruleId: string) =>
    (
      await database.db
        .select()
        .from(caseDeadlines)
        .where(and(eq(caseDeadlines.caseId, caseId), eq(caseDeadlines.ruleId, ruleId)))
    )[0];
  const list = async (name: string) => {
    const res = await who(name).inject({ method: 'GET', url: '/api/v1/evaluations?pageSize=200' });
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };
  const detail = (name: string, id: string) => who(name).inject({ method: 'GET', url: `/api/v1/evaluations/${id}` });

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp(database);
    org = await ensureTestOrg(database.db);
    const other = await addTestCounty(database.db, '999902', '测试二区');
    const otherCourt = await other('测试二区人民法院', 'court');
    await as('city', 'city_coordinator');
    await as('county', 'county_coordinator');
    await as('clerk', 'agency_clerk');
    await as('court', 'court_liaison');
    await as('otherCourt', 'court_liaison', { agencyId: otherCourt });
    await as('expertA', 'expert');
    await as('expertB', 'expert');
    await as('expertC', 'expert');
    await as('discipline', 'discipline_liaison');
    await as('discipline2', 'discipline_liaison');
    await as('admin', 'admin');
    await as('leader', 'leader');
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  let caseId = '';
  let evalId = '';

  it('a loss recorded on the case form opens its evaluation in the same transaction, audited', async () => {
    caseId = await lostCase(1, 'REVOKED', '2024-12-20');
    const [row] = await database.db.select().from(lossEvaluations).where(eq(lossEvaluations.caseId, caseId));
    expect(row).toMatchObject({ state: 'opened', trigger: 'loss', effectiveOn: '2024-12-20', version: 1 });
    evalId = row!.id;
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, evalId));
    expect(audit.map((a) => a.action)).toEqual(['create']);
    // A won case opens none.
    const won = await lostCase(2, 'CLAIMS_REJECTED', '2024-12-20');
    expect(await database.db.select().from(lossEvaluations).where(eq(lossEvaluations.caseId, won))).toHaveLength(0);
  });

  it('reads follow scope: coordinators and the court liaison of the case see it, others not; roles without the permission 403', async () => {
    expect((await list('city')).json().items.map((i: { id: string }) => i.id)).toContain(evalId);
    expect((await list('county')).json().items.map((i: { id: string }) => i.id)).toContain(evalId);
    expect((await list('court')).json().items.map((i: { id: string }) => i.id)).toContain(evalId);
    expect((await list('otherCourt')).json().items).toEqual([]);
    expect((await list('expertA')).json().items).toEqual([]);
    expect((await list('discipline')).json().items).toEqual([]);
    expect((await detail('otherCourt', evalId)).statusCode).toBe(404);
    expect((await detail('expertA', evalId)).statusCode).toBe(404);
    for (const name of ['clerk', 'leader', 'admin'])
      expect((await who(name).inject({ method: 'GET', url: '/api/v1/evaluations' })).statusCode, name).toBe(403);
  });

  it('the court liaison records the initial evaluation; other roles 403, unknown reasons 400, stale version 409', async () => {
    const body = {
      reasons: ['procedure_violated', 'insufficient_evidence'],
      faultAppears: true,
      opinion: '初评',
      version: 1,
    };
    for (const name of ['city', 'expertA', 'discipline', 'clerk']) {
      const r = await who(name).inject({ method: 'PUT', url: `/api/v1/evaluations/${evalId}/initial`, payload: body });
      expect(r.statusCode, name).toBe(403);
    }
    const bad = await who('court').inject({
      method: 'PUT',
      url: `/api/v1/evaluations/${evalId}/initial`,
      payload: { ...body, reasons: ['nonsense'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('nonsense');
    const other = await who('otherCourt').inject({
      method: 'PUT',
      url: `/api/v1/evaluations/${evalId}/initial`,
      payload: body,
    });
    expect(other.statusCode).toBe(404);
    const ok = await who('court').inject({
      method: 'PUT',
      url: `/api/v1/evaluations/${evalId}/initial`,
      payload: body,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'initial_evaluated', version: 2, initial: { faultAppears: true } });
    const stale = await who('court').inject({
      method: 'PUT',
      url: `/api/v1/evaluations/${evalId}/initial`,
      payload: body,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('the coordinator assigns experts (the case assignment follows); conclusion before the reviews is refused', async () => {
    const notExpert = await who('city').inject({
      method: 'POST',
      url: `/api/v1/evaluations/${evalId}/experts`,
      payload: { expertIds: [ids.get('discipline')], version: 2 },
    });
    expect(notExpert.statusCode).toBe(400);
    const r = await who('city').inject({
      method: 'POST',
      url: `/api/v1/evaluations/${evalId}/experts`,
      payload: { expertIds: [ids.get('expertA'), ids.get('expertB')], version: 2 },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ state: 'in_review', reviewsAssigned: 2, reviewsSubmitted: 0 });
    const assigned = await database.db
      .select()
      .from(caseAssignments)
      .where(and(eq(caseAssignments.caseId, caseId), eq(caseAssignments.purpose, 'expert_review')));
    expect(assigned.map((a) => a.userId).sort()).toEqual([ids.get('expertA'), ids.get('expertB')].sort());
    expect((await list('expertA')).json().items).toHaveLength(1);
    expect((await list('expertC')).json().items).toEqual([]);
    const early = await who('city').inject({
      method: 'POST',
      url: `/api/v1/evaluations/${evalId}/conclusion`,
      payload: { conclusion: 'fault', version: 3 },
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().message).toContain('未提交复评');
  });

  it('reviews are blind on every read path: detail, list, audit view', async () => {
    const review = (name: string, opinion: string, version: number) =>
      who(name).inject({
        method: 'POST',
        url: `/api/v1/evaluations/${evalId}/reviews`,
        payload: { faultFound: true, recommendReferral: true, opinion, version },
      });
    expect((await review('expertC', '未指派', 3)).statusCode).toBe(404);
    expect((await review('court', '法院', 3)).statusCode).toBe(403);
    const a = await review('expertA', OPINION_A, 3);
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json().reviews.map((r: { opinion: string }) => r.opinion)).toEqual([OPINION_A]);
    expect((await review('expertA', OPINION_A, 4)).statusCode).toBe(422); // once only

    // Expert B, not yet submitted: A's review is on no path.
    const b = await detail('expertB', evalId);
    expect(b.statusCode).toBe(200);
    expect(b.json()).toMatchObject({ reviews: [], reviewsSubmitted: 1, reviewsHidden: 1, myReviewSubmitted: false });
    expect(b.body).not.toContain(OPINION_A);
    expect((await list('expertB')).body).not.toContain(OPINION_A);
    // The court liaison sees no review before the conclusion; the coordinator sees it.
    expect((await detail('court', evalId)).body).not.toContain(OPINION_A);
    expect((await detail('city', evalId)).body).toContain(OPINION_A);
    // The audit rows of a review name who submitted, never what: no reader of the log gets the content.
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.entityId, evalId));
    expect(JSON.stringify(rows)).not.toContain(OPINION_A);
    const auditView = await who('admin').inject({ method: 'GET', url: `/api/v1/audit?entityId=${evalId}` });
    expect(auditView.statusCode, auditView.body).toBe(200);
    expect(auditView.json().items.length).toBeGreaterThan(0);
    expect(auditView.body).not.toContain(OPINION_A);

    // B submits: now each expert sees both.
    const bDone = await review('expertB', OPINION_B, 4);
    expect(bDone.statusCode, bDone.body).toBe(200);
    expect(bDone.json().reviews).toHaveLength(2);
    expect((await detail('expertA', evalId)).json().reviews).toHaveLength(2);
    expect((await detail('court', evalId)).json().reviews).toEqual([]); // still before the conclusion
  });

  it('the conclusion closes the loss-analysis deadline; the court liaison then sees the reviews', async () => {
    expect((await deadline(caseId, 'loss.analysis-report'))!.status).toBe('open');
    const r = await who('city').inject({
      method: 'POST',
      url: `/api/v1/evaluations/${evalId}/conclusion`,
      payload: { conclusion: 'fault', note: '存在主观过错，建议移送', version: 5 },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ state: 'concluded', conclusion: { conclusion: 'fault' }, actions: ['refer'] });
    // Concluded in 2026 on a 2024 loss: done, but late.
    expect((await deadline(caseId, 'loss.analysis-report'))!.status).toBe('missed');
    expect((await detail('court', evalId)).json().reviews).toHaveLength(2);
  });

  it('the referral is the case discipline assignment with the package; the liaison records the outcome', async () => {
    const before = await deadline(caseId, 'accountability.referral');
    // 2024 Q4 → 30th day 2025-01-30 in the Spring Festival holiday → 2025-02-05.
    expect(before!.dueDate).toBe('2025-02-05');
    const payload = { evaluationId: evalId, disciplineUserId: ids.get('discipline'), version: 6 };
    expect((await who('court').inject({ method: 'POST', url: '/api/v1/referrals', payload })).statusCode).toBe(403);
    const notLiaison = await who('city').inject({
      method: 'POST',
      url: '/api/v1/referrals',
      payload: { ...payload, disciplineUserId: ids.get('expertA') },
    });
    expect(notLiaison.statusCode).toBe(400);
    const r = await who('city').inject({ method: 'POST', url: '/api/v1/referrals', payload });
    expect(r.statusCode, r.body).toBe(201);
    const ref = r.json();
    expect(ref).toMatchObject({
      batch: '2024-Q4',
      dueDate: '2025-02-05',
      onTime: false,
      outcomeCode: null,
      version: 1,
    });
    const assignment = await database.db
      .select()
      .from(caseAssignments)
      .where(and(eq(caseAssignments.caseId, caseId), eq(caseAssignments.purpose, 'discipline')));
    expect(assignment.map((a) => a.userId)).toEqual([ids.get('discipline')]);
    expect((await deadline(caseId, 'accountability.referral'))!.status).not.toBe('open');

    // The liaison sees it (list, detail with package); another liaison does not.
    const mine = await who('discipline').inject({ method: 'GET', url: '/api/v1/referrals' });
    expect(mine.json().items.map((i: { id: string }) => i.id)).toEqual([ref.id]);
    const d = await detail('discipline', evalId);
    expect(d.statusCode).toBe(200);
    expect(d.json().reviews).toHaveLength(2);
    expect(d.json().package.evaluation.reviews).toHaveLength(2);
    expect(d.json().package.judgment).toMatchObject({ outcome: 'REVOKED', outcomeDate: '2024-12-20' });
    expect((await who('discipline2').inject({ method: 'GET', url: '/api/v1/referrals' })).json().items).toEqual([]);
    expect((await detail('discipline2', evalId)).statusCode).toBe(404);

    const outcome = {
      code: 'admonishment',
      note: '对业务分管负责人诫勉',
      checks: [
        { code: 'losing_unit', responsible: true },
        { code: 'business_deputy', responsible: true, note: '未履行审核职责' },
      ],
      version: 1,
    };
    const url = `/api/v1/referrals/${ref.id}/outcome`;
    expect((await who('city').inject({ method: 'POST', url, payload: outcome })).statusCode).toBe(403);
    expect((await who('discipline2').inject({ method: 'POST', url, payload: outcome })).statusCode).toBe(404);
    const badCode = await who('discipline').inject({ method: 'POST', url, payload: { ...outcome, code: 'nonsense' } });
    expect(badCode.statusCode).toBe(400);
    const badCheck = await who('discipline').inject({
      method: 'POST',
      url,
      payload: { ...outcome, checks: [{ code: 'x', responsible: true }] },
    });
    expect(badCheck.statusCode).toBe(400);
    const ok = await who('discipline').inject({ method: 'POST', url, payload: outcome });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ outcomeCode: 'admonishment', version: 2 });
    expect((await who('discipline').inject({ method: 'POST', url, payload: outcome })).statusCode).toBe(409);
    expect((await detail('city', evalId)).json().state).toBe('outcome_recorded');
  });

  it('the referral deadline follows the quarter the loss fell in', async () => {
    const q4 = await lostCase(10, 'REVOKED', '2024-12-31');
    const q1 = await lostCase(11, 'REVOKED', '2025-01-01');
    expect((await deadline(q4, 'accountability.referral'))!.dueDate).toBe('2025-02-05');
    // 2025 Q1 ends 03-31; the 30th day, 04-30, is a working day (劳动节 starts 05-01).
    expect((await deadline(q1, 'accountability.referral'))!.dueDate).toBe('2025-04-30');
  });

  it('自我纠错: a withdrawal after the agency changed its act is sent to evaluation by hand and counted', async () => {
    const withdrawn = await lostCase(20, 'WITHDRAWN_AFTER_CHANGE', '2025-05-10');
    expect(await database.db.select().from(lossEvaluations).where(eq(lossEvaluations.caseId, withdrawn))).toHaveLength(
      0,
    );
    const notSelf = await who('city').inject({ method: 'POST', url: '/api/v1/evaluations', payload: { caseId } });
    expect(notSelf.statusCode).toBe(422);
    expect(
      (await who('court').inject({ method: 'POST', url: '/api/v1/evaluations', payload: { caseId: withdrawn } }))
        .statusCode,
    ).toBe(403);
    const r = await who('county').inject({
      method: 'POST',
      url: '/api/v1/evaluations',
      payload: { caseId: withdrawn },
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ trigger: 'self_correction', state: 'opened' });
    expect(
      (await who('county').inject({ method: 'POST', url: '/api/v1/evaluations', payload: { caseId: withdrawn } }))
        .statusCode,
    ).toBe(409);
    const f = await who('city').inject({ method: 'GET', url: '/api/v1/evaluations/figures' });
    expect(f.statusCode, f.body).toBe(200);
    expect(f.json()).toMatchObject({ openedForSelfCorrection: 1, byConclusion: { fault: 1 } });
  });

  it('the backfill opens the missing evaluations of lost cases, once', async () => {
    const lost = await lostCase(30, 'CONFIRMED_ILLEGAL', '2025-06-01');
    await database.db.delete(lossEvaluations).where(eq(lossEvaluations.caseId, lost));
    const actor = { userId: null, name: '测试', ip: null, requestId: null };
    expect(await database.db.transaction((tx) => openMissingEvaluations(tx, actor))).toBe(1);
    expect(await database.db.transaction((tx) => openMissingEvaluations(tx, actor))).toBe(0);
    expect(await database.db.select().from(lossEvaluations).where(eq(lossEvaluations.caseId, lost))).toHaveLength(1);
  });
});
