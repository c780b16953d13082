import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PREPARED_PER_CONNECTION, statementName } from './preparedClient.js';
import { createTestDatabase, type TestDatabase, testDbKind } from './testing.js';

describe(`prepared statements on ${testDbKind()}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  /** Statements prepared in the session that runs this query (sequential queries reuse one pooled connection). */
  const preparedHere = async (like: string) => {
    const r = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from pg_prepared_statements where statement like ${like}`,
    );
    return r.rows[0]!.n;
  };

  it('names a statement by its text: same text, same name; another text, another name', () => {
    expect(statementName('select 1')).toBe(statementName('select 1'));
    expect(statementName('select 1')).not.toBe(statementName('select 2'));
    expect(statementName('select 1')).toMatch(/^sj_[A-Za-z0-9_-]{22}$/);
  });

  it('PostgreSQL prepares a repeated select once per connection and answers it right; PGlite prepares nothing', async () => {
    for (const v of [1, 2, 3]) {
      const r = await database.db.execute<{ v: number }>(sql`select ${v}::int + 0 as v /* probe-repeat */`);
      expect(r.rows[0]!.v).toBe(v);
    }
    const n = await preparedHere('%probe-repeat%');
    if (testDbKind() === 'postgres') expect(n).toBe(1);
    else expect(n).toBe(0);
  });

  it('inside a transaction statements run unnamed (planned for their parameters each time); after it, named again', async () => {
    const inside = await database.db.transaction(async (tx) => {
      for (const v of [1, 2, 3]) await tx.execute(sql`select ${v}::int as v /* probe-in-tx */`);
      const r = await tx.execute<{ n: number }>(
        sql`select count(*)::int as n from pg_prepared_statements where statement like ${'%probe-in-tx%'}`,
      );
      return r.rows[0]!.n;
    });
    expect(inside).toBe(0);
    for (const v of [1, 2]) await database.db.execute(sql`select ${v}::int as v /* probe-after-tx */`);
    const after = await preparedHere('%probe-after-tx%');
    expect(after).toBe(testDbKind() === 'postgres' ? 1 : 0);
  });
  // Last: it fills the connection's statement slots.
  it('keeps at most MAX_PREPARED_PER_CONNECTION statements per connection; beyond it statements still run', async () => {
    const extra = 20;
    for (let i = 0; i < MAX_PREPARED_PER_CONNECTION + extra; i++) {
      const r = await database.db.execute<{ v: number }>(sql.raw(`select ${i} as v /* probe-cap */`));
      expect(r.rows[0]!.v).toBe(i);
    }
    const n = await preparedHere('%probe-cap%');
    if (testDbKind() === 'postgres') {
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(MAX_PREPARED_PER_CONNECTION);
    } else expect(n).toBe(0);
  });
});
