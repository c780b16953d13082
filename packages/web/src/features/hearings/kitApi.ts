/**
 * The hearing preparation kit (应诉材料包): generate one part (then download it as stored) or all five as one .zip
 * (POST /cases/:id/preparation-kit…, hearing.manage). Fetched rather than linked, so a refusal shows the server's
 * message, and the CSRF token goes with the POST.
 */
import { API_BASE, api, apiErrorOf } from '../../app/api/client.js';
import type { ApiResponse } from '../../app/api/contract.js';
import { documentFileUrl } from '../documents/api.js';

export const KIT_ITEMS = [
  'defence-statement',
  'evidence-list',
  'power-of-attorney',
  'head-identity',
  'assignment-form',
] as const;
export type KitItem = (typeof KIT_ITEMS)[number];
type Generated = ApiResponse<'/api/v1/cases/{id}/preparation-kit/{item}', 'post'>;

const enc = encodeURIComponent;
const query = (hearingId?: string) => (hearingId ? `?hearingId=${enc(hearingId)}` : '');

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function fetchFile(url: string, init: RequestInit, fallback: string) {
  const res = await fetch(url, { credentials: 'include', ...init });
  if (!res.ok) throw await apiErrorOf(res);
  const star = /filename\*=UTF-8''([^;]+)/i.exec(res.headers.get('content-disposition') ?? '')?.[1];
  save(await res.blob(), star ? decodeURIComponent(star) : fallback);
}

/** One part: generated and stored on the case, then downloaded. */
export async function downloadKitItem(caseId: string, item: KitItem, hearingId?: string): Promise<Generated> {
  const doc = await api.post<Generated>(`/cases/${enc(caseId)}/preparation-kit/${item}${query(hearingId)}`);
  await fetchFile(documentFileUrl(doc.id), {}, doc.fileName);
  return doc;
}

/** All five as one .zip. */
export async function downloadKitZip(caseId: string, hearingId?: string): Promise<void> {
  const { token } = await api.get<{ token: string }>('/auth/csrf');
  await fetchFile(
    `${API_BASE}/cases/${enc(caseId)}/preparation-kit.zip${query(hearingId)}`,
    { method: 'POST', headers: { 'x-csrf-token': token } },
    'preparation-kit.zip',
  );
}
