/**
 * HTTP API of the 行政争议化解中心 (docs/rules/mediation.md). Reads need mediation.read, every step mediation.manage
 * (mediators, city and county coordinators); which mediations: those under the caller's region (out of scope is 404).
 * Handlers are thin: the principal and the input to a use case.
 */

import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { auditActor } from '../../platform/audit.js';
import { MAX_FILE_BYTES, uploadedFile } from '../../platform/files/uploads.js';
import { contentDisposition } from '../../platform/http/download.js';
import { errorBody, principalOf } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { readAgreement, uploadAgreement } from './agreement.js';
import {
  acceptBody,
  agreementFileParams,
  assignBody,
  becameCaseBody,
  intakeBody,
  listQuery,
  mediationDetailOut,
  mediationIdParams,
  mediationListOut,
  refuseBody,
  resultBody,
  sessionBody,
} from './dto.js';
import { getMediation, listInScope } from './read.js';
import {
  accept,
  addSession,
  assign,
  intake,
  type MediationContext,
  recordBecameCase,
  recordResult,
  refuse,
} from './service.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['mediation'];
const read = { access: { permission: 'mediation.read' } } as const;
const manage = { access: { permission: 'mediation.manage' } } as const;

const contextOf = (req: FastifyRequest): MediationContext => ({ principal: principalOf(req), actor: auditActor(req) });

export async function mediationRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/mediations',
    {
      config: read,
      schema: {
        tags,
        summary: '行政争议化解中心：本人辖区的调解案件（收案日期新的在前）',
        description: '`state` comma list of states; `stage` 诉前 pre_litigation / 诉中 in_litigation.',
        querystring: listQuery,
        response: { 200: mediationListOut, ...errors },
      },
    },
    async (req) => listInScope(db, principalOf(req), req.query),
  );

  r.get(
    '/mediations/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '调解案件详情：申请人、争议事项、调解员、调解记录、结果、可进行的操作',
        params: mediationIdParams,
        response: { 200: mediationDetailOut, ...errors },
      },
    },
    async (req) => getMediation(db, principalOf(req), req.params.id),
  );

  r.post(
    '/mediations',
    {
      config: manage,
      schema: {
        tags,
        summary: '收案：申请人、被申请机关、争议事项、诉前或诉中（诉中可关联已登记案件的案号）',
        body: intakeBody,
        response: { 201: mediationDetailOut, ...errors },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return intake(db, contextOf(req), req.body);
    },
  );

  const stepRoute = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (ctx: MediationContext, id: string, b: z.infer<B>) => Promise<z.infer<typeof mediationDetailOut>>,
  ) =>
    r.post(
      `/mediations/:id/${path}`,
      {
        config: manage,
        schema: { tags, summary, params: mediationIdParams, body, response: { 200: mediationDetailOut, ...errors } },
      },
      async (req) => run(contextOf(req), req.params.id, req.body as z.infer<B>),
    );

  stepRoute('accept', '受理', acceptBody, (ctx, id, b) => accept(db, ctx, id, b));
  stepRoute('refuse', '不予受理（须说明理由）', refuseBody, (ctx, id, b) => refuse(db, ctx, id, b));
  stepRoute('assign', '分案：指定（更换）调解员', assignBody, (ctx, id, b) => assign(db, ctx, id, b));
  stepRoute('sessions', '记录调解：日期、参加人、调解情况', sessionBody, (ctx, id, b) => addSession(db, ctx, id, b));
  stepRoute('result', '记录结果：达成调解协议、申请人撤回或调解不成', resultBody, (ctx, id, b) =>
    recordResult(db, ctx, id, b),
  );
  stepRoute('became-case', '调解不成后转入的复议或诉讼案件（按案号）', becameCaseBody, (ctx, id, b) =>
    recordBecameCase(db, ctx, id, b),
  );

  // Multipart for the agreement upload only (this plugin's scope: the mediation routes).
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 2 } });
  r.post(
    '/mediations/:id/agreement',
    {
      config: manage,
      schema: {
        tags,
        summary: '上传调解协议书（达成调解协议后；PDF、Word、JPG 或 PNG，至多 20 MB）',
        params: mediationIdParams,
        response: { 200: mediationDetailOut, ...errors, 413: errorBody, 415: errorBody },
      },
    },
    async (req) => uploadAgreement(db, contextOf(req), req.params.id, await uploadedFile(req)),
  );

  r.get(
    '/mediations/:id/agreement/:fileId',
    { config: read, schema: { tags, summary: '下载调解协议书', params: agreementFileParams } },
    async (req, reply) => {
      const f = await readAgreement(db, contextOf(req), req.params.id, req.params.fileId);
      return reply.type(f.mimeType).header('content-disposition', contentDisposition(f.fileName)).send(f.content);
    },
  );
}
