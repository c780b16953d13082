/**
 * HTTP routes of the case registry's files (all under /api/v1):
 *
 * | route | access | what |
 * |---|---|---|
 * | GET  /cases/export.xlsx?<list filters> | case.export | the filtered list as .xlsx (streamed) |
 * | POST /cases/:id/judgment (multipart `file`) | case.update | judgment PDF/DOCX/TXT → outcome proposal |
 * | GET  /cases/:id/files | case.read (+ case scope) | the case's documents (文书), without contents |
 * | GET  /cases/:id/files/:fileId | case.read (+ case scope) | one document as uploaded (attachment, audited) |
 */
import { PassThrough } from 'node:stream';
import multipart from '@fastify/multipart';
import { z } from 'zod';
import { auditActor } from '../../platform/audit.js';
import { AppError, forbidden } from '../../platform/errors.js';
import { contentDisposition } from '../../platform/http/download.js';
import { principalOf } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { listQuery } from './dto.js';
import { exportCasesXlsx, exportFileName } from './export.js';
import { listCaseFiles, readCaseFile } from './files.js';
import { MAX_JUDGMENT_BYTES, proposeFromJudgment } from './judgment.js';
import { canSeeDeleted } from './policy.js';

const idParams = z.object({ id: z.string().max(64) });
const fileParams = z.object({ id: z.string().max(64), fileId: z.string().max(64) });

export async function caseFileRoutes(app: App, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  await app.register(multipart, { limits: { fileSize: MAX_JUDGMENT_BYTES, files: 1, fields: 5 } });

  app.get(
    '/cases/export.xlsx',
    {
      config: { access: { permission: 'case.export' } },
      schema: { querystring: listQuery, tags: ['cases'], summary: '导出案件（与列表相同的筛选条件）' },
    },
    async (req, reply) => {
      const principal = principalOf(req);
      const { page: _p, pageSize: _s, cursor: _c, ...filter } = req.query as z.infer<typeof listQuery>;
      // Refusals before the first byte: once streaming, an error can only cut the download short.
      if (filter.includeDeleted && !canSeeDeleted(principal)) throw forbidden('仅协调员可导出已删除的案件');
      const out = new PassThrough();
      reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition(exportFileName()));
      exportCasesXlsx(db, principal, auditActor(req), filter, out).catch((err) => {
        req.log.error({ err }, 'export failed');
        out.destroy(err as Error);
      });
      return reply.send(out);
    },
  );

  app.post(
    '/cases/:id/judgment',
    {
      config: { access: { permission: 'case.update' } },
      schema: { params: idParams, tags: ['cases'], summary: '上传裁判文书，识别裁判结果（待确认）' },
    },
    async (req, reply) => {
      const principal = principalOf(req);
      const file = await req.file({ limits: { fileSize: MAX_JUDGMENT_BYTES } }).catch(() => undefined);
      if (!file)
        throw new AppError('VALIDATION_FAILED', '请选择裁判文书（PDF、DOCX 或 TXT）', [
          { field: 'file', message: '未上传文件' },
        ]);
      const buf = await file.toBuffer().catch((err: { code?: string }) => {
        if (err.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', '文件过大（最大 20 MB）');
        throw err;
      });
      const proposal = await proposeFromJudgment(db, principal, auditActor(req), (req.params as { id: string }).id, {
        fileName: file.filename || 'judgment',
        content: buf,
      });
      return reply.status(201).send(proposal);
    },
  );
  app.get(
    '/cases/:id/files',
    {
      config: { access: { permission: 'case.read' } },
      schema: { params: idParams, tags: ['cases'], summary: '案件文书列表' },
    },
    async (req) => ({ items: await listCaseFiles(db, principalOf(req), (req.params as { id: string }).id) }),
  );

  app.get(
    '/cases/:id/files/:fileId',
    {
      config: { access: { permission: 'case.read' } },
      schema: { params: fileParams, tags: ['cases'], summary: '下载案件文书（原文件）' },
    },
    async (req, reply) => {
      const { id, fileId } = req.params as z.infer<typeof fileParams>;
      const file = await readCaseFile(db, principalOf(req), auditActor(req), id, fileId);
      return reply
        .type(file.mimeType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
}
