import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from './client.js';
import { runMigrations } from './migrate.js';

export type TestDbKind = 'pglite' | 'postgres';

/** Which database the `db` test project runs on: `TEST_DB=postgres` (with TEST_DATABASE_URL) or PGlite. */
export function testDbKind(): TestDbKind {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabase extends Database {
  /** Closes and, on PostgreSQL, drops the database made for this test. */
  cleanup(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new PostgreSQL database created on the
 * server of TEST_DATABASE_URL and dropped afterwards. Tests never share state and never touch a real data set.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDbKind() === 'pglite') {
    const database = await openPglite(null);
    await runMigrations(database);
    return { ...database, cleanup: () => database.close() };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
  return createPostgresDatabase(url, `sj_test_${process.pid}_${randomBytes(4).toString('hex')}`, { max: 5 });
}

/**
 * A new, migrated PostgreSQL database `name` on the server of `serverUrl` (any database URL of that server; an
 * older one of the same name is dropped first); `cleanup()` closes it and drops it. For tests, benchmarks, timings.
 */
export async function createPostgresDatabase(
  serverUrl: string,
  name: string,
  opts: { max?: number } = {},
): Promise<TestDatabase> {
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), { max: opts.max });
  await runMigrations(database);
  return {
    ...database,
    cleanup: async () => {
      await database.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
