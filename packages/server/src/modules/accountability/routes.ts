/**
 * HTTP API of the accountability module (README.md). Handlers are thin: the principal and the input to a use case in
 * service.ts. Reads need evaluation.read and see the evaluations of their scope (repository.ts); the initial
 * evaluation evaluation.initial (court liaisons), reviews evaluation.review (experts), experts, conclusions, referrals
 * and 自我纠错 evaluation.manage (coordinators), the referral's outcome referral.outcome (the discipline liaison).
 */
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditActor } from '../../platform/audit.js';
import { notFound } from '../../platform/errors.js';
import { errorBody, principalOf } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import {
  conclusionBody,
  evaluationDetailOut,
  evaluationFiguresOut,
  evaluationListOut,
  evaluationListQuery,
  evaluationMetaOut,
  expertsBody,
  idParams,
  initialBody,
  outcomeBody,
  referralBody,
  referralListOut,
  referralListQuery,
  referralOut,
  reviewBody,
  selfCorrectionBody,
} from './dto.js';
import { evaluationInScope } from './repository.js';
import {
  type AccountabilityContext,
  assignExperts,
  conclude,
  createReferral,
  evaluationFiguresOf,
  evaluationMeta,
  listEvaluations,
  listReferrals,
  readEvaluation,
  recordInitial,
  recordOutcome,
  sendSelfCorrection,
  submitReview,
} from './service.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['accountability'];
const read = { access: { permission: 'evaluation.read' } } as const;
const manage = { access: { permission: 'evaluation.manage' } } as const;
const initial = { access: { permission: 'evaluation.initial' } } as const;
const review = { access: { permission: 'evaluation.review' } } as const;
const outcome = { access: { permission: 'referral.outcome' } } as const;

const contextOf = (req: FastifyRequest): AccountabilityContext => ({
  principal: principalOf(req),
  actor: auditActor(req),
});

export async function accountabilityRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/evaluations',
    {
      config: read,
      schema: {
        tags,
        summary: '败诉评价列表（本人范围内；专家只见被指派的，看不到他人复评内容）',
        querystring: evaluationListQuery,
        response: { 200: evaluationListOut, ...errors },
      },
    },
    async (req) => listEvaluations(db, principalOf(req), req.query),
  );

  r.get(
    '/evaluations/meta',
    {
      config: read,
      schema: {
        tags,
        summary: '败诉原因、处理结果、一案四查清单；协调员可指派的专家与纪委监委联络员',
        response: { 200: evaluationMetaOut, ...errors },
      },
    },
    async (req) => evaluationMeta(db, principalOf(req)),
  );

  r.get(
    '/evaluations/figures',
    {
      config: read,
      schema: {
        tags,
        summary: '败诉评价统计：各状态、结论（含自我纠错）、按期移送率',
        response: { 200: evaluationFiguresOut, ...errors },
      },
    },
    async (req) => evaluationFiguresOf(db, principalOf(req)),
  );

  r.post(
    '/evaluations',
    {
      config: manage,
      schema: {
        tags,
        summary: '自我纠错：将行政机关改变行为后撤诉的案件送交败诉评价',
        body: selfCorrectionBody,
        response: { 201: evaluationDetailOut, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const id = await sendSelfCorrection(db, ctx, req.body.caseId);
      const row = await evaluationInScope(db, ctx.principal, id);
      if (!row) throw notFound('败诉评价');
      return reply.code(201).send(await readEvaluation(db, ctx.principal, row));
    },
  );

  r.get(
    '/evaluations/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '败诉评价详情（复评按盲评规则显示）',
        params: idParams,
        response: { 200: evaluationDetailOut, ...errors },
      },
    },
    async (req) => {
      const p = principalOf(req);
      const row = await evaluationInScope(db, p, req.params.id);
      if (!row) throw notFound('败诉评价');
      return readEvaluation(db, p, row);
    },
  );

  r.put(
    '/evaluations/:id/initial',
    {
      config: initial,
      schema: {
        tags,
        summary: '法院初评：败诉原因、是否存在主观过错情形',
        params: idParams,
        body: initialBody,
        response: { 200: evaluationDetailOut, ...errors },
      },
    },
    async (req) => recordInitial(db, contextOf(req), req.params.id, req.body),
  );

  r.post(
    '/evaluations/:id/experts',
    {
      config: manage,
      schema: {
        tags,
        summary: '指派复评专家',
        params: idParams,
        body: expertsBody,
        response: { 200: evaluationDetailOut, ...errors },
      },
    },
    async (req) => assignExperts(db, contextOf(req), req.params.id, req.body),
  );

  r.post(
    '/evaluations/:id/reviews',
    {
      config: review,
      schema: {
        tags,
        summary: '专家复评（每位专家提交一次；提交前看不到他人复评）',
        params: idParams,
        body: reviewBody,
        response: { 200: evaluationDetailOut, ...errors },
      },
    },
    async (req) => submitReview(db, contextOf(req), req.params.id, req.body),
  );

  r.post(
    '/evaluations/:id/conclusion',
    {
      config: manage,
      schema: {
        tags,
        summary: '作出评价结论（关闭败诉分析期限）',
        params: idParams,
        body: conclusionBody,
        response: { 200: evaluationDetailOut, ...errors },
      },
    },
    async (req) => conclude(db, contextOf(req), req.params.id, req.body),
  );

  r.get(
    '/referrals',
    {
      config: read,
      schema: {
        tags,
        summary: '移送纪委监委记录（协调员：本人范围；纪委监委联络员：移送给本人的）',
        querystring: referralListQuery,
        response: { 200: referralListOut, ...errors },
      },
    },
    async (req) => listReferrals(db, principalOf(req), req.query),
  );

  r.post(
    '/referrals',
    {
      config: manage,
      schema: {
        tags,
        summary: '移送纪委监委（存在主观过错的评价；标记移送期限）',
        body: referralBody,
        response: { 201: referralOut, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await createReferral(db, contextOf(req), req.body)),
  );

  r.post(
    '/referrals/:id/outcome',
    {
      config: outcome,
      schema: {
        tags,
        summary: '纪委监委联络员记录处理结果与一案四查',
        params: idParams,
        body: outcomeBody,
        response: { 200: referralOut, ...errors },
      },
    },
    async (req) => recordOutcome(db, contextOf(req), req.params.id, req.body),
  );
}
