/**
 * The case list and who sees what (split from cases.db.test.ts): scope per role in list, count and detail; keyset and
 * offset pages, filters, free text, the count cap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/principal.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { AppError } from '../../platform/errors.js';
import type { ListQuery } from './dto.js';
import { caseAssignments } from './schema.js';
import { createCase, getCaseDetail, listCasesFor, updateCase } from './service.js';
import { litigationInput, type OrgFixture, seedOrgFixture, testContext, testPrincipal } from './testing.js';

const listQuery = (q: Partial<ListQuery> = {}): ListQuery => ({ sort: 'filedDate', order: 'desc', pageSize: 50, ...q });

async function expectAppError(p: Promise<unknown>, code: string): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(code);
    return err as AppError;
  }
  throw new Error(`expected ${code}`);
}

describe(`case list and scope on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let org: OrgFixture;
  let city: Principal;
  let eastCoord: Principal;
  let westCoord: Principal;
  const db = () => database.db;

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    city = testPrincipal('city_coordinator', { regionCode: '329900', regionPath: '/329900/' });
    eastCoord = testPrincipal('county_coordinator', { regionCode: '329902', regionPath: '/329900/329902/' });
    westCoord = testPrincipal('county_coordinator', { regionCode: '329903', regionPath: '/329900/329903/' });
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  describe('scope', () => {
    let east: string;
    let west: string;
    let cityCase: string;
    beforeAll(async () => {
      east = (
        await createCase(
          db(),
          testContext(city),
          litigationInput(org.agency('county-0-dept-0'), { caseNumber: '（2025）苏9902行初301号' }),
        )
      ).id;
      west = (
        await createCase(
          db(),
          testContext(city),
          litigationInput(org.agency('county-1-dept-3'), { caseNumber: '（2025）苏9903行初301号' }),
        )
      ).id;
      cityCase = (
        await createCase(
          db(),
          testContext(city),
          litigationInput(org.agency('city-dept-0'), { caseNumber: '（2025）苏99行初301号' }),
        )
      ).id;
    });

    it('a county coordinator sees only their county in list, count and detail', async () => {
      const all = await listCasesFor(db(), city, listQuery({ pageSize: 200 }));
      const mine = await listCasesFor(db(), eastCoord, listQuery({ pageSize: 200 }));
      expect(all.items.map((i) => i.id)).toEqual(expect.arrayContaining([east, west, cityCase]));
      expect(mine.items.every((i) => i.regionCode.startsWith('329902'))).toBe(true);
      expect(mine.items.map((i) => i.id)).toContain(east);
      expect(mine.items.map((i) => i.id)).not.toContain(west);
      expect(mine.items.map((i) => i.id)).not.toContain(cityCase);
      expect(mine.total).toBe(mine.items.length);
      expect(mine.total).toBeLessThan(all.total);
      await expect(getCaseDetail(db(), eastCoord, east)).resolves.toMatchObject({ id: east });
      await expectAppError(getCaseDetail(db(), eastCoord, west), 'NOT_FOUND');
      await expectAppError(getCaseDetail(db(), westCoord, east), 'NOT_FOUND');
      await expectAppError(updateCase(db(), testContext(westCoord), east, { version: 1, notes: 'x' }), 'NOT_FOUND');
      // and cannot file a case for another county
      await expectAppError(
        createCase(
          db(),
          testContext(eastCoord),
          litigationInput(org.agency('county-1-dept-4'), { caseNumber: '（2025）苏9903行初302号' }),
        ),
        'FORBIDDEN',
      );
    });

    it('an agency clerk sees only cases where their agency is a party', async () => {
      const clerk = testPrincipal('agency_clerk', { agencyId: org.agency('county-1-dept-3') });
      const list = await listCasesFor(db(), clerk, listQuery());
      expect(list.items.map((i) => i.id)).toEqual([west]);
      expect(list.total).toBe(1);
      await expectAppError(getCaseDetail(db(), clerk, east), 'NOT_FOUND');
      const filtered = await listCasesFor(db(), city, listQuery({ agencyId: org.agency('county-1-dept-3') }));
      expect(filtered.items.map((i) => i.id)).toEqual([west]);
    });

    it('an expert sees only assigned cases; a court liaison only their court', async () => {
      const expert = testPrincipal('expert');
      expect((await listCasesFor(db(), expert, listQuery())).total).toBe(0);
      await db().insert(caseAssignments).values({ caseId: west, userId: expert.userId, purpose: 'expert_review' });
      await db().insert(caseAssignments).values({ caseId: east, userId: expert.userId, purpose: 'discipline' });
      const list = await listCasesFor(db(), expert, listQuery());
      expect(list.items.map((i) => i.id)).toEqual([west]);
      await expectAppError(getCaseDetail(db(), expert, east), 'NOT_FOUND');

      const liaison = testPrincipal('court_liaison', { agencyId: org.agency('city-court') });
      const courtList = await listCasesFor(db(), liaison, listQuery({ pageSize: 200 }));
      expect(courtList.items.map((i) => i.id)).toContain(cityCase);
      expect(courtList.items.every((i) => i.courtAgencyId === org.agency('city-court'))).toBe(true);
    });

    it('includeDeleted is for coordinators only', async () => {
      const clerk = testPrincipal('agency_clerk', { agencyId: org.agency('county-1-dept-3') });
      await expectAppError(listCasesFor(db(), clerk, listQuery({ includeDeleted: true })), 'FORBIDDEN');
    });
  });

  describe('list', () => {
    const ids: string[] = [];
    const agencyKey = 'county-2-dept-0';
    beforeAll(async () => {
      // 23 cases in 江北区: several on the same day, and disputes without a filing date (nulls sort last).
      for (let i = 0; i < 23; i++) {
        const dispute = i % 7 === 6;
        const c = await createCase(
          db(),
          testContext(city),
          dispute
            ? {
                kind: 'dispute',
                receivedDate: '2025-05-01',
                causeOfAction: '征收补偿争议',
                parties: [
                  { side: 'plaintiff', partyType: 'person', name: `赵某${i}` },
                  { side: 'defendant', partyType: 'agency', name: '机关', agencyId: org.agency(agencyKey) },
                ],
              }
            : litigationInput(org.agency(agencyKey), {
                caseNumber: `（2025）苏9904行初${400 + i}号`,
                filedDate: `2025-0${1 + (i % 3)}-1${i % 2}`,
                complaintReceivedDate: null,
                parties: [
                  { side: 'plaintiff', partyType: 'organization', name: `示例${i % 2 ? '甲' : '乙'}有限公司` },
                  { side: 'defendant', partyType: 'agency', name: '机关', agencyId: org.agency(agencyKey) },
                ],
              }),
        );
        ids.push(c.id);
      }
    });

    const pageThrough = async (order: 'asc' | 'desc', sort: ListQuery['sort'] = 'filedDate') => {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let guard = 0; guard < 20; guard++) {
        const page = await listCasesFor(
          db(),
          city,
          listQuery({ regionCode: '329904', pageSize: 5, order, sort, cursor }),
        );
        expect(page.total).toBe(23);
        seen.push(...page.items.map((i) => i.id));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return seen;
    };

    it('keyset pages are complete, without duplicates, in order, both directions, with nulls', async () => {
      const desc = await pageThrough('desc');
      expect(desc).toHaveLength(23);
      expect(new Set(desc).size).toBe(23);
      expect(new Set(desc)).toEqual(new Set(ids));
      const asc = await pageThrough('asc');
      expect(asc).toEqual([...desc].reverse());
      const all = await listCasesFor(db(), city, listQuery({ regionCode: '329904', pageSize: 200 }));
      expect(all.items.map((i) => i.id)).toEqual(desc);
      const dates = all.items.map((i) => i.filedDate);
      const nonNull = dates.filter((d): d is string => d !== null);
      expect(nonNull).toEqual([...nonNull].sort().reverse());
      expect(dates.slice(nonNull.length).every((d) => d === null)).toBe(true);
      // updatedAt (timestamps with microseconds) pages just as well
      expect(new Set(await pageThrough('desc', 'updatedAt')).size).toBe(23);
      expect(new Set(await pageThrough('asc', 'caseNumber')).size).toBe(23);
    });

    it('offset pages agree with keyset pages', async () => {
      const p1 = await listCasesFor(db(), city, listQuery({ regionCode: '329904', pageSize: 10, page: 1 }));
      const p2 = await listCasesFor(db(), city, listQuery({ regionCode: '329904', pageSize: 10, page: 2 }));
      const k2 = await listCasesFor(
        db(),
        city,
        listQuery({ regionCode: '329904', pageSize: 10, cursor: p1.nextCursor! }),
      );
      expect(p2.items.map((i) => i.id)).toEqual(k2.items.map((i) => i.id));
    });

    it('filters: kind, year, q on number prefix, number without year, bare number, party name, 案由', async () => {
      const f = (q: Partial<ListQuery>) =>
        listCasesFor(db(), city, listQuery({ regionCode: '329904', pageSize: 200, ...q }));
      expect((await f({ kind: ['dispute'] })).total).toBe(3);
      expect((await f({ kind: ['litigation', 'dispute'] })).total).toBe(23);
      expect((await f({ year: 2025 })).total).toBe(20);
      expect((await f({ q: '（2025）苏9904行初40' })).total).toBe(9); // 400–409 but 406 is a dispute
      expect((await f({ q: '苏9904行初412' })).items.map((i) => i.caseNumber)).toEqual(['（2025）苏9904行初412号']);
      expect((await f({ q: '412' })).total).toBe(1);
      expect((await f({ q: '(2025)苏9904行初412号' })).total).toBe(1);
      expect((await f({ q: '示例甲' })).total).toBe(10);
      expect((await f({ q: '赵某' })).total).toBe(3);
      expect((await f({ q: '征收补偿' })).total).toBe(3);
      expect((await f({ q: '100%' })).total).toBe(0);
      expect((await f({ status: ['concluded'] })).total).toBe(0);
      expect((await f({ governmentLost: true })).total).toBe(0);
      await expectAppError(f({ cursor: 'garbage' }), 'VALIDATION_FAILED');
    });

    it('caps the count above the limit and says so', async () => {
      const { listCases } = await import('./repository.js');
      const r = await listCases(db(), city, {
        filters: { regionCode: '329904' },
        sort: 'filedDate',
        order: 'desc',
        pageSize: 5,
        countCap: 10,
      });
      expect(r).toMatchObject({ total: 10, totalIsEstimate: true, hasMore: true });
    });

    it('free text: a case matching several branches (案由 and a party) comes once; nothing matched → empty', async () => {
      const c = await createCase(db(), testContext(city), {
        kind: 'dispute',
        receivedDate: '2025-06-01',
        causeOfAction: '重叠检索争议',
        parties: [
          { side: 'plaintiff', partyType: 'organization', name: '重叠检索有限公司' },
          { side: 'plaintiff', partyType: 'organization', name: '重叠检索二公司' },
          { side: 'defendant', partyType: 'agency', name: '机关', agencyId: org.agency('county-1-dept-0') },
        ],
      });
      const page = await listCasesFor(db(), city, listQuery({ q: '重叠检索' }));
      expect(page.items.map((i) => i.id)).toEqual([c.id]);
      expect(page).toMatchObject({ total: 1, totalIsEstimate: false, nextCursor: null });
      const one = await listCasesFor(db(), city, listQuery({ q: '重叠检索', pageSize: 1 }));
      expect(one).toMatchObject({ total: 1, nextCursor: null });
      expect(await listCasesFor(db(), city, listQuery({ q: '无此检索词' }))).toMatchObject({ items: [], total: 0 });
    });
  });
});
