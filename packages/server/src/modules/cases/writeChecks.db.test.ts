/**
 * Writes that cannot be right (issue 10 §4, §5): a write that would take a case out of the writer's region, a case
 * without a defendant, a criminal or civil 案号 on a lawsuit, dates from the future or out of order, a day that does
 * not exist — each refused with a message naming the field by its Chinese label.
 */
import { todayInChina } from '@shuangjiang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import type { CaseDetail } from './dto.js';
import { litigationInput, type OrgFixture, seedOrgFixture } from './testing.js';

describe(`case write checks on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: OrgFixture;
  let city: TestSession;
  let east: TestSession;
  let clerk: TestSession;
  let seq = 500;
  const nextNumber = () => `（2025）苏9902行初${seq++}号`;

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
    clerk = await as('agency_clerk', { agencyId: org.agency('county-0-dept-0') });
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const post = (s: TestSession, payload: unknown) => s.inject({ method: 'POST', url: '/api/v1/cases', payload });
  const patch = (s: TestSession, id: string, payload: unknown) =>
    s.inject({ method: 'PATCH', url: `/api/v1/cases/${id}`, payload });
  const clerkCase = async () => {
    const res = await post(clerk, litigationInput(org.agency('county-0-dept-0'), { caseNumber: nextNumber() }));
    expect(res.statusCode, res.body).toBe(201);
    return res.json<CaseDetail>();
  };

  describe('scope on writes', () => {
    it("a clerk's case counts for the agency's county: another district's region is refused", async () => {
      const res = await post(
        clerk,
        litigationInput(org.agency('county-0-dept-0'), { caseNumber: nextNumber(), regionCode: '329903' }),
      );
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().message).toContain('城西区');
      // Without a region the case takes its first defendant's county, which its county coordinator sees.
      const c = await clerkCase();
      expect(c.regionCode).toBe('329902');
      expect((await east.inject({ method: 'GET', url: `/api/v1/cases/${c.id}` })).statusCode).toBe(200);
    });

    it('a clerk cannot move their case into another district, by region or by first defendant', async () => {
      const c = await clerkCase();
      const moved = await patch(clerk, c.id, { version: c.version, regionCode: '329903' });
      expect(moved.statusCode, moved.body).toBe(403);
      const west = org.agency('county-1-dept-0');
      const byDefendant = await patch(clerk, c.id, {
        version: c.version,
        parties: [
          { side: 'plaintiff', partyType: 'person', name: '王某明' },
          { side: 'defendant', partyType: 'agency', name: '城西', agencyId: west, defendantRole: 'first' },
          { side: 'defendant', partyType: 'agency', name: '本局', agencyId: org.agency('county-0-dept-0') },
        ],
      });
      expect(byDefendant.statusCode, byDefendant.body).toBe(403);
      const after = await east.inject({ method: 'GET', url: `/api/v1/cases/${c.id}` });
      expect(after.statusCode).toBe(200);
      expect(after.json()).toMatchObject({ regionCode: '329902', version: c.version });
      // An edit that keeps the region passes.
      const ok = await patch(clerk, c.id, { version: c.version, notes: '补充说明' });
      expect(ok.statusCode, ok.body).toBe(200);
    });

    it('a county coordinator cannot file or move a case into another county; the city coordinator can', async () => {
      const other = litigationInput(org.agency('county-1-dept-0'), { caseNumber: nextNumber() });
      expect((await post(east, other)).statusCode).toBe(403);
      const byCity = await post(city, other);
      expect(byCity.statusCode, byCity.body).toBe(201);
      expect(byCity.json().regionCode).toBe('329903');
    });
  });

  describe('input that cannot be right', () => {
    it('a case without a defendant is a validation error (400), not out of scope', async () => {
      for (const s of [clerk, east, city]) {
        const res = await post(s, {
          kind: 'litigation',
          caseNumber: nextNumber(),
          regionCode: '329902',
          parties: [{ side: 'plaintiff', partyType: 'person', name: '王某明' }],
        });
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('被告') });
        expect(res.json().details).toEqual([expect.objectContaining({ field: 'parties' })]);
      }
      const c = await clerkCase();
      const removed = await patch(clerk, c.id, {
        version: c.version,
        parties: [{ side: 'plaintiff', partyType: 'person', name: '王某明' }],
      });
      expect(removed.statusCode, removed.body).toBe(400);
    });

    it('a criminal or civil 案号 is refused for a lawsuit, naming the type found, even as 待核实', async () => {
      for (const [number, type] of [
        ['（2025）苏9902刑初12号', '刑事一审'],
        ['（2025）苏9902民初12号', '民事一审'],
      ]) {
        for (const acceptUnverified of [false, true]) {
          const res = await post(
            clerk,
            litigationInput(org.agency('county-0-dept-0'), { caseNumber: number, acceptUnverified }),
          );
          expect(res.statusCode, res.body).toBe(400);
          expect(res.json().code).toBe('CASE_NUMBER_INVALID');
          expect(res.json().message).toContain(type);
        }
      }
      // The same text is the body's own number on a 复议 case: stored as typed.
      const reconsideration = await post(
        city,
        litigationInput(org.agency('county-0-dept-0'), { kind: 'reconsideration', caseNumber: '示刑初12号' }),
      );
      expect(reconsideration.statusCode, reconsideration.body).toBe(201);
    });

    it('refuses a filing date after today, and a complaint copy or a conclusion before the filing', async () => {
      const defendant = org.agency('county-0-dept-0');
      const future = await post(
        clerk,
        litigationInput(defendant, { caseNumber: nextNumber(), filedDate: '2099-01-05' }),
      );
      expect(future.statusCode).toBe(400);
      expect(future.json().message).toContain('立案日期不能晚于今天');
      expect(future.json().message).toContain(todayInChina());

      const early = await post(
        clerk,
        litigationInput(defendant, {
          caseNumber: nextNumber(),
          filedDate: '2025-03-10',
          complaintReceivedDate: '2025-03-01',
          outcomeDate: '2025-02-01',
        }),
      );
      expect(early.statusCode).toBe(400);
      expect(early.json().message).toContain('收到起诉状副本日期（2025-03-01）不能早于立案日期（2025-03-10）');
      expect(early.json().message).toContain('结案日期（2025-02-01）不能早于立案日期');
      expect(early.json().details.map((d: { field: string }) => d.field)).toEqual([
        'complaintReceivedDate',
        'outcomeDate',
      ]);

      // On an update, the patched date is compared with the stored one.
      const c = await clerkCase();
      const res = await patch(clerk, c.id, { version: c.version, outcomeDate: '2024-01-01' });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toBe(`结案日期（2024-01-01）不能早于立案日期（${c.filedDate}）`);
    });

    it('2025-02-30 is a day that does not exist, said by label, with no code-side name in the message', async () => {
      const res = await post(
        clerk,
        litigationInput(org.agency('county-0-dept-0'), { caseNumber: nextNumber(), filedDate: '2025-02-30' }),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toBe('输入有误：立案日期不存在：没有2025-02-30这一天');
      expect(res.json().message).not.toContain('filedDate');
      const int = await post(clerk, { ...litigationInput(org.agency('county-0-dept-0')), plaintiffCount: 1.5 });
      expect(int.json().message).toBe('输入有误：原告人数应为整数');
    });
  });
});
