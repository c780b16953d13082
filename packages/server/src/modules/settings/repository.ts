import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { type SettingVersionRow, settingVersions } from './schema.js';

/** The newest stored version of a kind, or undefined (the default applies). */
export async function latestVersion(db: DbOrTx, kind: string): Promise<SettingVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(settingVersions)
    .where(eq(settingVersions.kind, kind))
    .orderBy(desc(settingVersions.version))
    .limit(1);
  return row;
}

/** The newest stored version of every kind that has one. */
export async function latestVersions(db: DbOrTx): Promise<SettingVersionRow[]> {
  return db
    .selectDistinctOn([settingVersions.kind])
    .from(settingVersions)
    .orderBy(settingVersions.kind, desc(settingVersions.version));
}

export async function versionOf(db: DbOrTx, kind: string, version: number): Promise<SettingVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(settingVersions)
    .where(and(eq(settingVersions.kind, kind), eq(settingVersions.version, version)));
  return row;
}

export async function versionsOf(db: DbOrTx, kind: string): Promise<SettingVersionRow[]> {
  return db.select().from(settingVersions).where(eq(settingVersions.kind, kind)).orderBy(desc(settingVersions.version));
}

/**
 * Appends version `version` of a kind. Two saves from the same base race on the unique (kind, version) index: the
 * loser gets no row back (ON CONFLICT DO NOTHING) and the service answers 409.
 */
export async function insertVersion(
  db: DbOrTx,
  row: Omit<SettingVersionRow, 'id' | 'createdAt'>,
): Promise<SettingVersionRow | undefined> {
  const [inserted] = await db
    .insert(settingVersions)
    .values({ ...row, createdAt: sql`now()` })
    .onConflictDoNothing({ target: [settingVersions.kind, settingVersions.version] })
    .returning();
  return inserted;
}
