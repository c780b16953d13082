/**
 * What other packages (the CLI, the benchmark) use of imports and exports: the fast import path, the template, the
 * export, the column mapping's format and validation (shared with the API), and the principal a command acts as.
 */
import type { AuditActor } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { principalOfUsername } from '../users/public.js';

export { type ExportFilter, exportCasesXlsx } from '../cases/public.js';
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
  const r = await principalOfUsername(db, username);
  if (!r || r.disabled) return null;
  const { disabled: _d, mustChangePassword: _m, ...principal } = r;
  return { ...principal, sessionId: 'cli' };
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

/**
 * The reading and checking machinery, for another module's list import (the hearings module's court hearing list,
 * 开庭公告/排期表): the streaming reader of .xlsx and CSV files, the header and footer finder with a vocabulary of its
 * own, the cell parsers and the bounded error report.
 */
export {
  cellText,
  choiceMap,
  matchKey,
  type Parsed,
  parseChoice,
  parseDate,
} from './columns.js';
export { type ErrorKind, RowErrors } from './errorReport.js';
export { dataRows, type HeaderVocabulary, type SkippedRow } from './header.js';
export type { RowError } from './mapRow.js';
export { type CellValue, type ReadLimits, readXlsxRows, type SheetRow } from './xlsx/readRows.js';
