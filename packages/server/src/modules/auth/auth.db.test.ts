import { tmpdir } from 'node:os';
import { desc, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestUser, loginAs, TEST_PASSWORD } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { sessions } from '../sessions/schema.js';
import { users } from '../users/schema.js';

describe(`auth and sessions on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({
      SESSION_SECRET: 'x'.repeat(40),
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
  afterEach(() => {
    vi.useRealTimers();
  });

  const csrf = async (cookie = '') => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/auth/csrf', headers: { cookie } });
    const secret = res.cookies.find((c) => c.name === 'sj_csrf');
    return { token: res.json<{ token: string }>().token, cookie: secret ? `sj_csrf=${secret.value}` : cookie };
  };
  const attempt = async (username: string, password: string) => {
    const c = await csrf();
    return app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { cookie: c.cookie, 'x-csrf-token': c.token },
      payload: { username, password },
    });
  };
  const lastAudit = async (entityId: string) =>
    (
      await database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, entityId))
        .orderBy(desc(auditLog.id))
        .limit(1)
    )[0];

  it('signs in, sets an httpOnly SameSite=Lax session cookie, stores only the token hash, and /me answers', async () => {
    const user = await createTestUser(database.db, { role: 'agency_clerk', displayName: '张测试' });
    const c = await csrf();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { cookie: c.cookie, 'x-csrf-token': c.token },
      payload: { username: user.username.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      id: user.id,
      role: 'agency_clerk',
      roleName: '机关应诉专员',
      regionName: '测试区',
      agencyName: '测试市测试区测试局',
      mustChangePassword: false,
    });
    const cookie = res.cookies.find((x) => x.name === 'sj_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const [row] = await database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(row!.tokenHash).not.toBe(cookie.value);
    expect(row!.tokenHash).toHaveLength(43);
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `sj_session=${cookie.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.displayName).toBe('张测试');
    expect((await lastAudit(row!.id))?.action).toBe('login');
  });

  it('without a session: 401 AUTH_REQUIRED; with an unknown token: 401 AUTH_SESSION_EXPIRED', async () => {
    const none = await app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('AUTH_REQUIRED');
    const bogus = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: 'sj_session=abc' } });
    expect(bogus.statusCode).toBe(401);
    expect(bogus.json().code).toBe('AUTH_SESSION_EXPIRED');
  });

  it('an empty form is refused field by field in plain Chinese', async () => {
    const res = await attempt('  ', '');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [
        { field: 'username', message: '请输入用户名' },
        { field: 'password', message: '请输入密码' },
      ],
    });
  });

  it('wrong password and unknown user answer the same 401 AUTH_INVALID_CREDENTIALS and are audited', async () => {
    const user = await createTestUser(database.db, { role: 'expert' });
    const wrong = await attempt(user.username, 'Wrong-password-9');
    const unknown = await attempt('nobody-here', 'Wrong-password-9');
    for (const r of [wrong, unknown]) {
      expect(r.statusCode).toBe(401);
      expect(r.json().code).toBe('AUTH_INVALID_CREDENTIALS');
    }
    expect(wrong.json().message).toBe(unknown.json().message);
    expect((await lastAudit(user.id))?.action).toBe('login_failed');
  });

  it('logout revokes the session server-side: the old cookie no longer works', async () => {
    const user = await createTestUser(database.db, { role: 'leader' });
    const s = await loginAs(app, user);
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    const out = await s.inject({ method: 'POST', url: '/api/v1/auth/logout', payload: {} });
    expect(out.statusCode).toBe(200);
    const after = await s.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(after.statusCode).toBe(401);
    const [row] = await database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(row!.revokedReason).toBe('logout');
  });

  it('a state-changing request without (or with a wrong) CSRF token is 403 CSRF_INVALID', async () => {
    const user = await createTestUser(database.db, { role: 'leader' });
    const s = await loginAs(app, user);
    const missing = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie },
      payload: {},
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('CSRF_INVALID');
    const wrong = await s.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { 'x-csrf-token': `${s.csrfToken}x` },
      payload: {},
    });
    expect(wrong.json().code).toBe('CSRF_INVALID');
    // A token of the anonymous (pre-login) state is not valid for the session.
    const anon = await csrf(s.cookie.split('; ').find((c) => c.startsWith('sj_csrf='))!);
    const other = await s.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { 'x-csrf-token': anon.token },
      payload: {},
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('CSRF_INVALID');
    // Login itself needs a token (login CSRF).
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: user.username, password: TEST_PASSWORD },
    });
    expect(login.json().code).toBe('CSRF_INVALID');
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
  });

  it('the session ends after 30 minutes idle', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
    const user = await createTestUser(database.db, { role: 'leader' });
    const s = await loginAs(app, user);
    vi.setSystemTime(new Date('2026-03-02T09:29:00Z'));
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    // Activity at 09:29 moved the idle window: 09:58 is still inside it.
    vi.setSystemTime(new Date('2026-03-02T09:58:00Z'));
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    vi.setSystemTime(new Date('2026-03-02T10:28:01Z'));
    const res = await s.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH_SESSION_EXPIRED');
    vi.setSystemTime(new Date('2026-03-02T10:28:30Z'));
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });

  it('the session ends 12 hours after sign-in however active it was', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-03-02T08:00:00Z').getTime();
    vi.setSystemTime(start);
    const user = await createTestUser(database.db, { role: 'leader' });
    const s = await loginAs(app, user);
    for (let m = 20; m < 12 * 60; m += 20) {
      vi.setSystemTime(start + m * 60_000);
      expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    }
    vi.setSystemTime(start + 12 * 60 * 60_000);
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });

  describe('repeated failures slow down, never lock (a stranger cannot keep an account out)', () => {
    // The clock stands still unless a test moves it: a 1 s delay must not run out between requests on a slow machine.
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now());
    });
    const from = async (remoteAddress: string, username: string, password: string) => {
      const c = await csrf();
      return app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress,
        headers: { cookie: c.cookie, 'x-csrf-token': c.token },
        payload: { username, password },
      });
    };
    const answer = (r: {
      statusCode: number;
      headers: Record<string, unknown>;
      json: () => Record<string, unknown>;
    }) => {
      const { requestId: _ignored, ...body } = r.json();
      return { status: r.statusCode, retryAfter: r.headers['retry-after'], body };
    };

    it('a known and an unknown username get identical answers, status and body, through the slow-down', async () => {
      const user = await createTestUser(database.db, { role: 'expert' });
      const known: unknown[] = [];
      const unknown: unknown[] = [];
      for (let i = 0; i < 8; i++) known.push(answer(await from('10.7.0.1', user.username, `Wrong-pass-${i}x`)));
      for (let i = 0; i < 8; i++) unknown.push(answer(await from('10.7.0.2', 'no-such-person', `Wrong-pass-${i}x`)));
      expect(unknown).toEqual(known);
      expect(known.slice(0, 5)).toEqual(
        Array(5).fill({
          status: 401,
          retryAfter: undefined,
          body: { code: 'AUTH_INVALID_CREDENTIALS', message: '用户名或密码错误' },
        }),
      );
      expect(known[5]).toMatchObject({ status: 429, retryAfter: '1', body: { code: 'AUTH_THROTTLED' } });
      expect(known.some((a) => (a as { status: number }).status === 423)).toBe(false);
    });

    it('a stranger failing 30 times cannot keep the administrator from a correct sign-in at another address', async () => {
      const admin = await createTestUser(database.db, { role: 'admin' });
      const stranger: number[] = [];
      for (let i = 0; i < 30; i++)
        stranger.push((await from('10.7.1.1', admin.username, `Guess-${i}-pass`)).statusCode);
      expect(stranger.slice(0, 5)).toEqual(Array(5).fill(401));
      expect(stranger.slice(5).every((c) => c === 429)).toBe(true);
      // The stranger's own address waits, even with the right password …
      expect((await from('10.7.1.1', admin.username, TEST_PASSWORD)).statusCode).toBe(429);
      // … but the administrator, elsewhere, signs in at once.
      expect((await from('10.7.1.2', admin.username, TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('the delays grow (1 s, 2 s, 4 s …) and a correct sign-in after the wait succeeds', async () => {
      const t0 = new Date('2026-03-02T09:00:00Z').getTime();
      vi.setSystemTime(t0);
      const user = await createTestUser(database.db, { role: 'expert' });
      for (let i = 1; i <= 5; i++)
        expect((await from('10.7.2.1', user.username, `Wrong-${i}-pass`)).statusCode).toBe(401);
      expect((await from('10.7.2.1', user.username, TEST_PASSWORD)).statusCode).toBe(429);
      vi.setSystemTime(t0 + 1_001);
      expect((await from('10.7.2.1', user.username, 'Wrong-6-pass')).statusCode).toBe(401);
      const wait = await from('10.7.2.1', user.username, TEST_PASSWORD);
      expect(wait.statusCode).toBe(429);
      expect(wait.headers['retry-after']).toBe('2');
      expect(wait.json().message).toBe('登录失败次数过多，请 2 秒后再试');
      vi.setSystemTime(t0 + 1_001 + 1_500);
      expect((await from('10.7.2.1', user.username, TEST_PASSWORD)).statusCode).toBe(429);
      vi.setSystemTime(t0 + 1_001 + 2_001);
      expect((await from('10.7.2.1', user.username, TEST_PASSWORD)).statusCode).toBe(200);
      const [row] = await database.db.select().from(users).where(eq(users.id, user.id));
      expect(row).toMatchObject({ failedLogins: 0, lockedUntil: null });
    });

    it('the administrator sees repeated failures: the count in the user list and a login_throttled audit entry', async () => {
      const user = await createTestUser(database.db, { role: 'expert' });
      for (let i = 0; i < 7; i++) await from(`10.7.3.${i}`, user.username, `Wrong-${i}-pass`);
      for (let i = 0; i < 5; i++) await from('10.7.3.9', user.username, `Wrong-${i}-again`);
      const admin = await loginAs(app, await createTestUser(database.db, { role: 'admin' }));
      const list = await admin.inject({ method: 'GET', url: `/api/v1/users?q=${user.username}` });
      expect(list.json().items.find((u: { id: string }) => u.id === user.id)).toMatchObject({ failedLogins: 12 });
      const audit = await admin.inject({ method: 'GET', url: '/api/v1/audit?action=login_throttled' });
      const entries = audit.json().items.filter((e: { entityId: string }) => e.entityId === user.id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'login_throttled', ip: '10.7.3.9' });
    });
  });

  it('a disabled account cannot sign in, and its open sessions stop working', async () => {
    const user = await createTestUser(database.db, { role: 'leader' });
    const s = await loginAs(app, user);
    // In a transaction, as every write of the product (docs/CONVENTIONS.md): its end empties the cached account.
    await database.db.transaction(async (tx) => {
      await tx.update(users).set({ disabled: true }).where(eq(users.id, user.id));
    });
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const res = await attempt(user.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('mustChangePassword: only /me, /logout and /password; then the policy; then every session rotates', async () => {
    const user = await createTestUser(database.db, { role: 'admin', mustChangePassword: true });
    const other = await loginAs(app, user);
    const s = await loginAs(app, user);
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).json().user.mustChangePassword).toBe(true);
    const blocked = await s.inject({ method: 'GET', url: '/api/v1/sessions' });
    if (blocked.statusCode !== 404) {
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    const change = (newPassword: string, currentPassword = TEST_PASSWORD) =>
      s.inject({ method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword, newPassword } });
    const wrongCurrent = await change('Another-pass-2', 'Not-the-password-1');
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().details[0].field).toBe('currentPassword');
    for (const bad of ['short1A', 'onlyletterslong', '1234567890123', `x${user.username}12345`]) {
      const r = await change(bad);
      expect(r.statusCode, bad).toBe(400);
      expect(r.json().details[0].field).toBe('newPassword');
    }
    const ok = await change('Brand-new-pass-42');
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.mustChangePassword).toBe(false);
    // The old cookies (this browser's and the other one) are dead; the new cookie works.
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    expect((await other.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const fresh = ok.cookies.find((c) => c.name === 'sj_session')!;
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `sj_session=${fresh.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect((await attempt(user.username, 'Brand-new-pass-42')).statusCode).toBe(200);
    const audit = await lastAudit(user.id);
    expect(audit).toMatchObject({ action: 'password_change', after: { mustChangePassword: false } });
    expect(JSON.stringify(audit)).not.toContain('Brand-new-pass-42');
  });

  describe('hardening', () => {
    const from = async (remoteAddress: string, username: string, password = 'Wrong-pass-0x') => {
      const c = await csrf();
      return app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress,
        headers: { cookie: c.cookie, 'x-csrf-token': c.token },
        payload: { username, password },
      });
    };

    it('limits sign-in to 10 a minute per address and username (429 RATE_LIMITED), other names unaffected', async () => {
      // The clock stands still: the 1 s slow-down must not run out between two requests on a slow machine.
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now());
      const codes: string[] = [];
      for (let i = 0; i < 11; i++) {
        const r = await from('10.9.0.1', 'no-such-user-rl');
        codes.push(r.statusCode === 401 ? '401' : r.json().code);
      }
      // Five failures, then the slow-down answers (before the name is even looked up), then the rate limit.
      expect(codes).toEqual([...Array(5).fill('401'), ...Array(5).fill('AUTH_THROTTLED'), 'RATE_LIMITED']);
      expect((await from('10.9.0.1', 'another-name')).statusCode).toBe(401);
      expect((await from('10.9.0.2', 'no-such-user-rl')).statusCode).toBe(401);
    });

    it('limits sign-in to 60 a minute from one address over all usernames (password spraying)', async () => {
      // The clock stands still: the 1 s slow-down must not run out between two requests on a slow machine.
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now());
      const codes: string[] = [];
      for (let i = 0; i < 61; i++) {
        const r = await from('10.9.1.1', `spray-${i}`);
        codes.push(r.statusCode === 401 ? '401' : r.json().code);
      }
      // 20 free failures from one address over all names, then growing delays, then the per-address limit.
      expect(codes).toEqual([...Array(20).fill('401'), ...Array(40).fill('AUTH_THROTTLED'), 'RATE_LIMITED']);
    });

    it('refuses an oversized body with 413 and never echoes input, stack traces or SQL in errors', async () => {
      const c = await csrf();
      const big = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { cookie: c.cookie, 'x-csrf-token': c.token, 'content-type': 'application/json' },
        payload: JSON.stringify({ username: 'x', password: 'y'.repeat(2 * 1024 * 1024) }),
      });
      expect(big.statusCode).toBe(413);
      expect(big.json().code).toBe('PAYLOAD_TOO_LARGE');
      const bad = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { cookie: c.cookie, 'x-csrf-token': c.token, 'content-type': 'application/json' },
        payload: '{"username": "x", "password": ',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).not.toMatch(/at \w+ \(|node_modules|select |insert /i);
    });

    it('the password never appears in the audit log, even when typed into the username field', async () => {
      const secret = 'Secret-typed-9';
      await from('10.9.2.1', 'someone', secret);
      await from('10.9.2.1', secret, 'whatever-1');
      const rows = await database.db.select().from(auditLog);
      expect(JSON.stringify(rows).toLowerCase()).not.toContain(secret.toLowerCase());
      expect(JSON.stringify(rows)).toContain('se********(14)');
    });
  });
});
