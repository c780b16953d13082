import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { seedDemoIfEmpty } from '../demo/seed.js';
import { DEMO_USERS } from './demo.js';
import { demoAccountsInUse } from './firstStart.js';

describe(`demo accounts on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({ SESSION_SECRET: 'd'.repeat(40), DATA_DIR: tmpdir(), LOG_LEVEL: 'silent' });
    app = await buildApp({ config, database }, { logger: false });
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('one account per role, listed as logins, each signs in without a forced password change', async () => {
    const { logins } = await seedDemoIfEmpty(database);
    expect(logins.map((l) => l.username)).toEqual(DEMO_USERS.map((u) => u.username));
    expect(new Set(DEMO_USERS.map((u) => u.role)).size).toBe(10);
    const me = async (username: string) => {
      const s = await loginAs(app, { username, password: DEMO_USERS.find((u) => u.username === username)!.password });
      return (await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).json().user;
    };
    expect(await me('clerk1')).toMatchObject({
      role: 'agency_clerk',
      regionCode: '329902',
      agencyName: '示例市城东区自然资源局',
      mustChangePassword: false,
    });
    expect(await me('court1')).toMatchObject({ role: 'court_liaison', agencyName: '示例市城东区人民法院' });
    expect(await me('county1')).toMatchObject({ role: 'county_coordinator', regionName: '城东区' });
    expect(await me('city')).toMatchObject({ role: 'city_coordinator', regionCode: '329900' });
    expect(await me('admin')).toMatchObject({ role: 'admin', regionCode: null });
  });

  it('the demo is recognised: every demo account accepts its published password, and the web is told 演示数据', async () => {
    expect(await demoAccountsInUse(database.db)).toEqual(DEMO_USERS.map((u) => u.username).sort());
    const res = await app.inject({ method: 'GET', url: '/api/v1/auth/instance' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ demo: true });
  });
});
