/**
 * HTTP routes of imports and exports (all under /api/v1):
 *
 * | route | access | what |
 * |---|---|---|
 * | GET  /cases/import-template.xlsx | case.import | the template |
 * | POST /cases/imports (multipart: `mapping` JSON field first, then `file`) | case.import | upload + dry run → job with counts, errors, changes, unmapped columns, overview |
 * | GET  /cases/imports/:id | case.import | the job (the same answer, kept with it) and its progress (rows read / written) |
 * | POST /cases/imports/:id/commit | case.import | apply the checked file in one transaction |
 *
 * The export and a case's documents (judgments) are the case registry's (cases/fileRoutes.ts).
 */

import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import { z } from 'zod';
import { auditActor } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { contentDisposition } from '../../platform/http/download.js';
import { principalOf } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { errorResponses, importJob } from './dto.js';
import { type ColumnMapping, MappingError, parseColumnMapping } from './mappings.js';
import { failInterruptedImports } from './recovery.js';
import { checkJob, commitJob, createJob, jobFor, presentJob, trackProgress } from './service.js';
import { TEMPLATE_FILE_NAME, templateBuffer } from './template.js';

/** An import file may be large (100,000 rows ≈ 10 MB). */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

const idParams = z.object({ id: z.string().max(64) });
/**
 * The `mapping` form field: JSON {source header → column key | null (ignore)}, checked as the command line checks
 * --map/--mapping (mappings.ts parseColumnMapping; the columns against the file's header once it is read).
 */
function parseMapping(value: unknown): ColumnMapping | undefined {
  if (value === undefined || value === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(String(value));
  } catch {
    throw new MappingError([{ reason: 'format' }]);
  }
  return parseColumnMapping(json);
}

export async function importRoutes(app: App, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const interrupted = await failInterruptedImports(db, deps.database.kind);
  if (interrupted > 0) app.log.warn({ interrupted }, 'closed import jobs interrupted by a crash');
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 } });

  app.get(
    '/cases/import-template.xlsx',
    { config: { access: { permission: 'case.import' } }, schema: { tags: ['cases'], summary: '案件导入模板' } },
    async (_req, reply) => {
      const buf = await templateBuffer(db);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition(TEMPLATE_FILE_NAME))
        .send(buf);
    },
  );

  app.post(
    '/cases/imports',
    {
      config: { access: { permission: 'case.import' } },
      schema: { tags: ['cases'], summary: '上传并检查导入文件', response: { 201: importJob, ...errorResponses } },
    },
    async (req, reply) => {
      const principal = principalOf(req);
      const file = await req.file().catch(() => undefined);
      if (!file)
        throw new AppError('IMPORT_INVALID', '请选择要导入的 Excel 文件（.xlsx）或 CSV 文件', [
          { field: 'file', message: '未上传文件' },
        ]);
      const tmp = join(tmpdir(), `sj-import-${randomUUID()}.xlsx`);
      try {
        await pipeline(file.file, createWriteStream(tmp));
        if (file.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', '文件过大（最大 64 MB）');
        // Fields sent before the file part (the web app sends `mapping` first).
        const field = file.fields.mapping as { value?: unknown } | undefined;
        const mapping = parseMapping(field && 'value' in field ? field.value : undefined);
        const job = await createJob(db, principal, file.filename || 'import.xlsx');
        await checkJob(db, principal, job.id, tmp, {
          fileName: job.fileName,
          onProgress: trackProgress(job.id),
          mapping,
        });
        trackProgress(job.id)({ phase: 'done', rowsRead: 0, rowsWritten: 0, rowsTotal: 0 });
        // The job as stored: its GET answers the same after a reload.
        return reply.status(201).send(presentJob(await jobFor(db, principal, job.id)));
      } finally {
        await unlink(tmp).catch(() => {});
      }
    },
  );

  app.get(
    '/cases/imports/:id',
    {
      config: { access: { permission: 'case.import' } },
      schema: {
        params: idParams,
        tags: ['cases'],
        summary: '导入任务与进度（检查结果、列对应、涉及机关与案件）',
        response: { 200: importJob, ...errorResponses },
      },
    },
    async (req) => presentJob(await jobFor(db, principalOf(req), (req.params as { id: string }).id)),
  );

  app.post(
    '/cases/imports/:id/commit',
    {
      config: { access: { permission: 'case.import' } },
      schema: {
        params: idParams,
        tags: ['cases'],
        summary: '提交导入',
        response: { 200: importJob, ...errorResponses },
      },
    },
    async (req) => {
      const principal = principalOf(req);
      const job = await commitJob(db, principal, auditActor(req), (req.params as { id: string }).id);
      return presentJob(job);
    },
  );
}
