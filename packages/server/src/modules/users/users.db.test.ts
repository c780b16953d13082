import { tmpdir } from 'node:os';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestUser,
  ensureTestOrg,
  loginAs,
  type TestOrg,
  type TestSession,
  type TestUser,
} from '../../platform/auth/testing.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { auditLog } from '../audit/schema.js';
import { users } from './schema.js';

describe(`users administration on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  let org: TestOrg;
  let admin: TestUser;
  let as: TestSession;
  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig({
      SESSION_SECRET: 'u'.repeat(40),
      DATA_DIR: tmpdir(),
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    app = await buildApp({ config, database }, { logger: false });
    org = await ensureTestOrg(database.db);
    admin = await createTestUser(database.db, { role: 'admin', username: 'root-admin' });
    as = await loginAs(app, admin);
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const create = (body: Record<string, unknown>) => as.inject({ method: 'POST', url: '/api/v1/users', payload: body });

  it('creates a user with a one-time first password; the user must change it before anything else', async () => {
    const res = await create({
      username: 'Clerk.Wang',
      displayName: '王某',
      role: 'agency_clerk',
      agencyId: org.agencyId,
      phone: '13912345678',
    });
    expect(res.statusCode).toBe(200);
    const { user, initialPassword } = res.json();
    expect(user).toMatchObject({
      username: 'clerk.wang',
      regionCode: org.countyCode,
      agencyName: '测试市测试区测试局',
      mustChangePassword: true,
      phone: '13912345678',
    });
    expect(initialPassword).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{14}$/);
    const [row] = await database.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row!.passwordHash).not.toContain(initialPassword);

    const s = await loginAs(app, { username: 'clerk.wang', password: initialPassword });
    const blocked = await s.inject({ method: 'GET', url: '/api/v1/sessions' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);

    const list = await as.inject({ method: 'GET', url: '/api/v1/users?q=clerk' });
    expect(list.json().items[0].phone).toBe('139****5678');
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, 'create')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorUserId).toBe(admin.id);
    expect(JSON.stringify(audit[0])).not.toContain(initialPassword);
    expect((audit[0]!.after as { phone: string }).phone).toBe('139****5678');
  });

  it('rejects a scope that does not fit the role, and duplicate usernames, in Chinese', async () => {
    const noAgency = await create({ username: 'head2', displayName: '李某', role: 'agency_head' });
    expect(noAgency.statusCode).toBe(400);
    expect(noAgency.json().details[0]).toMatchObject({ field: 'agencyId', message: '机关负责人必须选择所属单位' });
    const courtForClerk = await create({
      username: 'clerk3',
      displayName: '李某',
      role: 'agency_clerk',
      agencyId: org.courtId,
    });
    expect(courtForClerk.json().details[0].field).toBe('agencyId');
    const countyAsCity = await create({
      username: 'city3',
      displayName: '李某',
      role: 'city_coordinator',
      regionCode: org.countyCode,
    });
    expect(countyAsCity.statusCode).toBe(400);
    const dup = await create({ username: 'ROOT-ADMIN', displayName: 'x', role: 'admin' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('DUPLICATE');
  });

  it("edits role and scope with optimistic locking; a scope change ends the user's sessions", async () => {
    const u = await createTestUser(database.db, { role: 'leader' });
    const s = await loginAs(app, u);
    const detail = (await as.inject({ method: 'GET', url: `/api/v1/users/${u.id}` })).json().user;
    const res = await as.inject({
      method: 'PATCH',
      url: `/api/v1/users/${u.id}`,
      payload: { version: detail.version, role: 'county_coordinator', regionCode: org.countyCode },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      role: 'county_coordinator',
      regionCode: org.countyCode,
      version: detail.version + 1,
    });
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const stale = await as.inject({
      method: 'PATCH',
      url: `/api/v1/users/${u.id}`,
      payload: { version: detail.version, displayName: '新名' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const [row] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, u.id), eq(auditLog.action, 'update')));
    expect(row!.diff).toMatchObject({ role: { from: 'leader', to: 'county_coordinator' } });
  });

  it('disable ends sessions and blocks sign-in; enable restores; the last admin and oneself are protected', async () => {
    const u = await createTestUser(database.db, { role: 'expert' });
    const s = await loginAs(app, u);
    const off = await as.inject({ method: 'POST', url: `/api/v1/users/${u.id}/disable`, payload: {} });
    expect(off.json().user.disabled).toBe(true);
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    await expect(loginAs(app, u)).rejects.toThrow(/401/);
    await as.inject({ method: 'POST', url: `/api/v1/users/${u.id}/enable`, payload: {} });
    await expect(loginAs(app, u)).resolves.toBeTruthy();

    const self = await as.inject({ method: 'POST', url: `/api/v1/users/${admin.id}/disable`, payload: {} });
    expect(self.statusCode).toBe(422);
    const selfRole = await as.inject({
      method: 'PATCH',
      url: `/api/v1/users/${admin.id}`,
      payload: { version: 1, role: 'leader', regionCode: org.cityCode },
    });
    expect(selfRole.statusCode).toBe(422);
  });

  it('reset password gives a new one-time password and ends sessions; unlock clears a locked state left from before (sign-in no longer locks)', async () => {
    const u = await createTestUser(database.db, { role: 'expert' });
    const s = await loginAs(app, u);
    const reset = await as.inject({ method: 'POST', url: `/api/v1/users/${u.id}/reset-password`, payload: {} });
    const pw = reset.json().initialPassword as string;
    expect((await s.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    await expect(loginAs(app, u)).rejects.toThrow(/401/);
    const fresh = await loginAs(app, { username: u.username, password: pw });
    expect((await fresh.inject({ method: 'GET', url: '/api/v1/auth/me' })).json().user.mustChangePassword).toBe(true);

    await database.db
      .update(users)
      .set({ failedLogins: 5, lockedUntil: new Date(Date.now() + 600_000) })
      .where(eq(users.id, u.id));
    expect(
      (await as.inject({ method: 'GET', url: '/api/v1/users?status=locked' }))
        .json()
        .items.map((x: { id: string }) => x.id),
    ).toEqual([u.id]);
    // Sign-in slows down instead of locking (auth/throttle.ts): a lock left in the database keeps nobody out.
    await expect(loginAs(app, { username: u.username, password: pw })).resolves.toBeTruthy();
    await database.db
      .update(users)
      .set({ failedLogins: 5, lockedUntil: new Date(Date.now() + 600_000) })
      .where(eq(users.id, u.id));
    const un = await as.inject({ method: 'POST', url: `/api/v1/users/${u.id}/unlock`, payload: {} });
    expect(un.json().user).toMatchObject({ locked: false, failedLogins: 0 });
    await expect(loginAs(app, { username: u.username, password: pw })).resolves.toBeTruthy();
  });

  it('non-administrators cannot manage users', async () => {
    const c = await loginAs(app, await createTestUser(database.db, { role: 'city_coordinator' }));
    const res = await c.inject({ method: 'GET', url: '/api/v1/users' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });

  async function sheet(rows: (string | null)[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('用户');
    ws.addRow(['用户名', '姓名', '角色', '所属区划（代码或名称）', '所属单位（全称）', '联系电话']);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  }
  const upload = (contentBase64: string) =>
    as.inject({ method: 'POST', url: '/api/v1/users/import', payload: { fileName: 'u.xlsx', contentBase64 } });

  it('import: any wrong row rejects the whole file with per-row Chinese errors', async () => {
    const res = await upload(
      await sheet([
        ['imp1', '赵某', '机关应诉专员', '', '测试市测试区测试局', '13800001111'],
        ['imp1', '钱某', '专家', '测试市', '', ''],
        ['Bad Name', '孙某', '专家', '999900', '', ''],
        ['imp4', '', '局长', '', '', ''],
        ['imp5', '周某', '县区协调员', '测试市', '', ''],
        ['root-admin', '吴某', '系统管理员', '', '', ''],
        ['imp7', '郑某', '机关负责人', '', '不存在的局', 'abc'],
      ]),
    );
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('IMPORT_INVALID');
    const messages = (body.details as { row: number; message: string }[]).map((d) => `${d.row}:${d.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '3:第 3 行：用户名“imp1”与第 2 行重复',
        expect.stringMatching(/^4:第 4 行：用户名“Bad Name”格式不正确/),
        '5:第 5 行：姓名不能为空',
        '5:第 5 行：角色“局长”不存在（见“角色说明”表）',
        '6:第 6 行：县区协调员的所属区划必须是县（市、区）',
        '7:第 7 行：用户名“root-admin”已存在',
        '8:第 8 行：单位“不存在的局”不存在（请填写单位全称）',
        '8:第 8 行：联系电话“abc”格式不正确',
      ]),
    );
    expect(await database.db.select().from(users).where(eq(users.username, 'imp1'))).toHaveLength(0);
  });

  it('import: a correct file creates every account with a one-time password, audited', async () => {
    const res = await upload(
      await sheet([
        ['imp-a', '冯某', '机关应诉专员', '', '测试市测试区测试局', ''],
        ['imp-b', '陈某', 'court_liaison', '', '测试市测试区人民法院', ''],
        [null, null, null, null, null, null],
        ['imp-c', '褚某', '领导', '999900', '', ''],
      ]),
    );
    expect(res.statusCode).toBe(200);
    const created = res.json().created as { row: number; username: string; initialPassword: string }[];
    expect(created.map((c) => [c.row, c.username])).toEqual([
      [2, 'imp-a'],
      [3, 'imp-b'],
      [5, 'imp-c'],
    ]);
    const rows = await database.db.select().from(users).where(eq(users.username, 'imp-b'));
    expect(rows[0]).toMatchObject({ role: 'court_liaison', agencyId: org.courtId, mustChangePassword: true });
    await expect(loginAs(app, { username: 'imp-c', password: created[2]!.initialPassword })).resolves.toBeTruthy();
    const imports = await database.db.select().from(auditLog).where(eq(auditLog.action, 'import'));
    expect(imports).toHaveLength(1);
  });

  it('import: a file that is not xlsx is a clear error; the template downloads', async () => {
    const res = await upload(Buffer.from('not a spreadsheet').toString('base64'));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('.xlsx');
    const t = await as.inject({ method: 'GET', url: '/api/v1/users/import-template' });
    expect(t.statusCode).toBe(200);
    expect(t.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(t.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(1).getCell(1).value).toBe('用户名');
  });
});
