import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from './client.js';

/** `packages/server/drizzle`, from both `src/platform/db` and `dist/platform/db`. */
export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/**
 * Applies every pending migration. The same SQL files serve both databases. Drizzle's migrator runs all pending
 * migrations in ONE transaction (PgDialect.migrate), and PostgreSQL's DDL is transactional on both databases: a
 * migration that fails rolls back every pending one, and the database stays as it was (upgrade.db.test.ts proves it).
 */
export async function runMigrations(database: Database, folder = migrationsFolder): Promise<void> {
  const config = { migrationsFolder: folder };
  // The two migrators differ only in the driver type they accept; the SQL and bookkeeping table are the same.
  if (database.kind === 'pglite') await migratePglite(database.db as unknown as PgliteDatabase, config);
  else await migratePg(database.db as unknown as NodePgDatabase, config);
}

export interface MigrationState {
  /** Migrations recorded in the database (0 for a new, empty database). */
  applied: number;
  /** The tags (`0012_backup_runs` …) of migrations in the folder not applied yet, oldest first. */
  pending: string[];
}

/** What `runMigrations` would apply: the folder's journal against drizzle's bookkeeping table (created_at = `when`). */
export async function migrationState(database: Database, folder = migrationsFolder): Promise<MigrationState> {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const { rows: exists } = (await database.db.execute(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`,
  )) as unknown as { rows: { ok: boolean }[] };
  if (!exists[0]?.ok) return { applied: 0, pending: journal.entries.map((e) => e.tag) };
  const { rows } = (await database.db.execute(
    sql`select count(*)::int as n, coalesce(max(created_at), 0)::text as last from drizzle.__drizzle_migrations`,
  )) as unknown as { rows: { n: number; last: string }[] };
  const last = Number(rows[0]?.last ?? 0);
  return {
    applied: rows[0]?.n ?? 0,
    pending: journal.entries.filter((e) => rows[0]?.n === 0 || e.when > last).map((e) => e.tag),
  };
}
