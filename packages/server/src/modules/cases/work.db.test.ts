/**
 * Case work beyond the record itself: custom due dates and deadline status, assignments to experts / the discipline
 * commission (and the scope that follows), and the effective result of an appeal (docs/rules/outcomes-and-loss.md#appeals).
 */

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession, type TestUser } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import type { CaseDetail } from './dto.js';
import { litigationInput, type OrgFixture, seedOrgFixture } from './testing.js';

describe(`case work (deadlines, assignments, appeals) on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: OrgFixture;
  let city: TestSession;
  let east: TestSession;
  let west: TestSession;
  let clerk: TestSession;
  let expertUser: TestUser;
  let expert: TestSession;
  let otherExpert: TestSession;
  let disciplineUser: TestUser;
  let discipline: TestSession;

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    app = await buildTestApp(database);
    const user = (
      role: Parameters<typeof createTestUser>[1]['role'],
      opts: { regionCode?: string; agencyId?: string } = {},
    ) => createTestUser(database.db, { role, ...opts });
    const as = (u: TestUser) => sessionAs(app, database.db, u);
    city = await as(await user('city_coordinator', { regionCode: '329900' }));
    east = await as(await user('county_coordinator', { regionCode: '329902' }));
    west = await as(await user('county_coordinator', { regionCode: '329903' }));
    clerk = await as(await user('agency_clerk', { agencyId: org.agency('county-0-dept-0') }));
    expertUser = await createTestUser(database.db, { role: 'expert', regionCode: '329900', displayName: '李某华' });
    expert = await as(expertUser);
    otherExpert = await as(await user('expert', { regionCode: '329900' }));
    disciplineUser = await createTestUser(database.db, { role: 'discipline_liaison', regionCode: '329900' });
    discipline = await as(disciplineUser);
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const create = async (caseNumber: string, extra: Record<string, unknown> = {}, agency = 'county-0-dept-0') => {
    const res = await city.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { ...litigationInput(org.agency(agency), { caseNumber }), ...extra },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<CaseDetail>();
  };
  const get = async (s: TestSession, id: string) => s.inject({ method: 'GET', url: `/api/v1/cases/${id}` });
  const patch = async (s: TestSession, id: string, payload: unknown) =>
    s.inject({ method: 'PATCH', url: `/api/v1/cases/${id}`, payload });
  const auditOf = (caseId: string) =>
    database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, caseId)));

  describe('custom due dates and deadline status', () => {
    it('sets a custom due date only with a reason; shows it beside the statutory date; audited and on the timeline', async () => {
      const c = await create('（2025）苏9902行初801号', {
        complaintReceivedDate: '2025-03-03',
        filedDate: '2025-03-01',
      });
      const defence = c.deadlines.find((d) => d.ruleId === 'litigation.defense')!;
      expect(defence.dueDate).toBe('2025-03-18');
      const url = `/api/v1/cases/${c.id}/deadlines/${defence.id}`;

      const noReason = await east.inject({ method: 'PATCH', url, payload: { customDueDate: '2025-03-25' } });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().message).toContain('原因');

      const outside = await west.inject({
        method: 'PATCH',
        url,
        payload: { customDueDate: '2025-03-25', customReason: '法院准许延期' },
      });
      expect(outside.statusCode).toBe(404);

      const stale = await east.inject({
        method: 'PATCH',
        url,
        payload: { customDueDate: '2025-03-25', customReason: '法院准许延期', version: c.version + 5 },
      });
      expect(stale.statusCode).toBe(409);

      const ok = await east.inject({
        method: 'PATCH',
        url,
        payload: { customDueDate: '2025-03-25', customReason: '法院准许延期', version: c.version },
      });
      expect(ok.statusCode, ok.body).toBe(200);
      const d = ok.json<CaseDetail>().deadlines.find((x) => x.id === defence.id)!;
      expect(d).toMatchObject({
        dueDate: '2025-03-18',
        customDueDate: '2025-03-25',
        customReason: '法院准许延期',
        effectiveDueDate: '2025-03-25',
      });
      expect(ok.json<CaseDetail>().version).toBe(c.version + 1);
      expect(ok.json<CaseDetail>().timeline.map((e) => e.title)).toContain(
        '调整期限：提交答辩状、证据和规范性文件，2025-03-18 → 2025-03-25（法院准许延期）',
      );
      const audit = await auditOf(c.id);
      expect(audit.at(-1)).toMatchObject({
        action: 'update',
        before: { deadline: expect.objectContaining({ customDueDate: null }) },
        after: { deadline: expect.objectContaining({ customDueDate: '2025-03-25', customReason: '法院准许延期' }) },
      });

      // A later edit of the case keeps the custom date; clearing it returns to the statutory date.
      const edited = await patch(east, c.id, { version: c.version + 1, notes: '备注' });
      expect(edited.json<CaseDetail>().deadlines.find((x) => x.id === defence.id)?.customDueDate).toBe('2025-03-25');
      const cleared = await east.inject({ method: 'PATCH', url, payload: { customDueDate: null } });
      expect(cleared.json<CaseDetail>().deadlines.find((x) => x.id === defence.id)).toMatchObject({
        customDueDate: null,
        customReason: null,
        effectiveDueDate: '2025-03-18',
      });
    });

    it('marks a deadline done; the mark survives a later edit; it can be reopened', async () => {
      const c = await create('（2025）苏9902行初802号', {
        complaintReceivedDate: '2025-04-01',
        filedDate: '2025-04-01',
      });
      const first = c.deadlines.find((d) => d.ruleId === 'litigation.first-instance')!;
      const url = `/api/v1/cases/${c.id}/deadlines/${first.id}`;
      const done = await clerk.inject({ method: 'PATCH', url, payload: { status: 'met' } });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json<CaseDetail>().deadlines.find((x) => x.id === first.id)?.status).toBe('met');
      expect(done.json<CaseDetail>().timeline.map((e) => e.title)).toContain('期限已完成：一审审理期限');
      const edited = await patch(clerk, c.id, { version: done.json<CaseDetail>().version, notes: '再次修改' });
      expect(edited.json<CaseDetail>().deadlines.find((x) => x.id === first.id)?.status).toBe('met');
      const reopened = await clerk.inject({ method: 'PATCH', url, payload: { status: 'open' } });
      expect(reopened.json<CaseDetail>().deadlines.find((x) => x.id === first.id)?.status).toBe('open');
      const empty = await clerk.inject({ method: 'PATCH', url, payload: {} });
      expect(empty.statusCode).toBe(400);
      const unknown = await clerk.inject({
        method: 'PATCH',
        url: `/api/v1/cases/${c.id}/deadlines/00000000-0000-4000-8000-000000000000`,
        payload: { status: 'met' },
      });
      expect(unknown.statusCode).toBe(404);
    });
  });

  describe('assignments', () => {
    it('lists assignable experts and discipline liaisons with minimal fields', async () => {
      const res = await east.inject({ method: 'GET', url: '/api/v1/users/assignable?purpose=expert_review' });
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json().items as Record<string, unknown>[];
      expect(items.map((i) => i.id)).toContain(expertUser.id);
      expect(items.map((i) => i.id)).not.toContain(disciplineUser.id);
      expect(Object.keys(items[0]!).sort()).toEqual(['displayName', 'id', 'regionName']);
      const d = await east.inject({ method: 'GET', url: '/api/v1/users/assignable?purpose=discipline' });
      expect(d.json().items.map((i: { id: string }) => i.id)).toEqual([disciplineUser.id]);
      expect(
        (await clerk.inject({ method: 'GET', url: '/api/v1/users/assignable?purpose=discipline' })).statusCode,
      ).toBe(403);
    });

    it('an expert sees only the cases assigned to them, in list and detail, before and after assignment', async () => {
      const c = await create('（2025）苏9902行初803号', { outcome: 'REVOKED', outcomeDate: '2025-05-06' });
      const other = await create('（2025）苏9902行初804号');
      const listIds = async (s: TestSession) =>
        ((await s.inject({ method: 'GET', url: '/api/v1/cases' })).json().items as { id: string }[]).map((i) => i.id);

      expect(await listIds(expert)).toEqual([]);
      expect((await get(expert, c.id)).statusCode).toBe(404);

      const wrongRole = await east.inject({
        method: 'POST',
        url: `/api/v1/cases/${c.id}/assignments`,
        payload: { userId: expertUser.id, purpose: 'discipline' },
      });
      expect(wrongRole.statusCode).toBe(400);
      expect(wrongRole.json().message).toContain('纪委监委联络员');
      const outside = await west.inject({
        method: 'POST',
        url: `/api/v1/cases/${c.id}/assignments`,
        payload: { userId: expertUser.id, purpose: 'expert_review' },
      });
      expect(outside.statusCode).toBe(404);

      const assigned = await east.inject({
        method: 'POST',
        url: `/api/v1/cases/${c.id}/assignments`,
        payload: { userId: expertUser.id, purpose: 'expert_review' },
      });
      expect(assigned.statusCode, assigned.body).toBe(200);
      const assignment = assigned.json<CaseDetail>().assignments![0]!;
      expect(assignment).toMatchObject({ userId: expertUser.id, displayName: '李某华', purpose: 'expert_review' });
      expect(assigned.json<CaseDetail>().timeline.map((e) => e.title)).toContain('分配专家评查：李某华');
      const again = await east.inject({
        method: 'POST',
        url: `/api/v1/cases/${c.id}/assignments`,
        payload: { userId: expertUser.id, purpose: 'expert_review' },
      });
      expect(again.statusCode).toBe(409);

      expect(await listIds(expert)).toEqual([c.id]);
      expect((await get(expert, c.id)).statusCode).toBe(200);
      expect((await get(expert, c.id)).json().assignments).toBeUndefined();
      expect((await get(expert, other.id)).statusCode).toBe(404);
      expect(await listIds(otherExpert)).toEqual([]);
      expect(await listIds(discipline)).toEqual([]);

      const referred = await city.inject({
        method: 'POST',
        url: `/api/v1/cases/${c.id}/assignments`,
        payload: { userId: disciplineUser.id, purpose: 'discipline' },
      });
      expect(referred.statusCode).toBe(200);
      expect(await listIds(discipline)).toEqual([c.id]);

      const removed = await east.inject({
        method: 'DELETE',
        url: `/api/v1/cases/${c.id}/assignments/${assignment.id}`,
      });
      expect(removed.statusCode, removed.body).toBe(200);
      expect(removed.json<CaseDetail>().assignments!.map((a) => a.purpose)).toEqual(['discipline']);
      expect(await listIds(expert)).toEqual([]);
      expect((await get(expert, c.id)).statusCode).toBe(404);

      const audit = await auditOf(c.id);
      expect(audit.filter((a) => JSON.stringify(a.after ?? a.before).includes('assignment'))).toHaveLength(3);
    });
  });

  describe('appeal follows the effective result (docs/rules/outcomes-and-loss.md#appeals)', () => {
    const appealOf = async (n: number, outcome: Record<string, unknown>) =>
      create(
        `（2025）苏99行终${n}号`,
        { filedDate: '2025-06-01', complaintReceivedDate: null, outcomeDate: '2025-08-01', ...outcome },
        'county-1-dept-0',
      );
    const link = (appealId: string, firstId: string) =>
      city.inject({
        method: 'POST',
        url: `/api/v1/cases/${appealId}/links`,
        payload: { toCaseId: firstId, linkType: 'appeal_of' },
      });

    it('驳回上诉维持 takes the first instance’s result, when linked later and when the first instance changes', async () => {
      const first = await create(
        '（2025）苏9903行初811号',
        { outcome: 'REVOKED', outcomeDate: '2025-05-01' },
        'county-1-dept-0',
      );
      expect(first.governmentLost).toBe(true);
      const appeal = await appealOf(811, { outcome: 'APPEAL_DISMISSED' });
      expect(appeal.governmentLost).toBeNull();

      const linked = await link(appeal.id, first.id);
      expect(linked.statusCode, linked.body).toBe(200);
      expect(linked.json<CaseDetail>().governmentLost).toBe(true);
      expect(linked.json<CaseDetail>().deadlines.map((d) => d.ruleId)).toContain('loss.analysis-report');

      // The first instance is corrected to a win: the dismissed appeal follows.
      const current = (await get(city, first.id)).json<CaseDetail>();
      const corrected = await patch(city, first.id, { version: current.version, outcome: 'CLAIMS_REJECTED' });
      expect(corrected.json<CaseDetail>().governmentLost).toBe(false);
      const appealNow = (await get(city, appeal.id)).json<CaseDetail>();
      expect(appealNow.governmentLost).toBe(false);
      expect(appealNow.deadlines.map((d) => d.ruleId)).not.toContain('loss.analysis-report');

      // Re-saving the appeal itself keeps the effective result.
      const resaved = await patch(city, appeal.id, { version: appealNow.version, notes: '二审维持' });
      expect(resaved.json<CaseDetail>().governmentLost).toBe(false);
    });

    it('a reversal deciding the act keeps its own result; a remand stays undecided', async () => {
      const first = await create(
        '（2025）苏9903行初812号',
        { outcome: 'CLAIMS_REJECTED', outcomeDate: '2025-05-01' },
        'county-1-dept-0',
      );
      const reversed = await appealOf(812, {
        outcome: null,
        outcomeText:
          '判决如下：一、撤销某区人民法院（2025）苏9903行初812号行政判决；二、撤销被告某区自然资源局作出的行政处罚决定。',
      });
      expect(reversed.governmentLost).toBe(true);
      expect((await link(reversed.id, first.id)).json<CaseDetail>().governmentLost).toBe(true);

      const lostFirst = await create(
        '（2025）苏9903行初813号',
        { outcome: 'REVOKED', outcomeDate: '2025-05-01' },
        'county-1-dept-0',
      );
      const remanded = await appealOf(813, { outcome: 'REMANDED' });
      expect((await link(remanded.id, lostFirst.id)).json<CaseDetail>().governmentLost).toBeNull();
    });
  });
});
