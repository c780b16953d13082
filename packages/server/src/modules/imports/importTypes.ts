/** What an import takes and answers (service.ts), and the principal the command line acts as. */
import type { AuditActor } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { ErrorKind } from './errorReport.js';
import type { SkippedRow } from './header.js';
import type { ColumnMapping, MappingReport } from './mappings.js';
import type { RowError } from './mapRow.js';
import type { ImportOverview } from './overview.js';
import type { UpdateReport } from './plan.js';
import type { ImportStatus } from './schema.js';
import type { ReadLimits } from './xlsx/readRows.js';

export interface ImportProgress {
  phase: 'reading' | 'applying' | 'done';
  rowsRead: number;
  rowsWritten: number;
  /** Rows to write (known once the file is read). */
  rowsTotal: number | null;
}

export interface ImportOptions {
  /** Only check: nothing is staged or written. */
  dryRun?: boolean;
  fileName?: string;
  actor?: AuditActor;
  onProgress?: (p: ImportProgress) => void;
  /** Rows per lookup and staging statement (default 1,000); for a commit, staged rows per chunk (default 5,000). */
  batchSize?: number;
  /** Tests: fail the commit transaction after this apply step ('cases.insert', 'audit.insert' …). */
  failAfterStep?: string;
  /** Diagnostics (scripts/time-import.ts): each write statement's name and duration, and each batch lookup's. */
  onStep?: (name: string, ms: number) => void;
  /** Tests: fail while staging, after this many batches. */
  failAfterStagedBatches?: number;
  /**
   * Unrecognised source columns → our fields (or null: ignore), chosen by the user after a dry run reported them;
   * remembered for this header and the user's region (mappings.ts) once the file has been read with it (the rule:
   * rememberMapping). Without it a remembered mapping applies.
   */
  mapping?: ColumnMapping;
  /** Tests: lower limits of the reader (rows per sheet, inflated bytes). */
  readLimits?: Partial<ReadLimits>;
}

export interface ImportResult {
  /** The job (null for a CLI dry run, which keeps nothing). */
  importId: string | null;
  status: ImportStatus;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  /** The first errors by row (KEEP_ERRORS); `errorCount` is exact and `errorKinds` counts them all by kind. */
  errors: RowError[];
  errorKinds: ErrorKind[];
  /** What the file states that the registry computes otherwise (答辩截止日期); never blocks the import. */
  warningCount: number;
  warnings: RowError[];
  /** Rows not read as cases: the ledger's footer (制表人, 合计, 填表日期). */
  skippedRows: SkippedRow[];
  /** Field-by-field changes of updated cases. */
  changes: UpdateReport[];
  /** Header columns not recognised (and not mapped), and the column mapping applied (mappings.ts). */
  mapping?: MappingReport;
  /** New and known cases of the file and the agencies they concern (overview.ts). */
  overview?: ImportOverview;
}

/** Errors and changes kept with the job (and returned by the API); the counts are always exact. */
export const KEEP_ERRORS = 1000;
export const KEEP_CHANGES = 1000;

/** The principal the command line acts as when no user is named: the whole registry (like the administrator). */
export function systemPrincipal(): Principal {
  return {
    userId: '00000000-0000-0000-0000-000000000000',
    username: 'system',
    displayName: '系统（命令行）',
    role: 'admin',
    regionCode: null,
    regionPath: null,
    agencyId: null,
    sessionId: 'cli',
  };
}
