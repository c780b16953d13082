/** HTTP API of the embedded database's backups for administrators (`/api/v1/admin/backups`, permission backup.manage). */
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditActor } from '../../platform/audit.js';
import { errorBody } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { backupRun, backupStatusResponse } from './dto.js';
import { backupStatus, presentRun, runBackup } from './service.js';

const errors = { 401: errorBody, 403: errorBody, 422: errorBody };
const tags = ['backups'];
const manage = { access: { permission: 'backup.manage' } } as const;

export async function backupRoutes(app: App, { database, config }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/admin/backups',
    {
      config: manage,
      schema: {
        tags,
        summary: '数据库备份：最近一次备份的时间和结果、最近的备份记录、备份目录中的文件',
        response: { 200: backupStatusResponse, ...errors },
      },
    },
    async () => backupStatus(database, config),
  );

  r.post(
    '/admin/backups',
    {
      config: manage,
      schema: {
        tags,
        summary: '立即备份内置数据库（PostgreSQL 由数据库管理员用 pg_dump 备份，返回 422）',
        response: { 200: backupRun, ...errors },
      },
    },
    async (req) => presentRun(await runBackup(database, config, { reason: 'manual', actor: auditActor(req) })),
  );
}
