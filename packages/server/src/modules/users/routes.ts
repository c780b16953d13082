import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActor } from '../../platform/audit.js';
import { ROLES } from '../../platform/auth/principal.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { importTemplate, importUsers, MAX_IMPORT_ROWS } from './import.js';
import {
  createUser,
  getUser,
  listUsers,
  resetPassword,
  roleList,
  scopeOptions,
  setDisabled,
  unlockUser,
  updateUser,
} from './service.js';

const manage = { access: { permission: 'user.manage' } } as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleName: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  phone: z.string().nullable(),
  disabled: z.boolean(),
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  failedLogins: z.number(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
const userBody = z.object({ user: userSchema });
const idParams = z.object({ id: z.uuid() });
const phone = z
  .string()
  .trim()
  .regex(/^[\d\s+()-]{5,20}$/, '电话号码格式不正确')
  .or(z.literal(''))
  .nullable()
  .optional();
const scopeFields = {
  regionCode: z.string().trim().max(12).nullable().optional(),
  agencyId: z.uuid().nullable().optional(),
  phone,
};

/** Accounts and roles administration (/api/v1/users, /api/v1/roles); everything here needs 'user.manage'. */
export async function usersRoutes(scope: App, { database }: AppDeps): Promise<void> {
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  app.get(
    '/roles',
    {
      config: manage,
      schema: {
        tags: ['users'],
        summary: '角色列表',
        response: { 200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) }) },
      },
    },
    async () => ({ items: roleList() }),
  );

  app.get(
    '/users/scope-options',
    {
      config: manage,
      schema: {
        tags: ['users'],
        summary: '可选的区划与单位（设置用户范围）',
        response: {
          200: z.object({
            regions: z.array(
              z.object({ code: z.string(), name: z.string(), level: z.string(), parentCode: z.string().nullable() }),
            ),
            agencies: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), regionCode: z.string() })),
          }),
        },
      },
    },
    async () => scopeOptions(db),
  );

  app.get(
    '/users',
    {
      config: manage,
      schema: {
        tags: ['users'],
        summary: '用户列表',
        querystring: z.object({
          q: z.string().trim().max(50).optional(),
          role: z.enum(ROLES).optional(),
          regionCode: z.string().max(12).optional(),
          agencyId: z.uuid().optional(),
          status: z.enum(['active', 'disabled', 'locked']).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
        }),
        response: { 200: z.object({ items: z.array(userSchema), total: z.number() }) },
      },
    },
    async (req) => listUsers(db, req.query),
  );

  app.get(
    '/users/:id',
    { config: manage, schema: { tags: ['users'], summary: '用户详情', params: idParams, response: { 200: userBody } } },
    async (req) => ({ user: await getUser(db, req.params.id) }),
  );

  app.post(
    '/users',
    {
      config: manage,
      schema: {
        tags: ['users'],
        summary: '新建用户（返回一次性初始密码，首次登录须修改）',
        body: z.object({
          username: z.string().trim().min(2).max(40),
          displayName: z.string().trim().min(1).max(50),
          role: z.enum(ROLES),
          ...scopeFields,
        }),
        response: { 200: z.object({ user: userSchema, initialPassword: z.string() }) },
      },
    },
    async (req) => createUser(db, auditActor(req), req.body),
  );

  app.patch(
    '/users/:id',
    {
      config: manage,
      schema: {
        tags: ['users'],
        summary: '修改用户（姓名、角色、范围、电话）',
        params: idParams,
        body: z.object({
          version: z.number().int(),
          displayName: z.string().trim().min(1).max(50).optional(),
          role: z.enum(ROLES).optional(),
          ...scopeFields,
        }),
        response: { 200: userBody },
      },
    },
    async (req) => ({ user: await updateUser(db, req.principal!, auditActor(req), req.params.id, req.body) }),
  );

  app.post(
    '/users/:id/disable',
    {
      config: manage,
      schema: { tags: ['users'], summary: '停用用户（立即下线）', params: idParams, response: { 200: userBody } },
    },
    async (req) => ({ user: await setDisabled(db, req.principal!, auditActor(req), req.params.id, true) }),
  );

  app.post(
    '/users/:id/enable',
    { config: manage, schema: { tags: ['users'], summary: '启用用户', params: idParams, response: { 200: userBody } } },
    async (req) => ({ user: await setDisabled(db, req.principal!, auditActor(req), req.params.id, false) }),
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: manage,
      schema: {
        tags: ['users'],
        summary: '重置密码（返回一次性初始密码）',
        params: idParams,
        response: { 200: z.object({ initialPassword: z.string() }) },
      },
    },
    async (req) => resetPassword(db, auditActor(req), req.params.id),
  );

  app.post(
    '/users/:id/unlock',
    {
      config: manage,
      schema: { tags: ['users'], summary: '解除登录锁定', params: idParams, response: { 200: userBody } },
    },
    async (req) => ({ user: await unlockUser(db, auditActor(req), req.params.id) }),
  );

  app.get(
    '/users/import-template',
    { config: manage, schema: { tags: ['users'], summary: '下载用户导入模板（.xlsx）' } },
    async (_req, reply) =>
      reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          `attachment; filename="users-template.xlsx"; filename*=UTF-8''${encodeURIComponent('用户导入模板.xlsx')}`,
        )
        .send(await importTemplate()),
  );

  app.post(
    '/users/import',
    {
      config: manage,
      // The file comes base64-encoded in JSON (the API client sends JSON with the CSRF header); ~3 MB of xlsx.
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags: ['users'],
        summary: `从 Excel 导入用户（最多 ${MAX_IMPORT_ROWS} 行；有错误时不导入并逐行说明）`,
        body: z.object({ fileName: z.string().max(200).optional(), contentBase64: z.string().min(1) }),
        response: {
          200: z.object({
            created: z.array(
              z.object({
                row: z.number(),
                username: z.string(),
                displayName: z.string(),
                roleName: z.string(),
                initialPassword: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({ created: await importUsers(db, auditActor(req), Buffer.from(req.body.contentBase64, 'base64')) }),
  );
}
