import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/auth/password.js';
import { loginAs } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { createFirstAdminIfNone, demoAccountsInUse } from './firstStart.js';
import { users } from './schema.js';

// A real installation (started without --demo) and the demo accounts' published passwords.
describe(`first start of a real installation on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp(database, { RATE_LIMIT_PER_MINUTE: '100000' });
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('creates the first administrator with a one-time password; the session can only change it', async () => {
    const first = await createFirstAdminIfNone(database.db);
    expect(first).toMatchObject({ username: 'admin' });
    expect(await createFirstAdminIfNone(database.db)).toBeNull();
    const [row] = await database.db.select().from(users).where(eq(users.username, 'admin'));
    expect(row).toMatchObject({ role: 'admin', mustChangePassword: true });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, row!.id));
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(JSON.stringify(audit)).not.toContain(first!.password);

    const s = await loginAs(app, first!);
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).json().user.mustChangePassword).toBe(true);
    for (const url of ['/api/v1/users', '/api/v1/audit', '/api/v1/cases']) {
      const blocked = await s.inject({ method: 'GET', url });
      expect(blocked.statusCode, url).toBe(403);
      expect(blocked.json().code, url).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    const change = await s.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: first!.password, newPassword: 'Own-choice-2026' },
    });
    expect(change.statusCode).toBe(200);
    const after = await loginAs(app, { username: 'admin', password: 'Own-choice-2026' });
    expect((await after.inject({ method: 'GET', url: '/api/v1/users' })).statusCode).toBe(200);
    // Not a demo: the web shows no 演示数据 banner.
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/instance' })).json()).toEqual({ demo: false });
  });

  it('a demo account counts while it accepts its published password, not once changed or disabled', async () => {
    const [leader] = await database.db
      .insert(users)
      .values({
        username: 'leader1',
        displayName: '市领导',
        passwordHash: await hashPassword('Demo@2026leader'),
        role: 'leader',
        mustChangePassword: false,
      })
      .returning({ id: users.id });
    expect(await demoAccountsInUse(database.db)).toEqual(['leader1']);
    await database.db.update(users).set({ disabled: true }).where(eq(users.id, leader!.id));
    expect(await demoAccountsInUse(database.db)).toEqual([]);
    await database.db
      .update(users)
      .set({ disabled: false, passwordHash: await hashPassword('Changed-pass-77') })
      .where(eq(users.id, leader!.id));
    expect(await demoAccountsInUse(database.db)).toEqual([]);
  });
});
