/**
 * The import's 承办人 column (docs/rules/cases.md#handler): matched by display name or login among the accounts the
 * row's case may have; an unknown, ineligible or ambiguous name is an error naming the row and the column; a change is
 * reported field by field and stored.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/principal.js';
import { createTestUser, type TestUser } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { cases } from '../cases/schema.js';
import { type OrgFixture, seedOrgFixture, testPrincipal } from '../cases/testing.js';
import { type FixtureRow, tmpFile, writeSimpleXlsx } from './fixtures.js';
import { importCasesFromXlsx } from './service.js';

const row = (n: number, over: FixtureRow = {}): FixtureRow => ({
  caseNumber: `（2024）苏9902行初${n}号`,
  kind: '行政诉讼',
  court: '示例市城东区人民法院',
  filedDate: '2024-03-05',
  complaintReceivedDate: '2024-03-12',
  causeOfAction: '公安行政管理-治安管理',
  plaintiffs: `王某${n}`,
  defendants: '示例市城东区公安分局',
  instance: '一审',
  ...over,
});

describe(`the import's 承办人 column on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let org: OrgFixture;
  let city: Principal;
  let eastClerk: TestUser;
  let county: TestUser;
  const db = () => database.db;
  const handlerOf = async (n: number) =>
    (
      await db()
        .select()
        .from(cases)
        .where(eq(cases.caseNumber, `（2024）苏9902行初${n}号`))
    )[0]?.handlerUserId;

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    city = testPrincipal('city_coordinator', { regionCode: '329900', regionPath: '/329900/' });
    const user = (o: Parameters<typeof createTestUser>[1]) => createTestUser(database.db, o);
    eastClerk = await user({ role: 'agency_clerk', agencyId: org.agency('county-0-dept-0'), displayName: '赵承办' });
    // The same name in the west county: not a choice for an east case, so 赵承办 is not ambiguous there.
    await user({ role: 'agency_clerk', agencyId: org.agency('county-1-dept-0'), displayName: '赵承办' });
    county = await user({
      role: 'county_coordinator',
      regionCode: '329902',
      displayName: '钱协调',
      username: 'qian_east',
    });
    await user({ role: 'county_coordinator', regionCode: '329903', displayName: '李西区' });
    await user({ role: 'agency_clerk', agencyId: org.agency('county-0-dept-0'), displayName: '孙重名' });
    await user({ role: 'agency_clerk', agencyId: org.agency('county-0-dept-0'), displayName: '孙重名' });
    await user({ role: 'agency_head', agencyId: org.agency('county-0-dept-0'), displayName: '周局长' });
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it('refuses an unknown, ineligible or ambiguous 承办人 by row and column, and writes nothing', async () => {
    const file = await writeSimpleXlsx(tmpFile('handler-bad.xlsx'), [
      row(801, { handler: '赵承办' }),
      row(802, { handler: '不存在的人' }),
      row(803, { handler: '李西区' }),
      row(804, { handler: '孙重名' }),
      row(805, { handler: '周局长' }),
    ]);
    const r = await importCasesFromXlsx(db(), city, file);
    expect(r.status).toBe('invalid');
    const byRow = (n: number) => r.errors.filter((e) => e.row === n).map((e) => [e.column, e.message]);
    expect(byRow(2)).toEqual([]);
    expect(byRow(3)).toEqual([
      [
        expect.stringMatching(/列 承办人$/),
        '承办人“不存在的人”不是可承办案件的账号（应诉专员或协调员；请填写姓名或登录名）',
      ],
    ]);
    expect(byRow(4)).toEqual([
      [
        expect.stringMatching(/列 承办人$/),
        '“李西区”不能承办本案：承办人须为本案被告机关的应诉专员，或所属县区、市的协调员',
      ],
    ]);
    expect(byRow(5)).toEqual([[expect.stringMatching(/列 承办人$/), '承办人“孙重名”有重名，请填写其登录名']]);
    expect(byRow(6)[0]?.[1]).toContain('不是可承办案件的账号');
    expect(await handlerOf(801)).toBeUndefined();
  });

  it('stores the 承办人 by name or login; a blank cell keeps it, a new name is reported and stored', async () => {
    const first = await writeSimpleXlsx(tmpFile('handler-ok.xlsx'), [
      row(811, { handler: '赵承办' }),
      row(812, { handler: 'QIAN_EAST' }),
      row(813),
    ]);
    const done = await importCasesFromXlsx(db(), city, first);
    expect(done, JSON.stringify(done.errors)).toMatchObject({ created: 3, errorCount: 0 });
    expect(await handlerOf(811)).toBe(eastClerk.id);
    expect(await handlerOf(812)).toBe(county.id);
    expect(await handlerOf(813)).toBeNull();

    // A blank cell keeps the handler; a new name changes it, reported in the dry run.
    const second = await writeSimpleXlsx(tmpFile('handler-change.xlsx'), [row(811, { handler: '钱协调' }), row(812)]);
    const dry = await importCasesFromXlsx(db(), city, second, { dryRun: true });
    expect(dry).toMatchObject({ updated: 1, unchanged: 1, errorCount: 0 });
    expect(dry.changes).toEqual([
      { row: 2, caseNumber: '（2024）苏9902行初811号', fields: [{ column: '承办人', from: '赵承办', to: '钱协调' }] },
    ]);
    await importCasesFromXlsx(db(), city, second);
    expect(await handlerOf(811)).toBe(county.id);
    expect(await handlerOf(812)).toBe(county.id);
  });
});
