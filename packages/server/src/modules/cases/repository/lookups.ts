/** Reads of other tables a case write checks against: region paths and names, agencies, courts, 行政管理领域. */
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.js';
import { cachedRead } from '../../../platform/db/readCache.js';
import { agencies, regions } from '../../org/schema.js';
import { adminDomains } from '../schema.js';

export async function regionPathOf(db: DbOrTx, code: string): Promise<string | null> {
  return cachedRead(db, `region-path:${code}`, async () => {
    const [r] = await db.select({ path: regions.path }).from(regions).where(eq(regions.code, code));
    return r?.path ?? null;
  });
}

export async function regionNameOf(db: DbOrTx, code: string): Promise<string | null> {
  const [r] = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, code));
  return r?.name ?? null;
}

export async function agenciesByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: agencies.id,
      name: agencies.name,
      kind: agencies.kind,
      regionCode: agencies.regionCode,
      courtCode: agencies.courtCode,
      regionPath: regions.path,
    })
    .from(agencies)
    .innerJoin(regions, eq(regions.code, agencies.regionCode))
    .where(inArray(agencies.id, ids));
}

export async function courtByCode(db: DbOrTx, courtCode: string) {
  const [row] = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.courtCode, courtCode), eq(agencies.kind, 'court')))
    .limit(1);
  return row ?? null;
}

export async function adminDomainExists(db: DbOrTx, code: string): Promise<boolean> {
  const [row] = await db.select({ code: adminDomains.code }).from(adminDomains).where(eq(adminDomains.code, code));
  return !!row;
}
