/**
 * Renders a screen as the app does — TanStack Query, router, the signed-in user, antd in Chinese — with the server
 * answered at the network boundary: `server` replaces `fetch` and records every request, so a test asserts on what
 * the web sends (never on our own functions). Data the screen reads can be put in the query cache up front.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, vi } from 'vitest';
import { AuthProvider } from '../app/auth/AuthProvider.js';
import { type SessionUser, sessionQueryKey } from '../app/auth/session.js';

export interface Recorded {
  method: string;
  path: string;
  body: unknown;
}

type Handler = (req: Recorded) => { status?: number; body?: unknown } | undefined;

/** A fake server behind `fetch`: answers by `handler` (404 JSON when it returns nothing), records each request. */
export function fakeServer(handler: Handler = () => undefined) {
  const requests: Recorded[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const raw = init?.body;
    const body = typeof raw === 'string' ? JSON.parse(raw) : (raw ?? null);
    const req = { method: init?.method ?? 'GET', path: url.pathname.replace(/^\/api\/v1/, '') + url.search, body };
    requests.push(req);
    if (req.path === '/auth/csrf') return json(200, { token: 'test-token' });
    const answer = handler(req);
    if (!answer) return json(404, { code: 'NOT_FOUND', message: '接口不存在', requestId: 't' });
    return json(answer.status ?? 200, answer.body);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, writes: () => requests.filter((r) => r.method !== 'GET') };
}

function json(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

export const testUser: SessionUser = {
  id: '00000000-0000-4000-8000-000000000001',
  username: 'clerk',
  displayName: '测试书记员',
  role: 'agency_clerk',
  roleName: '机关经办人',
  regionCode: '329902',
  regionName: '城东区',
  agencyId: '00000000-0000-4000-8000-0000000000a1',
  agencyName: '城东区市场监督管理局',
  mustChangePassword: false,
  permissions: ['case.read', 'case.create', 'case.update'],
};

/** Renders `ui` at `route` (matched by `path`), signed in as `user`, with `cache` entries already loaded. */
export function renderScreen(
  ui: ReactNode,
  opts: { route?: string; path?: string; user?: SessionUser; cache?: [readonly unknown[], unknown][] } = {},
) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  client.setQueryData(sessionQueryKey, opts.user ?? testUser);
  for (const [key, data] of opts.cache ?? []) client.setQueryData(key, data);
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[opts.route ?? '/']}>
        <AuthProvider>
          <ConfigProvider locale={zhCN}>
            <AntApp>
              <Routes>
                <Route path={opts.path ?? '/'} element={ui} />
                <Route path="*" element={<div data-testid="navigated-away" />} />
              </Routes>
            </AntApp>
          </ConfigProvider>
        </AuthProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
