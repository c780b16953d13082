import { randomBytes } from 'node:crypto';
import { openPglite } from './client.js';
import { runMigrations } from './migrate.js';
import { createPostgresDatabase, type ScratchDatabase } from './scratch.js';

export { createPostgresDatabase } from './scratch.js';

export type TestDbKind = 'pglite' | 'postgres';

/** Which database the `db` test project runs on: `TEST_DB=postgres` (with TEST_DATABASE_URL) or PGlite. */
export function testDbKind(): TestDbKind {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** A database made for one test file: `cleanup()` closes and, on PostgreSQL, drops it. */
export type TestDatabase = ScratchDatabase;

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new PostgreSQL database created on the
 * server of TEST_DATABASE_URL and dropped afterwards. Tests never share state and never touch a real data set.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDbKind() === 'pglite') {
    // As the server does: in a worker thread, unless PGLITE_WORKER=false (the main thread, for comparison).
    const database = await openPglite(null, { thread: process.env.PGLITE_WORKER === 'false' ? 'main' : 'worker' });
    await runMigrations(database);
    return { ...database, cleanup: () => database.close() };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
  return createPostgresDatabase(url, `sj_test_${process.pid}_${randomBytes(4).toString('hex')}`, { max: 5 });
}
