/**
 * The background drain (jobs.ts): after writes through the registry's use cases the worker's tick empties the
 * summary's queue — rows and counts as a recount says — so the next figure read has nothing left to compute.
 */
import { quarterPeriod } from '@shuangjiang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildJobRegistry } from '../../platform/jobs/build.js';
import { startJobWorker } from '../../platform/jobs/index.js';
import { createCase, updateCase } from '../cases/service.js';
import { litigationInput, seedOrgFixture, testContext, testPrincipal } from '../cases/testing.js';
import { countFigures } from './figures.js';
import { rebuildAndCompare, refreshIndicatorFacts } from './refresh.js';
import { indicatorCounts, indicatorDirty } from './schema.js';

describe(`indicators background drain on ${testDbKind()}`, () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  }, 120_000);

  afterAll(async () => {
    await database?.close();
  });

  it('the worker tick drains the queue the writes filled; a read then finds nothing to compute', async () => {
    const org = await seedOrgFixture(database.db);
    const ctx = testContext(testPrincipal('city_coordinator', { regionCode: '329900', regionPath: '/329900/' }));
    const agency = org.agency('county-0-dept-0');
    const created: { id: string; version: number }[] = [];
    for (let i = 0; i < 12; i++) {
      const c = await createCase(
        database.db,
        ctx,
        litigationInput(agency, {
          caseNumber: `（2025）苏9902行初${700 + i}号`,
          filedDate: `2025-0${1 + (i % 6)}-1${i % 9}`,
          complaintReceivedDate: `2025-0${1 + (i % 6)}-1${i % 9}`,
          outcome: i % 3 === 0 ? 'REVOKED' : i % 3 === 1 ? 'CLAIMS_REJECTED' : null,
          outcomeDate: i % 3 === 2 ? null : `2025-08-2${i % 9}`,
        }),
      );
      created.push({ id: c.id, version: c.version });
    }
    await updateCase(database.db, ctx, created[1]!.id, { version: created[1]!.version, outcome: 'REVOKED' });
    expect((await database.db.select().from(indicatorDirty)).length).toBe(12);
    expect(await database.db.select().from(indicatorCounts)).toEqual([]);

    const worker = startJobWorker(database.db, buildJobRegistry(), { intervalMs: 3_600_000 });
    try {
      await worker.tick();
    } finally {
      await worker.stop();
    }
    expect(await database.db.select().from(indicatorDirty)).toEqual([]);
    expect(await rebuildAndCompare(database.db)).toEqual([]);
    expect(await refreshIndicatorFacts(database.db)).toBe(0);
    const q3 = quarterPeriod(2025, 3);
    const counts = await countFigures(
      database.db,
      [
        {
          id: 'c',
          kind: 'concluded',
          label: '审结',
          caseKinds: ['litigation'],
          instances: 'all',
          coDefendants: 'original-agency',
        },
      ],
      { regionPath: null, agencyId: null },
      [q3],
      '2026-11-30',
    );
    expect(counts.get('c')).toEqual([{ numerator: 8, denominator: null }]);
  }, 120_000);
});
