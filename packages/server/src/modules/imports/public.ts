/**
 * What other packages (the CLI, the benchmark) use of imports and exports: the fast import path, the template, the
 * export, the column mapping's format and validation (shared with the API), and the principal a command acts as.
 */
import { eq, sql } from 'drizzle-orm';
import type { AuditActor } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { regions } from '../org/schema.js';
import { users } from '../users/schema.js';

export { type ExportFilter, exportCasesXlsx } from './export.js';
export {
  type ColumnMapping,
  MAPPABLE_FIELDS,
  MappingError,
  type MappingProblem,
  type MappingReport,
  parseColumnMapping,
} from './mappings.js';
export { failInterruptedImports } from './recovery.js';
export {
  type ImportOptions,
  type ImportProgress,
  type ImportResult,
  importCasesFromXlsx,
  systemPrincipal,
} from './service.js';
export { TEMPLATE_FILE_NAME, writeTemplateFile } from './template.js';
export { ImportFileError } from './xlsx/fileError.js';

/** The principal of an account, for a command run on its behalf (`--as`); null when unknown or disabled. */
export async function principalForUsername(db: DbOrTx, username: string): Promise<Principal | null> {
  const [u] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      regionCode: users.regionCode,
      agencyId: users.agencyId,
      disabled: users.disabled,
      regionPath: regions.path,
    })
    .from(users)
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .where(sql`${users.username} = lower(${username.trim()})`);
  if (!u || u.disabled) return null;
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    regionCode: u.regionCode,
    regionPath: u.regionPath,
    agencyId: u.agencyId,
    sessionId: 'cli',
  };
}

/** The audit actor of a command: the named account, or the system. */
export function commandActor(principal: Principal, command: string): AuditActor {
  return {
    userId: principal.username === 'system' ? null : principal.userId,
    name: `${principal.displayName}（${command}）`,
    ip: null,
    requestId: null,
  };
}
