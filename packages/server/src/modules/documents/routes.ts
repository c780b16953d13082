/**
 * HTTP routes of documents and Word output (all under /api/v1):
 *
 * | route | access | what |
 * |---|---|---|
 * | GET  /document-templates | settings.read | templates, version in force, placeholders, history |
 * | GET  /document-templates/:key/file?version= | settings.read | the template .docx (in force, or a version; 0 = built-in) |
 * | POST /document-templates/:key (multipart `reason`, then `file`) | settings.manage | a city's own version |
 * | POST /cases/:id/documents/assignment-form | case.update (+ case scope) | generate the 应诉批办单 |
 * | GET  /cases/:id/documents | case.read (+ case scope) | the case's generated documents |
 * | GET  /documents/:id/file | case.read (+ owner's scope) | the .docx as generated (audited) |
 * | GET  /documents/:id/pdf | case.read (+ owner's scope) | the same rendered to PDF by LibreOffice (preview) |
 */
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditActor } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { contentDisposition } from '../../platform/http/download.js';
import { errorBody, principalOf } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import {
  caseIdParams,
  documentIdParams,
  documentListResponse,
  documentMeta,
  templateFileQuery,
  templateKeyParams,
  templateListResponse,
  uploadedTemplate,
} from './dto.js';
import { renderPdf } from './render.js';
import {
  DOCX_MIME,
  generateAssignmentForm,
  listCaseDocuments,
  listTemplates,
  MAX_TEMPLATE_BYTES,
  readDocument,
  templateFile,
  uploadTemplate,
} from './service.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const tags = ['documents'];

/** The multipart upload of a template: the `reason` field, then the `file`. */
async function readUpload(req: FastifyRequest): Promise<{ fileName: string; content: Buffer; reason: string }> {
  let reason = '';
  for await (const part of req.parts({ limits: { fileSize: MAX_TEMPLATE_BYTES } })) {
    if (part.type === 'field' && part.fieldname === 'reason') reason = String(part.value ?? '');
    else if (part.type === 'file') {
      const content = await part.toBuffer().catch((err: { code?: string }) => {
        if (err.code === 'FST_REQ_FILE_TOO_LARGE')
          throw new AppError('PAYLOAD_TOO_LARGE', '模板文件过大（最大 10 MB）');
        throw err;
      });
      return { fileName: part.filename || 'template.docx', content, reason };
    }
  }
  throw new AppError('VALIDATION_FAILED', '请选择模板文件（.docx）', [{ field: 'file', message: '未上传文件' }]);
}

export async function documentRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  await app.register(multipart, { limits: { fileSize: MAX_TEMPLATE_BYTES, files: 1, fields: 3 } });

  r.get(
    '/document-templates',
    {
      config: { access: { permission: 'settings.read' } },
      schema: {
        tags,
        summary: '文书模板（当前版本、占位符、历史）',
        response: { 200: templateListResponse, ...errors },
      },
    },
    async () => ({ items: await listTemplates(db) }),
  );

  r.get(
    '/document-templates/:key/file',
    {
      config: { access: { permission: 'settings.read' } },
      schema: {
        tags,
        summary: '下载文书模板（.docx，可在 Word/WPS 中修改）',
        params: templateKeyParams,
        querystring: templateFileQuery,
      },
    },
    async (req, reply) => {
      const file = await templateFile(db, req.params.key, req.query.version);
      return reply.type(DOCX_MIME).header('content-disposition', contentDisposition(file.fileName)).send(file.content);
    },
  );

  r.post(
    '/document-templates/:key',
    {
      config: { access: { permission: 'settings.manage' } },
      schema: {
        tags,
        summary: '上传本市的文书模板（新版本；占位符须为已知的）',
        params: templateKeyParams,
        response: { 200: uploadedTemplate, ...errors },
      },
    },
    async (req) => {
      const upload = await readUpload(req);
      const row = await uploadTemplate(db, auditActor(req), req.params.key, upload);
      return { key: row.templateKey, version: row.version ?? 0, fileName: row.fileName, sha256: row.sha256 };
    },
  );

  r.post(
    '/cases/:id/documents/assignment-form',
    {
      config: { access: { permission: 'case.update' } },
      schema: { tags, summary: '生成应诉批办单', params: caseIdParams, response: { 201: documentMeta, ...errors } },
    },
    async (req, reply) => {
      const doc = await generateAssignmentForm(db, principalOf(req), auditActor(req), req.params.id);
      return reply.code(201).send(doc);
    },
  );

  r.get(
    '/cases/:id/documents',
    {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '案件已生成的文书',
        params: caseIdParams,
        response: { 200: documentListResponse, ...errors },
      },
    },
    async (req) => ({ items: await listCaseDocuments(db, principalOf(req), req.params.id) }),
  );

  r.get(
    '/documents/:id/file',
    {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '下载已生成的文书（.docx）', params: documentIdParams },
    },
    async (req, reply) => {
      const row = await readDocument(db, principalOf(req), auditActor(req), req.params.id);
      return reply.type(row.mimeType).header('content-disposition', contentDisposition(row.fileName)).send(row.content);
    },
  );

  r.get(
    '/documents/:id/pdf',
    {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '已生成文书的 PDF 预览（LibreOffice 转换）', params: documentIdParams },
    },
    async (req, reply) => {
      const row = await readDocument(db, principalOf(req), auditActor(req), req.params.id);
      const pdf = await renderPdf(row.content);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; ${contentDisposition(row.fileName.replace(/\.docx$/i, '.pdf'))
            .split('; ')
            .slice(1)
            .join('; ')}`,
        )
        .send(pdf);
    },
  );
}
