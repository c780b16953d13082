import pg from 'pg';
import { type Database, openPostgres } from './client.js';
import { runMigrations } from './migrate.js';

/** A database made for one run (a test file, a benchmark, a timing); `cleanup()` closes it and drops it. */
export interface ScratchDatabase extends Database {
  cleanup(): Promise<void>;
}

/**
 * A new, migrated PostgreSQL database `name` on the server of `serverUrl` (any database URL of that server; an
 * older one of the same name is dropped first); `cleanup()` closes it and drops it. For tests, benchmarks, timings.
 * Here rather than in testing.ts because the benchmark data generator (modules/demo/generate.ts, shipped) uses it,
 * and test helpers are not compiled into dist.
 */
export async function createPostgresDatabase(
  serverUrl: string,
  name: string,
  opts: { max?: number } = {},
): Promise<ScratchDatabase> {
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
