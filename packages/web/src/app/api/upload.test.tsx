/**
 * api.upload as the server sees it: one multipart request with the session's CSRF token, the form fields ahead of the
 * file (the server reads fields sent before it), one retry with a fresh token when the token went stale, and a refusal
 * as an ApiError with the server's code and message.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, resetCsrfToken } from './client.js';

interface Sent {
  method: string;
  path: string;
  token: string | null;
  parts: [string, string][];
}

/** `fetch` answered by `answer` per request; records each request with its multipart parts (name, value or file name). */
function network(answer: (req: Sent, n: number) => { status: number; body: unknown }) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), 'http://localhost');
      const headers = new Headers(init?.headers);
      const form = init?.body instanceof FormData ? init.body : null;
      const req: Sent = {
        method: init?.method ?? 'GET',
        path: url.pathname + url.search,
        token: headers.get('x-csrf-token'),
        parts: form ? [...form.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : (v as File).name]) : [],
      };
      sent.push(req);
      const { status, body } =
        req.path === '/api/v1/auth/csrf'
          ? { status: 200, body: { token: `token-${sent.filter((s) => s.path === '/api/v1/auth/csrf').length}` } }
          : answer(req, sent.length);
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
  resetCsrfToken();
});

const file = () => new File(['PK…'], '批办单模板.docx');

describe('api.upload', () => {
  it('sends the fields ahead of the file with the CSRF token', async () => {
    const sent = network(() => ({ status: 201, body: { version: 2 } }));
    const answer = await api.upload<{ version: number }>('/document-templates/assignment', file(), '批办单模板.docx', {
      fields: { reason: '更新版式' },
    });
    expect(answer).toEqual({ version: 2 });
    const post = sent.filter((s) => s.method === 'POST');
    expect(post).toEqual([
      {
        method: 'POST',
        path: '/api/v1/document-templates/assignment',
        token: 'token-1',
        parts: [
          ['reason', '更新版式'],
          ['file', '批办单模板.docx'],
        ],
      },
    ]);
  });

  it('retries once with a fresh token when the token went stale', async () => {
    const sent = network((req) =>
      req.token === 'token-1'
        ? { status: 403, body: { code: 'CSRF_INVALID', message: '令牌已失效', requestId: 'r1' } }
        : { status: 200, body: { ok: true } },
    );
    await api.upload('/hearings/court-list?dryRun=true', file(), 'list.xlsx');
    const post = sent.filter((s) => s.method === 'POST');
    expect(post.map((s) => s.token)).toEqual(['token-1', 'token-2']);
    expect(post[1]?.parts).toEqual([['file', 'list.xlsx']]);
  });

  it('answers a refusal as an ApiError with the server’s code and message', async () => {
    network(() => ({ status: 422, body: { code: 'VALIDATION_FAILED', message: '文件类型不支持', requestId: 'r2' } }));
    const error = await api.upload('/cases/c-1/judgment', file(), 'x.exe').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', message: '文件类型不支持', requestId: 'r2' });
  });
});
