/**
 * The import API as the web app uses it (packages/server/src/modules/imports/routes.ts): the template download, the
 * upload (multipart, with the CSRF header), the stored job with its progress, and the commit. Types are the server's
 * own (generated from its OpenAPI document, app/api/schema.gen.ts).
 */
import { API_BASE, api, apiErrorOf } from '../../app/api/client.js';
import type { ApiResponse } from '../../app/api/contract.js';

/**
 * A stored import job as GET /cases/imports/:id answers it (the upload and the commit answer the same): its counts,
 * errors and changes, progress, and what its check kept (the header columns and how each is read, the mapping
 * applied and where it came from, the fields a column can take, the file's new and known cases).
 */
export type ImportJob = ApiResponse<'/api/v1/cases/imports/{id}', 'get'>;
export type ImportStatus = ImportJob['status'];
export type ImportRowError = ImportJob['errors'][number];
export type ImportChange = ImportJob['changes'][number];
export type ColumnUse = ImportJob['columns'][number];
export type SkippedRow = ImportJob['skippedRows'][number];
export type ErrorKind = ImportJob['errorKinds'][number];
export type ImportOverview = NonNullable<ImportJob['overview']>;
export type OverviewCase = ImportOverview['newCases'][number];
export type UnmappedColumn = ImportJob['unmappedColumns'][number];
/** A field a column can be mapped to. */
export type MappableField = ImportJob['mappableFields'][number]['key'];
/** Source header → our field key, or null to ignore the column (sent with the upload as a form field). */
export type ColumnMapping = NonNullable<ImportJob['appliedMapping']>;

/** Uploads the file for checking (dry run); resolves with the checked job. */
export function uploadImport(file: File, mapping?: ColumnMapping, signal?: AbortSignal): Promise<ImportJob> {
  return api.upload<ApiResponse<'/api/v1/cases/imports', 'post'>>('/cases/imports', file, file.name, {
    signal,
    // Sent ahead of the file, where the server reads it.
    ...(mapping ? { fields: { mapping: JSON.stringify(mapping) } } : {}),
  });
}

export const getImport = (id: string) => api.get<ImportJob>(`/cases/imports/${encodeURIComponent(id)}`);
export const commitImport = (id: string) =>
  api.post<ApiResponse<'/api/v1/cases/imports/{id}/commit', 'post'>>(`/cases/imports/${encodeURIComponent(id)}/commit`);

/** Downloads the import template through fetch (a refusal shows a message instead of a JSON page). */
export async function downloadTemplate(): Promise<void> {
  const res = await fetch(`${API_BASE}/cases/import-template.xlsx`, { credentials: 'include' });
  if (!res.ok) throw await apiErrorOf(res);
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
