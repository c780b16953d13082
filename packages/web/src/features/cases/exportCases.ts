/**
 * "Export current filter": GET /api/v1/cases/export.xlsx with the list's filters. Fetched (not a plain link) so a
 * missing endpoint (404) or a refusal shows a clear message instead of a JSON page.
 */
import { API_BASE, ApiError } from '../../app/api/client.js';

export async function downloadExport(filterQuery: string): Promise<void> {
  const res = await fetch(`${API_BASE}/cases/export.xlsx${filterQuery ? `?${filterQuery}` : ''}`, {
    credentials: 'include',
  });
  if (!res.ok) {
    let code = `HTTP_${res.status}`;
    let message = res.statusText;
    try {
      const body = (await res.json()) as { code?: string; message?: string };
      code = body.code ?? code;
      message = body.message ?? message;
    } catch {
      // not JSON
    }
    // A 404 for the endpoint itself (not a "case not found") means the export is not there yet.
    throw new ApiError(res.status, res.status === 404 ? 'EXPORT_UNAVAILABLE' : code, message);
  }
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = star ? decodeURIComponent(star) : (plain ?? 'cases.xlsx');
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
