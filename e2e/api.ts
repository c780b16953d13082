/**
 * An API client for the browser tests' set-up steps: signed in as `who` (cookies kept, the CSRF token sent on every
 * write), answering JSON; a read or a change must answer 200, a creation any 2xx, or the test fails with the
 * server's answer.
 */
import { request } from 'playwright-core';
import { expect } from 'vitest';

export async function apiAs(baseUrl: string, who: { username: string; password: string }) {
  const ctx = await request.newContext({ baseURL: baseUrl });
  const csrf = async () => ((await (await ctx.get('/api/v1/auth/csrf')).json()) as { token: string }).token;
  const res = await ctx.post('/api/v1/auth/login', {
    data: { username: who.username, password: who.password },
    headers: { 'x-csrf-token': await csrf() },
  });
  expect(res.status()).toBe(200);
  const write = async <T>(method: 'post' | 'patch', path: string, data: unknown) => {
    const r = await ctx[method](`/api/v1${path}`, { data, headers: { 'x-csrf-token': await csrf() } });
    // A change answers 200; a creation may answer 201.
    if (method === 'patch') expect(r.status(), await r.text()).toBe(200);
    else expect(r.status(), await r.text()).toBeLessThan(300);
    return (await r.json()) as T;
  };
  return {
    ctx,
    get: async <T>(path: string) => {
      const r = await ctx.get(`/api/v1${path}`);
      expect(r.status(), await r.text()).toBe(200);
      return (await r.json()) as T;
    },
    post: <T>(path: string, data: unknown) => write<T>('post', path, data),
    patch: <T>(path: string, data: unknown) => write<T>('patch', path, data),
  };
}
