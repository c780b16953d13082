/**
 * HTTP routes of suggestions (README.md, docs/rules/suggestions.md), all under /api/v1. Scope: scope.ts (404 outside).
 *
 * | route | access | what |
 * |---|---|---|
 * | GET  /suggestions?status&kind&agencyId&year | suggestion.read | the suggestions in scope with their status |
 * | GET  /suggestions/kinds | suggestion.read | kinds, the reply period in force and its basis |
 * | GET  /suggestions/figures?year | suggestion.read | 及时答复率 in total and per agency |
 * | GET  /suggestions/:id | suggestion.read | one, with its files |
 * | POST /suggestions | suggestion.manage | register one received (due date computed) |
 * | PATCH /suggestions/:id | suggestion.manage | reassign / correct (version) |
 * | POST /suggestions/:id/files?purpose=document|reply (multipart `file`) | suggestion.read + manage/answer | upload |
 * | GET  /suggestions/:id/files/:fileId | suggestion.read | a file as uploaded (audited) |
 * | POST /suggestions/:id/answer | suggestion.answer | the reply date and summary (version; a reply file first) |
 */
import multipart from '@fastify/multipart';
import { todayInChina } from '@shuangjiang/domain';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActor } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { MAX_FILE_BYTES, uploadedFile } from '../../platform/files/uploads.js';
import { contentDisposition } from '../../platform/http/download.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { FILE_PURPOSES } from './constants.js';
import type { SuggestionContext } from './context.js';
import {
  answerBody,
  createSuggestionBody,
  errors,
  figuresOut,
  figuresQuery,
  fileParams,
  idParams,
  kindsOut,
  suggestionListOut,
  suggestionListQuery,
  suggestionOut,
  updateSuggestionBody,
} from './dto.js';
import {
  answerSuggestion,
  createSuggestion,
  getSuggestion,
  listSuggestions,
  readSuggestionFile,
  suggestionFigures,
  suggestionKinds,
  updateSuggestion,
  uploadSuggestionFile,
} from './suggestions.js';

const tags = ['suggestions'];
const access = (permission: string) => ({ access: { permission } }) as const;

export function contextOf(req: FastifyRequest): SuggestionContext {
  if (!req.principal) throw new AppError('AUTH_REQUIRED', '请先登录');
  return { principal: req.principal, actor: auditActor(req) };
}

export async function suggestionRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 2 } });
  const out = { 200: suggestionOut, ...errors };

  r.get(
    '/suggestions',
    {
      config: access('suggestion.read'),
      schema: {
        tags,
        summary: '建议列表（司法、检察、复议、执法监督建议）',
        querystring: suggestionListQuery,
        response: { 200: suggestionListOut, ...errors },
      },
    },
    async (req) => listSuggestions(db, contextOf(req).principal, req.query),
  );

  r.get(
    '/suggestions/kinds',
    {
      config: access('suggestion.read'),
      schema: { tags, summary: '建议类型及其答复期限、依据', response: { 200: kindsOut, ...errors } },
    },
    async () => suggestionKinds(db),
  );

  r.get(
    '/suggestions/figures',
    {
      config: access('suggestion.read'),
      schema: {
        tags,
        summary: '及时答复率（合计及各机关）',
        querystring: figuresQuery,
        response: { 200: figuresOut, ...errors },
      },
    },
    async (req) =>
      suggestionFigures(db, contextOf(req).principal, req.query.year ?? Number(todayInChina().slice(0, 4))),
  );

  r.get(
    '/suggestions/:id',
    { config: access('suggestion.read'), schema: { tags, summary: '建议详情', params: idParams, response: out } },
    async (req) => getSuggestion(db, contextOf(req).principal, req.params.id),
  );

  r.post(
    '/suggestions',
    {
      config: access('suggestion.manage'),
      schema: {
        tags,
        summary: '登记收到的建议（自动计算答复期限）',
        body: createSuggestionBody,
        response: { 201: suggestionOut, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await createSuggestion(db, contextOf(req), req.body)),
  );

  r.patch(
    '/suggestions/:id',
    {
      config: access('suggestion.manage'),
      schema: { tags, summary: '改派承办机关或更正', params: idParams, body: updateSuggestionBody, response: out },
    },
    async (req) => updateSuggestion(db, contextOf(req), req.params.id, req.body),
  );

  r.post(
    '/suggestions/:id/files',
    {
      config: access('suggestion.read'),
      schema: {
        tags,
        summary: '上传建议书（协调员）或答复函（承办机关）',
        params: idParams,
        querystring: z.object({ purpose: z.enum(FILE_PURPOSES, { error: '文件用途应为 document 或 reply' }) }),
        response: out,
      },
    },
    async (req) => uploadSuggestionFile(db, contextOf(req), req.params.id, req.query.purpose, await uploadedFile(req)),
  );

  r.get(
    '/suggestions/:id/files/:fileId',
    { config: access('suggestion.read'), schema: { tags, summary: '下载建议书或答复函', params: fileParams } },
    async (req, reply) => {
      const f = await readSuggestionFile(db, contextOf(req), req.params.id, req.params.fileId);
      return reply.type(f.mimeType).header('content-disposition', contentDisposition(f.fileName)).send(f.content);
    },
  );

  r.post(
    '/suggestions/:id/answer',
    {
      config: access('suggestion.answer'),
      schema: {
        tags,
        summary: '登记答复（答复日期、内容摘要；须先上传答复函）',
        params: idParams,
        body: answerBody,
        response: out,
      },
    },
    async (req) => answerSuggestion(db, contextOf(req), req.params.id, req.body),
  );
}
