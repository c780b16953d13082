/**
 * The demo seed's backfill (docs/rules/accountability.md#in-the-server): after seedDemoIfEmpty every lost demo case
 * has exactly one evaluation (opened, trigger loss, its outcome date), and the daily job's backfill then opens none.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { cases } from '../cases/schema.js';
import { seedDemoIfEmpty } from '../demo/seed.js';
import { lossEvaluations } from './schema.js';
import { openMissingEvaluations } from './service.js';

describe(`demo evaluations on ${testDbKind()}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it('every lost demo case has its evaluation; the backfill then finds none missing', {
    timeout: 180_000,
  }, async () => {
    await seedDemoIfEmpty(database);
    const lost = await database.db
      .select({ id: cases.id, outcomeDate: cases.outcomeDate })
      .from(cases)
      .where(eq(cases.governmentLost, true));
    expect(lost.length).toBeGreaterThan(100);
    const evaluations = await database.db.select().from(lossEvaluations);
    expect(evaluations.map((e) => e.caseId).sort()).toEqual(lost.map((c) => c.id).sort());
    const byCase = new Map(lost.map((c) => [c.id, c.outcomeDate]));
    for (const e of evaluations) {
      expect(e).toMatchObject({ state: 'opened', trigger: 'loss', version: 1 });
      expect(e.effectiveOn).toBe(byCase.get(e.caseId));
    }
    const actor = { userId: null, name: '测试', ip: null, requestId: null };
    expect(await database.db.transaction((tx) => openMissingEvaluations(tx, actor))).toBe(0);
    const [n] = await database.db.select({ n: sql<number>`count(*)::int` }).from(lossEvaluations);
    expect(n!.n).toBe(lost.length);
  });
});
