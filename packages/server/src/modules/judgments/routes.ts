/**
 * HTTP routes of the judgments module (README.md), all under /api/v1. Scope is the case's (404 outside); every change
 * names the version it read (409 when stale).
 *
 * | route | access | what |
 * |---|---|---|
 * | GET  /cases/:id/after-judgment | case.read | service date, appeal window, decisions, compliance task and evidence |
 * | PUT  /cases/:id/judgment-service | hearing.manage | the service date (送达日期) at the case's version |
 * | POST /cases/:id/appeal-decisions | case.update | draft the decision to appeal or not, with the reason |
 * | PATCH /appeal-decisions/:id | case.update | revise the draft |
 * | POST /appeal-decisions/:id/decision | case.read + approver | approve / reject: a head of a defendant (linked account) or a coordinator; others 403 |
 * | POST /compliance-tasks/:id/evidence (multipart `file`) | case.update | evidence of performance |
 * | POST /compliance-tasks/:id/complete | case.update | completed with a note (evidence required) |
 */
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditActor } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { errorBody } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { MAX_UPLOAD_BYTES } from '../documents/service.js';
import {
  afterJudgmentOut,
  caseIdParams,
  completeBody,
  decisionBody,
  draftBody,
  idParams,
  reviseBody,
  serviceBody,
} from './dto.js';
import {
  completeTask,
  decideDecision,
  draftDecision,
  type JudgmentContext,
  readAfterJudgment,
  recordService,
  reviseDecision,
  uploadEvidence,
} from './service.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['judgments'];
const access = (permission: string) => ({ access: { permission } }) as const;

function contextOf(req: FastifyRequest): JudgmentContext {
  if (!req.principal) throw new AppError('AUTH_REQUIRED', '请先登录');
  return { principal: req.principal, actor: auditActor(req) };
}

async function readFile(req: FastifyRequest): Promise<{ fileName: string; content: Buffer }> {
  for await (const part of req.parts({ limits: { fileSize: MAX_UPLOAD_BYTES } })) {
    if (part.type !== 'file') continue;
    const content = await part.toBuffer().catch((err: { code?: string }) => {
      if (err.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', '文件过大（最大 20 MB）');
      throw err;
    });
    return { fileName: part.filename || 'evidence', content };
  }
  throw new AppError('VALIDATION_FAILED', '请选择履行证明材料文件', [{ field: 'file', message: '未上传文件' }]);
}

export async function judgmentRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 2 } });
  const out = { 200: afterJudgmentOut, ...errors };

  r.get(
    '/cases/:id/after-judgment',
    {
      config: access('case.read'),
      schema: {
        tags,
        summary: '判决后：送达日期、上诉期限、上诉决定与审批、履行任务',
        params: caseIdParams,
        response: out,
      },
    },
    async (req) => readAfterJudgment(db, contextOf(req).principal, req.params.id),
  );

  r.put(
    '/cases/:id/judgment-service',
    {
      config: access('hearing.manage'),
      schema: {
        tags,
        summary: '登记判决书（裁定书）送达日期；上诉期限自送达之日起算',
        params: caseIdParams,
        body: serviceBody,
        response: out,
      },
    },
    async (req) => recordService(db, contextOf(req), req.params.id, req.body),
  );

  r.post(
    '/cases/:id/appeal-decisions',
    {
      config: access('case.update'),
      schema: {
        tags,
        summary: '拟定是否上诉的决定及理由（报负责人审批）',
        params: caseIdParams,
        body: draftBody,
        response: { 201: afterJudgmentOut, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await draftDecision(db, contextOf(req), req.params.id, req.body)),
  );

  r.patch(
    '/appeal-decisions/:id',
    {
      config: access('case.update'),
      schema: { tags, summary: '修改待审批的上诉决定', params: idParams, body: reviseBody, response: out },
    },
    async (req) => reviseDecision(db, contextOf(req), req.params.id, req.body),
  );

  r.post(
    '/appeal-decisions/:id/decision',
    {
      config: access('case.read'),
      schema: {
        tags,
        summary: '审批上诉决定：批准或退回（被告机关负责人或协调员）',
        params: idParams,
        body: decisionBody,
        response: out,
      },
    },
    async (req) => decideDecision(db, contextOf(req), req.params.id, req.body),
  );

  r.post(
    '/compliance-tasks/:id/evidence',
    {
      config: access('case.update'),
      schema: { tags, summary: '上传履行证明材料（PDF、图片或 Word）', params: idParams, response: out },
    },
    async (req) => uploadEvidence(db, contextOf(req), req.params.id, await readFile(req)),
  );

  r.post(
    '/compliance-tasks/:id/complete',
    {
      config: access('case.update'),
      schema: {
        tags,
        summary: '履行完毕（须已上传履行证明材料）',
        params: idParams,
        body: completeBody,
        response: out,
      },
    },
    async (req) => completeTask(db, contextOf(req), req.params.id, req.body),
  );
}
