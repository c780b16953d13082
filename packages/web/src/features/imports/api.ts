/**
 * The import API as the web app uses it (packages/server/src/modules/imports/routes.ts, shapes in dto.ts): the template
 * download, the upload (multipart, with the CSRF header), the stored job with its progress, and the commit.
 */
import { API_BASE, ApiError, api } from '../../app/api/client.js';

export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

export interface ImportChange {
  row: number;
  caseNumber: string;
  fields: { column: string; from: string | null; to: string | null }[];
}

export type ImportStatus = 'reading' | 'validated' | 'invalid' | 'applying' | 'done' | 'failed';

export interface ImportJob {
  id: string;
  fileName: string;
  status: ImportStatus;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: ImportRowError[];
  changes: ImportChange[];
  message: string | null;
  progress: { phase: 'reading' | 'applying' | 'done'; rowsRead: number; rowsWritten: number; rowsTotal: number | null };
  createdAt: string;
  finishedAt: string | null;
  /**
   * Kept with the job by its check (the upload and GET answer alike, so a reloaded page shows them): header columns
   * not recognised (and not mapped), the mapping applied and where it came from, the fields a column can take.
   */
  unmappedColumns: UnmappedColumn[];
  appliedMapping: ColumnMapping | null;
  mappingSource: 'request' | 'remembered' | null;
  mappableFields: { key: string; header: string }[];
  /** Kept with the job: the file's new and known cases and the agencies they concern (null: not checked). */
  overview: ImportOverview | null;
  /** Every named header column and how it is read (jobs checked before these were kept: absent). */
  columns?: ColumnUse[];
  /** Rows skipped as the ledger's footer (制表人, 合计, 填表日期). */
  skippedRows?: SkippedRow[];
  /** What the file states that the registry computes otherwise (答辩截止日期): shown, never blocking. */
  warningCount?: number;
  warnings?: ImportRowError[];
  /** All errors counted by column and kind (the list itself is capped). */
  errorKinds?: ErrorKind[];
}

export interface ColumnUse {
  index: number;
  letter: string;
  header: string;
  field: string | null;
  /** By its name, guessed from a synonym, by the mapping, ignored by it, or not read at all. */
  how: 'header' | 'synonym' | 'mapping' | 'ignored' | 'unmapped';
}

export interface SkippedRow {
  row: number;
  text: string;
  reason: 'footer';
}

export interface ErrorKind {
  column: string;
  kind: string;
  count: number;
}

export interface OverviewCase {
  row: number;
  caseNumber: string;
  agencyId: string | null;
  agencyName: string | null;
  changed?: boolean;
}

export interface ImportOverview {
  newCases: OverviewCase[];
  knownCases: OverviewCase[];
  agencies: { agencyId: string | null; name: string; newCases: number; knownCases: number }[];
}

export interface UnmappedColumn {
  index: number;
  letter: string;
  header: string;
}

/** Source header → our field key, or null to ignore the column. */
export type ColumnMapping = Record<string, string | null>;

async function toError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { code?: string; message?: string; details?: unknown };
    return new ApiError(res.status, body.code ?? `HTTP_${res.status}`, body.message ?? res.statusText);
  } catch {
    return new ApiError(res.status, `HTTP_${res.status}`, res.statusText);
  }
}

/** Uploads the file for checking (dry run); resolves with the checked job. */
export async function uploadImport(file: File, mapping?: ColumnMapping, signal?: AbortSignal): Promise<ImportJob> {
  // The CSRF token of this session (the shared client keeps its own copy for JSON requests).
  const { token } = await api.get<{ token: string }>('/auth/csrf');
  const form = new FormData();
  // Before the file: the server reads the fields sent ahead of it.
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  form.append('file', file, file.name);
  const res = await fetch(`${API_BASE}/cases/imports`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'x-csrf-token': token, accept: 'application/json' },
    body: form,
    signal,
  });
  if (!res.ok) throw await toError(res);
  return (await res.json()) as ImportJob;
}

export const getImport = (id: string) => api.get<ImportJob>(`/cases/imports/${encodeURIComponent(id)}`);
export const commitImport = (id: string) => api.post<ImportJob>(`/cases/imports/${encodeURIComponent(id)}/commit`);

/** Downloads the import template through fetch (a refusal shows a message instead of a JSON page). */
export async function downloadTemplate(): Promise<void> {
  const res = await fetch(`${API_BASE}/cases/import-template.xlsx`, { credentials: 'include' });
  if (!res.ok) throw await toError(res);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = '案件导入模板.xlsx';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
