import { governmentLostOf, OUTCOME_CATEGORIES } from '@shuangjiang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/principal.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import type { CreateCaseInput } from './dto.js';
import { createCase, getCaseDetail, linkCases, updateCase } from './service.js';
import { litigationInput, type OrgFixture, seedOrgFixture, testContext, testPrincipal } from './testing.js';

/**
 * The registry's 败诉 flag is the domain's loss rule (packages/domain/src/outcomes/loss.ts), not a copy of it: every
 * outcome recorded on a first instance and on an appeal gives the flag `governmentLostOf` gives; an appeal takes the
 * first instance's result only when its own is undecided (行政诉讼法第八十九条).
 */
describe(`败诉 in the registry is the domain's rule (${testDbKind()})`, () => {
  let database: TestDatabase;
  let org: OrgFixture;
  let city: Principal;
  const db = () => database.db;
  const ctx = () => testContext(city);

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    city = testPrincipal('city_coordinator', { regionCode: '329900', regionPath: '/329900/' });
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  const agency = () => org.agency('county-1-dept-0');
  const firstInstance = (n: number, extra: Partial<CreateCaseInput> = {}) =>
    createCase(db(), ctx(), litigationInput(agency(), { caseNumber: `（2024）苏9903行初${n}号`, ...extra }));
  const appeal = (n: number, extra: Partial<CreateCaseInput> = {}) =>
    createCase(
      db(),
      ctx(),
      litigationInput(agency(), {
        caseNumber: `（2025）苏99行终${n}号`,
        filedDate: '2025-02-01',
        complaintReceivedDate: null,
        ...extra,
      }),
    );

  const codes = OUTCOME_CATEGORIES.filter((c) => c !== 'UNKNOWN');

  it('records every litigation outcome with the flag the domain gives, on a first instance and on an appeal', async () => {
    const seen: string[] = [];
    for (const [i, code] of codes.entries()) {
      const first = await firstInstance(700 + i, { outcome: code, outcomeDate: '2024-12-02' });
      expect(first.instance).toBe('first');
      expect([code, first.governmentLost]).toEqual([code, governmentLostOf(code, { instance: 'first' })]);
      const second = await appeal(700 + i, { outcome: code, outcomeDate: '2025-03-02' });
      expect(second.instance).toBe('appeal');
      expect([code, second.governmentLost]).toEqual([code, governmentLostOf(code, { instance: 'appeal' })]);
      seen.push(code);
    }
    expect(seen).toHaveLength(20);
  });

  it('an appeal that withdraws the suit itself is not lost; one that withdraws the appeal follows the first instance', async () => {
    const lostFirst = await firstInstance(760, { outcome: 'REVOKED', outcomeDate: '2024-12-02' });
    const otherFirst = await firstInstance(761, { outcome: 'REVOKED', outcomeDate: '2024-12-02' });
    expect(lostFirst.governmentLost).toBe(true);

    const suitWithdrawn = await appeal(760, {
      outcomeText:
        '裁定如下：一、撤销某区人民法院（2024）苏9903行初760号行政判决；二、准许被上诉人（原审原告）王某明撤回起诉。',
      outcomeDate: '2025-03-02',
    });
    expect([suitWithdrawn.outcome, suitWithdrawn.governmentLost]).toEqual(['WITHDRAWN', false]);
    const appealWithdrawn = await appeal(761, {
      outcomeText: '裁定如下：准许上诉人某区自然资源局撤回上诉。',
      outcomeDate: '2025-03-02',
    });
    expect([appealWithdrawn.outcome, appealWithdrawn.governmentLost]).toEqual(['WITHDRAWN', null]);

    const linkedSuit = await linkCases(db(), ctx(), suitWithdrawn.id, {
      toCaseId: lostFirst.id,
      linkType: 'appeal_of',
    });
    expect(linkedSuit.governmentLost).toBe(false);
    const linkedAppeal = await linkCases(db(), ctx(), appealWithdrawn.id, {
      toCaseId: otherFirst.id,
      linkType: 'appeal_of',
    });
    expect(linkedAppeal.governmentLost).toBe(true);

    // The first instances change: the withdrawn appeal follows, the withdrawn suit keeps its own result.
    const lostNow = await getCaseDetail(db(), city, lostFirst.id);
    await updateCase(db(), ctx(), lostFirst.id, { version: lostNow.version, outcome: 'CONFIRMED_ILLEGAL' });
    const otherNow = await getCaseDetail(db(), city, otherFirst.id);
    await updateCase(db(), ctx(), otherFirst.id, { version: otherNow.version, outcome: 'CLAIMS_REJECTED' });
    expect((await getCaseDetail(db(), city, suitWithdrawn.id)).governmentLost).toBe(false);
    expect((await getCaseDetail(db(), city, appealWithdrawn.id)).governmentLost).toBe(false);

    const otherAgain = await getCaseDetail(db(), city, otherFirst.id);
    await updateCase(db(), ctx(), otherFirst.id, { version: otherAgain.version, outcome: 'ALTERED' });
    expect((await getCaseDetail(db(), city, appealWithdrawn.id)).governmentLost).toBe(true);
    expect((await getCaseDetail(db(), city, suitWithdrawn.id)).governmentLost).toBe(false);
  });
});
