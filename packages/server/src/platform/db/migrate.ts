import { fileURLToPath } from 'node:url';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from './client.js';

/** `packages/server/drizzle`, from both `src/platform/db` and `dist/platform/db`. */
export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/** Applies every pending migration. The same SQL files serve both databases. */
export async function runMigrations(database: Database): Promise<void> {
  const config = { migrationsFolder };
  // The two migrators differ only in the driver type they accept; the SQL and bookkeeping table are the same.
  if (database.kind === 'pglite') await migratePglite(database.db as unknown as PgliteDatabase, config);
  else await migratePg(database.db as unknown as NodePgDatabase, config);
}
