/**
 * Importing cases from Excel (台账/法院通报 → 案件台账).
 *
 * 1. Read: the file is streamed row by row (xlsx/readRows.ts); the header row is found by its names, anywhere in the
 *    first 30 rows of the first sheet that has one (merged title rows, two-row headers and synonyms allowed).
 * 2. Check: each row is mapped (mapRow.ts), then in batches of 1,000 matched against the registry by normalized
 *    案号 + 案件类型 (one query per batch) and planned (plan.ts): create, update (field by field) or unchanged.
 *    Errors name the row and the column in Chinese.
 * 3. Write, all-or-nothing, in one of two ways:
 *    - direct (`importCasesFromXlsx`: CLI, benchmark): ONE transaction around the whole read; each checked batch is
 *      applied at once with set-based statements (the registry's batch writer, cases/public.ts insertCaseBatch:
 *      one statement per table, one array parameter per column) while the next one is parsed; an error in any row, or any failure, rolls the whole
 *      file back;
 *    - checked first (API: `checkJob`, then `commitJob`): the valid rows are staged in `import_rows` (outside the
 *      registry), and the commit applies them in ONE transaction, read back in chunks and written with the same
 *      statements; a failed commit leaves the job committable again.
 *    Either way the audit rows, timeline events and deadlines are written in the same transaction, with the job's own
 *    'import' audit entry; a crash at any point leaves the registry as before the file or as after it.
 *
 * Idempotent: importing the same file again finds every row unchanged and writes nothing.
 *
 * Files: importTypes.ts (options and result), prepare.ts (read and check), apply.ts (write, job report), importFile.ts
 * (the direct path), jobs.ts (the API's jobs).
 */
export { importCasesFromXlsx } from './importFile.js';
export {
  type ImportOptions,
  type ImportProgress,
  type ImportResult,
  KEEP_CHANGES,
  KEEP_ERRORS,
  systemPrincipal,
} from './importTypes.js';
export { checkJob, commitJob, createJob, jobFor, presentJob, trackProgress } from './jobs.js';
