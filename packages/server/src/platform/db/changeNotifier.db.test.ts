/**
 * The change notices between server processes on PostgreSQL (changeNotifier.ts): a committed read-write transaction
 * announces itself once, a read-only or rolled-back one not at all; another instance's notice empties this one's read
 * cache, its own does not; a lost LISTEN connection is replaced and notices work again. PGlite is one process and
 * has no notices, so this file runs on PostgreSQL in both database runs (TEST_DATABASE_URL, set by npm test and CI).
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_CHANNEL } from './changeNotifier.js';
import { type Database, openPostgres } from './client.js';
import { cachedRead } from './readCache.js';
import { createPostgresDatabase, type ScratchDatabase } from './scratch.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

describe('change notices between instances (PostgreSQL)', () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let a: ScratchDatabase;
  let b: Database;
  let url: string;
  let watcher: pg.Client;
  const notices: string[] = [];

  beforeAll(async () => {
    if (!serverUrl) throw new Error('this test needs TEST_DATABASE_URL (PostgreSQL): npm test and .ci/run set it');
    const name = `sj_notify_${randomBytes(4).toString('hex')}`;
    a = await createPostgresDatabase(serverUrl, name, { max: 2 });
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    b = await openPostgres(url, { max: 2, onIdleError: () => {} });
    watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    watcher.on('notification', (n) => notices.push(n.payload ?? ''));
    await watcher.query(`LISTEN ${CHANGE_CHANNEL}`);
  });
  afterAll(async () => {
    await watcher?.end();
    await b?.close();
    await a?.cleanup();
  });

  it('announces a committed read-write transaction once, a read-only or rolled-back one never', async () => {
    await a.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
    });
    await until(() => notices.length === 1, 'one notice');
    await a.db.transaction(async (tx) => tx.execute(sql`select 1`), { accessMode: 'read only' });
    await a.db
      .transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        throw new Error('roll back');
      })
      .catch(() => {});
    // A second write, so that "nothing in between" is seen rather than assumed.
    await b.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
    });
    await until(() => notices.length === 2, 'the second write’s notice');
    expect(notices[0]).not.toBe(notices[1]); // each instance names itself
  });

  it("empties the cache on another instance's write, not on its own, and again after its LISTEN connection is lost", async () => {
    let computed = 0;
    const read = () => cachedRead(b.db, 'probe', async () => ++computed);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);

    // B's own write empties its cache locally (readCache.ts); its notice coming back must not cost another.
    await b.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
    });
    expect(await read()).toBe(2);
    await sleep(100);
    expect(await read()).toBe(2);

    // A's write reaches B through PostgreSQL.
    await a.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
    });
    await until(async () => (await read()) === 3, "A's notice at B");

    // Cut B's LISTEN connection (as a PostgreSQL restart or a network cut would): the cache is emptied (notices may
    // be lost), B connects again within about a second, and A's next write reaches it.
    const killed = await a.db.execute<{ pid: number }>(
      sql`select pg_terminate_backend(pid) as pid from pg_stat_activity
          where application_name = 'shuangjiang-listen' and datname = current_database()`,
    );
    expect((killed as unknown as { rows: unknown[] }).rows.length).toBe(2); // A's and B's
    await until(async () => (await read()) === 4, 'the cache emptied when the connection was lost');
    await until(async () => {
      const r = await a.db.execute(
        sql`select 1 from pg_stat_activity where application_name = 'shuangjiang-listen' and datname = current_database()`,
      );
      return (r as unknown as { rows: unknown[] }).rows.length === 2;
    }, 'both listeners back');
    await sleep(200); // B's LISTEN statement and its "back again" emptying, after the connection shows
    const before = await read();
    await a.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
    });
    await until(async () => (await read()) === before + 1, "A's notice at B after reconnecting");
  });
});
