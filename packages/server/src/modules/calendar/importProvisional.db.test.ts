/**
 * An imported case due in a year whose holiday schedule is not loaded gets its 暂定 dates as a case entered on the
 * form does (the import writes deadlines in one set-based statement), and entering the year makes them final.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { caseDeadlines, cases } from '../cases/schema.js';
import { seedOrgFixture, testContext, testPrincipal } from '../cases/testing.js';
import { tmpFile, writeSimpleXlsx } from '../imports/fixtures.js';
import { importCasesFromXlsx } from '../imports/service.js';
import { putYear } from './service.js';

describe(`import of a case due in 2027 on ${testDbKind()}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedOrgFixture(database.db);
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it('stores 暂定 dates with the flag; entering 2027 makes them final', async () => {
    const city = testPrincipal('city_coordinator', { regionCode: '329900', regionPath: '/329900/' });
    const file = await writeSimpleXlsx(tmpFile('2027.xlsx'), [
      {
        caseNumber: '（2026）苏9902行初777号',
        kind: '行政诉讼',
        court: '示例市城东区人民法院',
        filedDate: '2026-08-05',
        complaintReceivedDate: '2026-11-20',
        causeOfAction: '公安行政管理-治安管理',
        plaintiffs: '王某明',
        defendants: '示例市城东区公安分局',
        instance: '一审',
      },
    ]);
    const done = await importCasesFromXlsx(database.db, city, file);
    expect(done).toMatchObject({ created: 1, errorCount: 0 });
    const [c] = await database.db.select().from(cases);
    const rows = async () =>
      Object.fromEntries(
        (await database.db.select().from(caseDeadlines).where(eq(caseDeadlines.caseId, c!.id))).map((d) => [
          d.ruleId,
          { due: d.dueDate, provisional: d.provisional, note: d.explanation.includes('暂定') },
        ]),
      );
    // 2026-08-05 + 6 months = 2027-02-05 (除夕) → 02-09; 2026-11-20 + 15 days = 2026-12-05 (Saturday) → 12-07.
    expect(await rows()).toEqual({
      'litigation.first-instance': { due: '2027-02-09', provisional: true, note: true },
      'litigation.defense': { due: '2026-12-07', provisional: false, note: false },
    });

    const admin = testPrincipal('admin');
    const year = await putYear(database.db, testContext(admin), 2027, {
      year: 2027,
      papers: [],
      days: ['05', '06', '07', '08', '09', '10', '11'].map((d) => ({
        name: '春节',
        date: `2027-02-${d}`,
        isOffDay: true,
      })),
    });
    expect(year.changedDeadlines).toBe(1);
    expect((await rows())['litigation.first-instance']).toEqual({ due: '2027-02-12', provisional: false, note: false });
  });
});
