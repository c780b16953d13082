/**
 * What a case write checks against: regions, agencies and courts are the org module's (asked through its service: the
 * same statements, the region path cached under the same key), the 行政管理领域 this module's own table.
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.js';
import { adminDomains } from '../schema.js';

export { agenciesByIds, courtByCode, regionNameOf, regionPathOf, regionsByCodes } from '../../org/service.js';

export async function adminDomainExists(db: DbOrTx, code: string): Promise<boolean> {
  const [row] = await db.select({ code: adminDomains.code }).from(adminDomains).where(eq(adminDomains.code, code));
  return !!row;
}
