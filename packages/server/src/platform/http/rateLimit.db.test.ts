/**
 * The API limit counts per session for signed-in users and per client address for anonymous requests: a county's
 * clerks behind one NAT address each have their own budget, anonymous requests from that address share one, and
 * behind a trusted proxy (TRUST_PROXY) the address is X-Forwarded-For's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs } from '../auth/testing.js';
import { createTestDatabase, type TestDatabase } from '../db/testing.js';
import { buildTestApp } from './testing.js';
import type { App } from './types.js';

const LIMIT = 5;
const NAT = '10.20.30.40';

describe('API rate limit', () => {
  let database: TestDatabase;
  let app: App;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp(database, { RATE_LIMIT_PER_MINUTE: String(LIMIT) });
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const anonymous = (remoteAddress: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url: '/api/v1/auth/csrf', remoteAddress, headers });

  it('gives two sessions from one address each their own budget', async () => {
    const [a, b] = await Promise.all([
      createTestUser(database.db, { role: 'admin' }),
      createTestUser(database.db, { role: 'admin' }),
    ]);
    // sessionAs spends one request of the session's budget on its CSRF token.
    const sessionA = await sessionAs(app, database.db, a);
    const sessionB = await sessionAs(app, database.db, b);
    const me = (s: typeof sessionA) => s.inject({ method: 'GET', url: '/api/v1/auth/me', remoteAddress: NAT });

    const statusesA: number[] = [];
    for (let i = 0; i < LIMIT; i++) statusesA.push((await me(sessionA)).statusCode);
    expect(statusesA).toEqual([200, 200, 200, 200, 429]);
    const limited = await me(sessionA);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
    expect(limited.headers['retry-after']).toBeDefined();

    // Same address, another session: its own budget, untouched by A's.
    expect((await me(sessionB)).statusCode).toBe(200);
    // Anonymous requests from that address are not charged to either session.
    expect((await anonymous(NAT)).statusCode).toBe(200);
  });

  it('makes anonymous requests from one address share its budget', async () => {
    const address = '10.9.9.9';
    const statuses: number[] = [];
    // Two browsers without a session behind the same address: one budget between them.
    for (let i = 0; i < LIMIT; i++) statuses.push((await anonymous(address)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const other = await anonymous(address, { 'user-agent': 'another browser' });
    expect(other.statusCode).toBe(429);
    expect(other.json()).toMatchObject({ code: 'RATE_LIMITED' });
    // Another address has its own.
    expect((await anonymous('10.9.9.10')).statusCode).toBe(200);
  });

  it('takes the address from X-Forwarded-For only behind a trusted proxy', async () => {
    // Untrusted (default): a forged header does not buy a fresh budget.
    const proxy = '10.7.7.7';
    for (let i = 0; i < LIMIT; i++) await anonymous(proxy, { 'x-forwarded-for': `192.0.2.${i}` });
    expect((await anonymous(proxy, { 'x-forwarded-for': '192.0.2.99' })).statusCode).toBe(429);

    const behindProxy = await buildTestApp(database, { RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: proxy });
    try {
      const via = (client: string) =>
        behindProxy.inject({
          method: 'GET',
          url: '/api/v1/auth/csrf',
          remoteAddress: proxy,
          headers: { 'x-forwarded-for': client },
        });
      for (let i = 0; i < LIMIT; i++) expect((await via('192.0.2.1')).statusCode).toBe(200);
      expect((await via('192.0.2.1')).statusCode).toBe(429);
      expect((await via('192.0.2.2')).statusCode).toBe(200);
    } finally {
      await behindProxy.close();
    }
  });
});
