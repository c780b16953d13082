/**
 * Every case is found by its own number as displayed, in full or in part, whatever brackets are typed (issue 10 §7):
 * 复议 and 争议 numbers are stored as the body writes them (〔〕), lawsuits' as normalised (（）); the list's free text
 * compares both by their key (searchKey.ts) through the expression indexes of migration 0007.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/principal.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import type { ListQuery } from './dto.js';
import { numberKey } from './searchKey.js';
import { createCase, listCasesFor } from './service.js';
import { litigationInput, seedOrgFixture, testContext, testPrincipal } from './testing.js';

const listQuery = (q: string): ListQuery => ({ sort: 'filedDate', order: 'desc', pageSize: 50, q });

describe(`case number search on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let city: Principal;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    database = await createTestDatabase();
    const org = await seedOrgFixture(database.db);
    city = testPrincipal('city_coordinator', { regionCode: '329900', regionPath: '/329900/' });
    const ctx = testContext(city);
    const defendant = org.agency('county-0-dept-0');
    for (const [kind, caseNumber] of [
      ['reconsideration', '城东区政复〔2026〕28号'],
      ['reconsideration', '城东区政复〔2026〕128号'],
      ['dispute', '示争〔2026〕113号'],
      ['reconsideration', '城西区政复[2025]7号'],
      ['litigation', '（2025）苏9902行初12号'],
    ] as const) {
      const c = await createCase(database.db, ctx, litigationInput(defendant, { kind, caseNumber }));
      ids.set(caseNumber, c.id);
    }
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  const found = async (q: string) =>
    (await listCasesFor(database.db, city, listQuery(q))).items.map((i) => i.caseNumber).sort();

  it('finds a 复议 or 争议 number in full, whatever brackets are typed', async () => {
    for (const q of [
      '城东区政复〔2026〕28号',
      '城东区政复[2026]28号',
      '城东区政复(2026)28号',
      '城东区政复（2026）28号',
      '城东区政复【2026】28号',
      '城东区政复 〔２０２６〕 28号',
    ]) {
      expect(await found(q), q).toEqual(['城东区政复〔2026〕28号']);
    }
    expect(await found('示争〔2026〕113号')).toEqual(['示争〔2026〕113号']);
    expect(await found('示争(2026)113号')).toEqual(['示争〔2026〕113号']);
    // Stored with square brackets, typed with the official ones.
    expect(await found('城西区政复〔2025〕7号')).toEqual(['城西区政复[2025]7号']);
  });

  it('finds it by a part: the beginning, the year on, or the sequence number (not a longer number)', async () => {
    expect(await found('城东区政复〔2026〕')).toEqual(['城东区政复〔2026〕128号', '城东区政复〔2026〕28号']);
    expect(await found('城东区政复(2026)1')).toEqual(['城东区政复〔2026〕128号']);
    expect(await found('〔2026〕28号')).toEqual(['城东区政复〔2026〕28号']);
    expect(await found('(2026)28')).toEqual(['城东区政复〔2026〕28号']);
    expect(await found('28号')).toEqual(['城东区政复〔2026〕28号']);
    expect(await found('113')).toEqual(['示争〔2026〕113号']);
    expect(await found('政复〔2026〕128号')).toEqual(['城东区政复〔2026〕128号']);
  });

  it('finds a lawsuit by its number with any brackets, in full or by its end', async () => {
    for (const q of ['〔2025〕苏9902行初12号', '[2025]苏9902行初12号', '苏9902行初12', '行初12号', '12']) {
      expect(await found(q), q).toEqual(['（2025）苏9902行初12号']);
    }
  });

  it('keys brackets and full-width digits as the SQL expression does', () => {
    expect(numberKey(' 城东区政复〔２０２６〕28号 ')).toBe('城东区政复（2026）28号');
    expect(numberKey('[2025]【1】(2)［3］﹝4﹞')).toBe('（2025）（1）（2）（3）（4）');
  });
});
