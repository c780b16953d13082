import { tmpdir } from 'node:os';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, redact, systemActor, writeAudit } from '../../platform/audit.js';
import { createTestUser, loginAs, type TestSession } from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { addCaseEvent, createCase } from '../cases/service.js';
import { litigationInput, seedOrgFixture, testContext, testPrincipal } from '../cases/testing.js';
import { regions } from '../org/schema.js';
import { auditLog } from './schema.js';
import { ACTION_NAMES_ZH } from './service.js';

describe(`audit log on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let admin: TestSession;
  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({
      SESSION_SECRET: 'a'.repeat(40),
      DATA_DIR: tmpdir(),
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    app = await buildApp({ config, database }, { logger: false });
    admin = await loginAs(app, await createTestUser(database.db, { role: 'admin', username: 'auditor' }));
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const countFor = async (entityId: string) =>
    (await database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId))).length;

  it('is written in the same transaction as the change: a failing change leaves no audit row', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await tx.insert(regions).values({ code: '888800', name: '回滚市', level: 'city', path: '/888800/' });
        await writeAudit(tx, { actor: systemActor(), action: 'create', entityType: 'region', entityId: '888800' });
        // The change then fails (duplicate key): everything rolls back, the audit row too.
        await tx.insert(regions).values({ code: '888800', name: '重复', level: 'city', path: '/888800/' });
      }),
    ).rejects.toThrow();
    expect(await countFor('888800')).toBe(0);
    expect(await database.db.select().from(regions).where(eq(regions.code, '888800'))).toHaveLength(0);

    await database.db.transaction(async (tx) => {
      await tx.insert(regions).values({ code: '888800', name: '提交市', level: 'city', path: '/888800/' });
      await writeAudit(tx, { actor: systemActor(), action: 'create', entityType: 'region', entityId: '888800' });
    });
    expect(await countFor('888800')).toBe(1);
  });

  it('is append-only: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
    await writeAudit(database.db, { actor: systemActor(), action: 'update', entityType: 'test', entityId: 'ao-1' });
    const refusal = async (q: Promise<unknown>) => {
      const err = await q.then(
        () => null,
        (e: Error & { cause?: Error }) => e,
      );
      return err ? (err.cause ?? err).message : 'accepted';
    };
    expect(
      await refusal(database.db.execute(sql`update audit_log set actor_name = 'x' where entity_id = 'ao-1'`)),
    ).toMatch(/append-only \(UPDATE rejected\)/);
    expect(await refusal(database.db.execute(sql`delete from audit_log where entity_id = 'ao-1'`))).toMatch(
      /append-only \(DELETE rejected\)/,
    );
    expect(await refusal(database.db.execute(sql`truncate audit_log`))).toMatch(/append-only \(TRUNCATE rejected\)/);
    expect(await countFor('ao-1')).toBe(1);
  });

  it('has no API to change or delete rows', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const res = await admin.inject({ method, url: '/api/v1/audit/1', payload: method === 'DELETE' ? undefined : {} });
      expect(res.statusCode, method).toBe(404);
    }
  });

  it('keeps secrets out and masks ID numbers and phone numbers; records a field diff', async () => {
    expect(
      redact({
        password: 'p',
        passwordHash: 'h',
        tokenHash: 't',
        mustChangePassword: true,
        idNumber: '320102199001011234',
        phone: '13912345678',
        nested: [{ partyPhone: '13912345678' }],
      }),
    ).toEqual({
      password: '[已隐藏]',
      passwordHash: '[已隐藏]',
      tokenHash: '[已隐藏]',
      mustChangePassword: true,
      idNumber: '3201**********1234',
      phone: '139****5678',
      nested: [{ partyPhone: '139****5678' }],
    });
    await writeAudit(database.db, {
      actor: systemActor(),
      action: 'update',
      entityType: 'party',
      entityId: 'p-1',
      before: { name: '张三', idNumber: '320102199001011234', v: 1 },
      after: { name: '张三', idNumber: '320102199001015678', v: 2 },
    });
    const [row] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, 'p-1'));
    expect(row!.diff).toEqual({
      idNumber: { from: '3201**********1234', to: '3201**********5678' },
      v: { from: 1, to: 2 },
    });
    expect(JSON.stringify(row)).not.toContain('320102199001011234');
  });

  it('lists with filters (actor, entity, action, dates) and exports to xlsx, auditing the export', async () => {
    await writeAudit(database.db, {
      actor: { userId: null, name: '=cmd|calc', ip: null, requestId: null },
      action: 'delete',
      entityType: 'case',
      entityId: 'c-9',
    });
    const byEntity = await admin.inject({ method: 'GET', url: '/api/v1/audit?entityType=case&entityId=c-9' });
    expect(byEntity.json()).toMatchObject({ total: 1, items: [{ action: 'delete', actorName: '=cmd|calc' }] });
    const byActor = await admin.inject({ method: 'GET', url: '/api/v1/audit?actor=auditor&action=login' });
    expect(byActor.json().total).toBe(1);
    const future = await admin.inject({ method: 'GET', url: '/api/v1/audit?from=2999-01-01' });
    expect(future.json().total).toBe(0);

    const exp = await admin.inject({ method: 'GET', url: '/api/v1/audit/export?entityType=case' });
    expect(exp.statusCode).toBe(200);
    expect(exp.headers['content-disposition']).toContain('attachment');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exp.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(3).value).toBe('操作人');
    expect(ws.getRow(2).getCell(5).value).toBe('删除');
    expect(ws.getRow(2).getCell(3).value).toBe("'=cmd|calc");
    const exports = await admin.inject({ method: 'GET', url: '/api/v1/audit?action=export&entityType=audit_log' });
    expect(exports.json().items[0]).toMatchObject({
      actorName: expect.stringContaining('auditor'),
      after: { rows: 1, filter: { entityType: 'case' } },
    });
  });

  it('names the object (a case by its 案号, a session by its user) and says what happened (添加备注)', async () => {
    const org = await seedOrgFixture(database.db);
    const writer = await createTestUser(database.db, { role: 'admin', displayName: '王某华' });
    const ctx = testContext(testPrincipal('admin', { userId: writer.id }));
    const created = await createCase(database.db, ctx, litigationInput(org.agency('county-0-dept-0')));
    await addCaseEvent(database.db, ctx, created.id, { at: '2024-09-21', type: 'note', title: '原告来电询问进度' });
    const res = await admin.inject({ method: 'GET', url: `/api/v1/audit?entityType=case&entityId=${created.id}` });
    const items = res.json().items;
    expect(items.map((i: { what: { code: string } }) => i.what.code)).toEqual(['case_note', 'create']);
    expect(items[0]).toMatchObject({
      action: 'update',
      entityName: expect.stringContaining('苏9902行初101号'),
      what: { code: 'case_note', detail: '原告来电询问进度' },
    });
    expect(items[1].entityName).toBe(items[0].entityName);
    const logins = await admin.inject({ method: 'GET', url: '/api/v1/audit?action=login&actor=auditor' });
    expect(logins.json().items[0].entityName).toContain('（auditor）');
  });

  it('GET /audit/meta lists every audit action, in order, with its Chinese name (the export uses the same)', async () => {
    const res = await admin.inject({ method: 'GET', url: '/api/v1/audit/meta' });
    expect(res.statusCode).toBe(200);
    const actions: { value: string; label: string }[] = res.json().actions;
    expect(actions.map((a) => a.value)).toEqual([...AUDIT_ACTIONS]);
    expect(actions.filter((a) => !/[\u4e00-\u9fff]/.test(a.label))).toEqual([]);
    expect(actions.find((a) => a.value === 'unmask')?.label).toBe(ACTION_NAMES_ZH.unmask);
    expect(actions.find((a) => a.value === 'login_failed')?.label).toBe('登录失败');
  });

  it('only roles with audit.read can read it', async () => {
    // Administrators and city coordinators read it (permissions.ts); a county coordinator does not.
    const c = await loginAs(app, await createTestUser(database.db, { role: 'county_coordinator' }));
    expect((await c.inject({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(403);
    expect((await c.inject({ method: 'GET', url: '/api/v1/audit/meta' })).statusCode).toBe(403);
  });
});
