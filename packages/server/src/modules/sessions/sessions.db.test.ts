import { tmpdir } from 'node:os';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, loginAs } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { users } from '../users/schema.js';

describe(`my sessions on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({
      SESSION_SECRET: 's'.repeat(40),
      DATA_DIR: tmpdir(),
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    app = await buildApp({ config, database }, { logger: false });
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('lists my live sessions, marks the current one, and hides the token', async () => {
    const u = await createTestUser(database.db, { role: 'agency_head' });
    const a = await loginAs(app, u);
    const b = await loginAs(app, u);
    const res = await b.inject({ method: 'GET', url: '/api/v1/sessions', headers: { 'user-agent': 'Phone' } });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; current: boolean }[];
    expect(items).toHaveLength(2);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    expect(res.body).not.toMatch(/token/i);
    await a.inject({ method: 'POST', url: '/api/v1/auth/logout', payload: {} });
    expect((await b.inject({ method: 'GET', url: '/api/v1/sessions' })).json().items).toHaveLength(1);
  });

  it("revokes one of my sessions, but another user's session is 'not found'", async () => {
    const u = await createTestUser(database.db, { role: 'leader' });
    const other = await createTestUser(database.db, { role: 'leader' });
    const a = await loginAs(app, u);
    const b = await loginAs(app, u);
    const o = await loginAs(app, other);
    const mine = (await a.inject({ method: 'GET', url: '/api/v1/sessions' })).json().items as {
      id: string;
      current: boolean;
    }[];
    const bId = mine.find((s) => !s.current)!.id;
    const theirs = (await o.inject({ method: 'GET', url: '/api/v1/sessions' })).json().items[0].id as string;
    const cross = await a.inject({ method: 'DELETE', url: `/api/v1/sessions/${theirs}` });
    expect(cross.statusCode).toBe(404);
    expect((await o.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    const ok = await a.inject({ method: 'DELETE', url: `/api/v1/sessions/${bId}` });
    expect(ok.statusCode).toBe(200);
    expect((await b.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    expect((await a.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.entityId, bId));
    expect(rows.map((r) => r.action)).toEqual(['login', 'session_revoke']);
  });

  it('signs out everywhere else, keeping this session', async () => {
    const u = await createTestUser(database.db, { role: 'expert' });
    const others = [await loginAs(app, u), await loginAs(app, u)];
    const me = await loginAs(app, u);
    const res = await me.inject({ method: 'POST', url: '/api/v1/sessions/revoke-others', payload: {} });
    expect(res.json()).toEqual({ revoked: 2 });
    for (const s of others) expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    expect((await me.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
  });

  it("a session's account is cached between requests, and any transaction that changes it applies from the next one", async () => {
    const u = await createTestUser(database.db, { role: 'leader' });
    const s = await loginAs(app, u);
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    // Disabled directly in the table (no session revoked): only the cache's emptying at the transaction's end can
    // make the next request see it.
    await database.db.transaction(async (tx) => {
      await tx.update(users).set({ disabled: true }).where(eq(users.id, u.id));
    });
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });
});
