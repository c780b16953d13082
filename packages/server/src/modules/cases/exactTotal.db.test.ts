/**
 * The list's count: capped at 10,000 for the broad default list (its speed at 1,000,000 cases), exact on request
 * (`exactTotal`) for lists whose size must equal a figure's — checked against a plain SQL count above the cap.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/principal.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { generateCases } from '../demo/generate.js';
import type { ListQuery } from './dto.js';
import { LIST_COUNT_CAP, listCasesFor } from './service.js';
import { testPrincipal } from './testing.js';

const query = (q: Partial<ListQuery> = {}): ListQuery => ({ sort: 'filedDate', order: 'desc', pageSize: 20, ...q });

describe(`exact list totals on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let city: Principal;
  const sqlCount = async (where: ReturnType<typeof sql>) => {
    const r = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from cases where ${where}`);
    return Number((r as unknown as { rows: { n: number }[] }).rows[0]!.n);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await generateCases(database, { cases: LIST_COUNT_CAP + 2000, chunkSize: 6000 });
    city = testPrincipal('city_coordinator', { regionCode: '329900', regionPath: '/329900/' });
  }, 600_000);
  afterAll(async () => {
    await database?.cleanup();
  });

  it('the default list stops counting at the cap; exactTotal counts every case', async () => {
    const all = await sqlCount(sql`deleted_at is null`);
    expect(all).toBeGreaterThan(LIST_COUNT_CAP);
    expect(await listCasesFor(database.db, city, query())).toMatchObject({
      total: LIST_COUNT_CAP,
      totalIsEstimate: true,
    });
    expect(await listCasesFor(database.db, city, query({ exactTotal: true }))).toMatchObject({
      total: all,
      totalIsEstimate: false,
    });
  });

  it('a filtered list counts exactly, on every page, with and without a cursor', async () => {
    const want = await sqlCount(sql`deleted_at is null and kind in ('litigation', 'reconsideration')`);
    expect(want).toBeGreaterThan(LIST_COUNT_CAP);
    const first = await listCasesFor(
      database.db,
      city,
      query({ kind: ['litigation', 'reconsideration'], exactTotal: true }),
    );
    expect(first).toMatchObject({ total: want, totalIsEstimate: false });
    const next = await listCasesFor(
      database.db,
      city,
      query({ kind: ['litigation', 'reconsideration'], exactTotal: true, cursor: first.nextCursor! }),
    );
    expect(next.total).toBe(want);
    const capped = await listCasesFor(database.db, city, query({ kind: ['litigation', 'reconsideration'] }));
    expect(capped).toMatchObject({ total: LIST_COUNT_CAP, totalIsEstimate: true });
  });
});
