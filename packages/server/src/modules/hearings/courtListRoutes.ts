/**
 * POST /api/v1/hearings/court-list (multipart `file`; `?dryRun=true` by default): the court's hearing list
 * (开庭公告 / 排期表, .xlsx or CSV) checked — and, with `dryRun=false`, imported in one transaction
 * (useCases/importCourtList.ts). hearing.manage; rows are matched to the cases in the caller's scope, as every
 * hearing route is scoped.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditActor } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { errorBody } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { courtListOut, courtListQuery } from './courtList/dto.js';
import { importCourtList } from './useCases/importCourtList.js';

/** A court's list is small; the case import's 64 MB is for ledgers of 100,000 rows. */
const MAX_LIST_BYTES = 8 * 1024 * 1024;

export async function courtListRoutes(app: App, { database }: AppDeps): Promise<void> {
  await app.register(multipart, { limits: { fileSize: MAX_LIST_BYTES, files: 1, fields: 2 } });
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/hearings/court-list',
    {
      config: { access: { permission: 'hearing.manage' } },
      schema: {
        tags: ['hearings'],
        summary: '导入法院开庭排期表（先检查，dryRun=false 时提交）',
        querystring: courtListQuery,
        response: { 200: courtListOut, 400: errorBody, 401: errorBody, 403: errorBody, 409: errorBody, 413: errorBody },
      },
    },
    async (req) => {
      const principal = req.principal;
      if (!principal) throw new AppError('AUTH_REQUIRED', '请先登录');
      const file = await req.file().catch(() => undefined);
      if (!file) {
        throw new AppError('IMPORT_INVALID', '请选择法院开庭排期表（.xlsx 或 CSV 文件）', [
          { field: 'file', message: '未上传文件' },
        ]);
      }
      const tmp = join(tmpdir(), `sj-court-list-${randomUUID()}`);
      try {
        await pipeline(file.file, createWriteStream(tmp));
        if (file.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', '文件过大（开庭排期表最大 8 MB）');
        return await importCourtList(database.db, { principal, actor: auditActor(req) }, tmp, {
          dryRun: req.query.dryRun,
          fileName: file.filename || '开庭排期表.xlsx',
        });
      } finally {
        await unlink(tmp).catch(() => {});
      }
    },
  );
}
