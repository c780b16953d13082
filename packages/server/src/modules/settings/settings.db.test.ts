import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/audit.js';
import { createTestUser, ensureTestOrg, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { getSetting, getSettingVersion, saveSetting } from './service.js';

describe(`versioned settings on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let admin: TestSession;
  let county: TestSession;

  beforeAll(async () => {
    database = await createTestDatabase();
    const org = await ensureTestOrg(database.db);
    app = await buildTestApp(database);
    admin = await sessionAs(app, database.db, await createTestUser(database.db, { role: 'admin' }));
    county = await sessionAs(
      app,
      database.db,
      await createTestUser(database.db, { role: 'county_coordinator', regionCode: org.countyCode }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  it('answers the default as version 0 until a version is saved', async () => {
    const value = await getSetting(database.db, 'reminders');
    expect(value).toMatchObject({ version: 0, value: { defenceDeadlineWorkingDays: [5, 2, 0] }, reason: null });
    const list = await admin.inject({ method: 'GET', url: '/api/v1/settings' });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toContainEqual(
      expect.objectContaining({ kind: 'reminders', label: '提醒时间', version: 0, form: 'reminders' }),
    );
  });

  it('saves each change as a new version with who and why, audited, and keeps every old version readable', async () => {
    const put = (value: unknown, baseVersion: number, reason = '按本市做法提前提醒') =>
      admin.inject({
        method: 'PUT',
        url: '/api/v1/settings/reminders',
        payload: { value, reason, baseVersion },
      });
    const first = await put({ defenceDeadlineWorkingDays: [0, 7, 3], hearingDays: [7, 1] }, 0);
    expect(first.statusCode, first.body).toBe(200);
    // Sorted latest-first by the schema's transform: the stored value is the normal form.
    expect(first.json()).toMatchObject({ version: 1, value: { defenceDeadlineWorkingDays: [7, 3, 0] } });
    expect(first.json().createdByName).toContain('（');

    const second = await put({ defenceDeadlineWorkingDays: [4], hearingDays: [3] }, 1, '缩短');
    expect(second.json().version).toBe(2);

    // An editor that started from version 1 is refused, and told what is current.
    const stale = await put({ defenceDeadlineWorkingDays: [1], hearingDays: [1] }, 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect(stale.json().message).toContain('第2版');

    expect((await getSetting(database.db, 'reminders')).value.defenceDeadlineWorkingDays).toEqual([4]);
    expect((await getSettingVersion(database.db, 'reminders', 1)).value).toEqual({
      defenceDeadlineWorkingDays: [7, 3, 0],
      hearingDays: [7, 1],
    });
    const versions = await county.inject({ method: 'GET', url: '/api/v1/settings/reminders/versions' });
    expect(versions.json().items.map((v: { version: number }) => v.version)).toEqual([2, 1, 0]);
    const old = await county.inject({ method: 'GET', url: '/api/v1/settings/reminders/versions/1' });
    expect(old.json().reason).toBe('按本市做法提前提醒');

    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'setting'), eq(auditLog.entityId, 'reminders@2')));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ version: 2, reason: '缩短' });
  });

  it('refuses a value outside the schema, naming the field in Chinese, and stores nothing', async () => {
    const before = (await getSetting(database.db, 'reminders')).version;
    const res = await admin.inject({
      method: 'PUT',
      url: '/api/v1/settings/reminders',
      payload: {
        value: { defenceDeadlineWorkingDays: [5, 5, -1], hearingDays: 'x' },
        reason: '试',
        baseVersion: before,
      },
    });
    expect(res.statusCode, res.body).toBe(400);
    const messages = (res.json().details as { field: string; message: string }[]).map((d) => d.message).join('；');
    expect(messages).toContain('答辩期限提醒（工作日）不能为负数');
    expect(messages).toContain('开庭提醒（天）');
    expect(messages).not.toMatch(/defence|hearingDays|expected/);
    expect((await getSetting(database.db, 'reminders')).version).toBe(before);
  });

  it('needs a reason, and two saves from one base version leave exactly one new version', async () => {
    const noReason = await admin.inject({
      method: 'PUT',
      url: '/api/v1/settings/reminders',
      payload: { value: { defenceDeadlineWorkingDays: [1], hearingDays: [1] }, reason: ' ', baseVersion: 2 },
    });
    expect(noReason.statusCode).toBe(400);

    const base = (await getSetting(database.db, 'reminders')).version;
    const save = (n: number) =>
      saveSetting(database.db, systemActor(), 'reminders', {
        value: { defenceDeadlineWorkingDays: [n], hearingDays: [n] },
        reason: `并发${n}`,
        baseVersion: base,
      }).then(
        () => 'ok',
        (e: { code?: string }) => e.code,
      );
    const results = await Promise.all([save(1), save(2), save(3)]);
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r === 'VERSION_CONFLICT')).toHaveLength(2);
    expect((await getSetting(database.db, 'reminders')).version).toBe(base + 1);
  });

  it('lets a county coordinator read but not change settings, and answers 404 for an unknown kind', async () => {
    const res = await county.inject({
      method: 'PUT',
      url: '/api/v1/settings/reminders',
      payload: { value: { defenceDeadlineWorkingDays: [1], hearingDays: [1] }, reason: '试', baseVersion: 0 },
    });
    expect(res.statusCode).toBe(403);
    expect((await admin.inject({ method: 'GET', url: '/api/v1/settings/nope' })).statusCode).toBe(404);
  });
});
