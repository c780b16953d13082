/**
 * PGlite in a worker thread (pgliteWorkerClient.ts) behaves as PGlite on the main thread does — the same rows, the
 * same errors with the same PostgreSQL fields, the same transactions — and does not stop the event loop during a long
 * query. Each behaviour is run on both threads and compared; the event-loop test shows the main thread does stop.
 * PGlite only (in memory or a temporary data directory), whatever TEST_DB says.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messages, TransactionAbortedError } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPglite } from './client.js';

const THREADS = ['main', 'worker'] as const;
const opened: Partial<Record<(typeof THREADS)[number], Database>> = {};
const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

/** The error drizzle throws, and PGlite's error under it (drizzle wraps a failed statement). */
function pgErrorOf(err: unknown) {
  const cause = (err as { cause?: unknown }).cause ?? err;
  return cause as Error & Record<string, unknown>;
}

beforeAll(async () => {
  for (const thread of THREADS) {
    const database = await openPglite(null, { thread });
    await database.db.execute(sql`create table t (id int primary key, name text not null, at timestamptz, d date)`);
    opened[thread] = database;
  }
});
afterAll(async () => {
  for (const d of Object.values(opened)) await d?.close();
});

describe.each(THREADS)('PGlite on the %s thread', (thread) => {
  const db = () => opened[thread]!.db;

  it('returns rows as drizzle expects: dates and timestamps as text, numbers as numbers', async () => {
    await db().execute(sql`insert into t values (1, 'a', '2026-03-01T08:00:00+08:00', '2026-03-01')`);
    const [r] = rows<Record<string, unknown>>(await db().execute(sql`select * from t where id = 1`));
    expect(r).toEqual({ id: 1, name: 'a', at: '2026-03-01 00:00:00+00', d: '2026-03-01' });
  });

  it('passes PostgreSQL errors through with their class, code, constraint and detail', async () => {
    const dup = await db()
      .execute(sql`insert into t values (1, 'again', null, null)`)
      .catch((e: unknown) => e);
    const e = pgErrorOf(dup);
    expect(e).toBeInstanceOf(messages.DatabaseError);
    expect({ code: e.code, constraint: e.constraint, detail: e.detail, table: e.table }).toEqual({
      code: '23505',
      constraint: 't_pkey',
      detail: 'Key (id)=(1) already exists.',
      table: 't',
    });
    const serialization = await db()
      .execute(sql.raw(`do $$ begin raise exception 'conflict' using errcode = '40001', hint = 'retry'; end $$`))
      .catch((err: unknown) => err);
    expect(pgErrorOf(serialization)).toMatchObject({ code: '40001', message: 'conflict', hint: 'retry' });
    const notNull = pgErrorOf(
      await db()
        .execute(sql`insert into t (id) values (9)`)
        .catch((err: unknown) => err),
    );
    expect({ code: notNull.code, column: notNull.column }).toEqual({ code: '23502', column: 'name' });
  });

  it('commits, rolls back on a throw, on rollback(), and to a savepoint', async () => {
    await db().transaction(async (tx) => {
      await tx.execute(sql`insert into t (id, name) values (2, 'b')`);
    });
    await expect(
      db().transaction(async (tx) => {
        await tx.execute(sql`insert into t (id, name) values (3, 'c')`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(
      db().transaction(async (tx) => {
        await tx.execute(sql`insert into t (id, name) values (4, 'd')`);
        tx.rollback();
      }),
    ).rejects.toThrow('Rollback');
    await db().transaction(async (tx) => {
      await tx.execute(sql`insert into t (id, name) values (5, 'e')`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`insert into t (id, name) values (6, 'f')`);
          throw new Error('inner');
        })
        .catch(() => {});
    });
    const ids = rows<{ id: number }>(await db().execute(sql`select id from t order by id`)).map((r) => r.id);
    expect(ids).toEqual([1, 2, 5]);
  });

  it('refuses to commit a transaction whose statement failed (PGlite: TransactionAbortedError)', async () => {
    const err = await db()
      .transaction(async (tx) => {
        await tx.execute(sql`insert into t (id, name) values (7, 'g')`);
        await tx.execute(sql`insert into t (id, name) values (1, 'dup')`).catch(() => {});
      })
      .catch((e: unknown) => e);
    expect(pgErrorOf(err)).toBeInstanceOf(TransactionAbortedError);
    expect(rows(await db().execute(sql`select 1 from t where id = 7`))).toEqual([]);
  });

  it('keeps a transaction on one connection: a statement asked for meanwhile runs after the commit', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let inserted!: () => void;
    const didInsert = new Promise<void>((r) => {
      inserted = r;
    });
    const tx = db().transaction(async (t) => {
      await t.execute(sql`insert into t (id, name) values (8, 'h')`);
      inserted();
      await held;
      await t.execute(sql`update t set name = 'h2' where id = 8`);
    });
    await didInsert;
    const read = db().execute(sql`select name from t where id = 8`);
    // The read waits for the transaction; give it time to (wrongly) run inside it.
    await new Promise((r) => setTimeout(r, 100));
    release();
    await tx;
    expect(rows(await read)).toEqual([{ name: 'h2' }]);
  });
});

describe('the event loop during a long query', () => {
  /** The longest gap (ms) between 5 ms timer ticks while `select pg_sleep(1.5)` runs. */
  async function longestStall(database: Database) {
    let last = performance.now();
    let longest = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    await database.db.execute(sql`select pg_sleep(1.5)`);
    clearInterval(timer);
    // A blocked loop runs no tick at all: the gap up to the query's end counts too.
    return Math.max(longest, performance.now() - last);
  }

  it('stops on the main thread and runs on with the worker', async () => {
    expect(await longestStall(opened.main!)).toBeGreaterThan(1400);
    expect(await longestStall(opened.worker!)).toBeLessThan(750);
  });
});

describe('a data directory in the worker', () => {
  it('keeps its data across close and reopen, and dumps a tarball', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sj-pglite-worker-'));
    try {
      const first = await openPglite(dir);
      await first.db.execute(sql`create table kept (v text)`);
      await first.db.execute(sql`insert into kept values ('still here')`);
      await first.close();
      await first.close(); // twice is harmless
      await expect(first.db.execute(sql`select 1`)).rejects.toThrow();
      const again = await openPglite(dir);
      try {
        expect(rows(await again.db.execute(sql`select v from kept`))).toEqual([{ v: 'still here' }]);
        const client = (again.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<File> } }).$client;
        const tar = await client.dumpDataDir('none');
        expect(tar.size).toBeGreaterThan(1_000_000);
      } finally {
        await again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
