/**
 * HTTP API of the risk module (README.md). Handlers are thin: the principal and the input to a use case in
 * service.ts. Reads need case.read; the level, the leader, 销号 and reopening risk.manage (coordinators); the plan and
 * its progress risk.plan (coordinators and the defendant agency: 谁行政、谁化解). Which items: the scope of their case
 * (out of scope is 404).
 */
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditActor } from '../../platform/audit.js';
import { errorBody, principalOf } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import {
  closeBody,
  figuresOut,
  figuresQuery,
  itemDetailOut,
  itemIdParams,
  itemListOut,
  leadBody,
  levelBody,
  listQuery,
  planBody,
  progressBody,
  raiseBody,
  reopenBody,
  riskMetaOut,
} from './dto.js';
import {
  addProgress,
  assignLead,
  closeItem,
  getRiskItem,
  listRiskItems,
  overrideLevel,
  type RiskContext,
  reopenItem,
  riskMeta,
  savePlan,
} from './service.js';
import { signalRoutes } from './signalRoutes.js';
import { supervisionRoutes } from './supervisionRoutes.js';
import { riskFiguresFor } from './useCases/figures.js';
import { raiseItem } from './useCases/raiseItem.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['risk'];
const read = { access: { permission: 'case.read' } } as const;
const manage = { access: { permission: 'risk.manage' } } as const;
const plan = { access: { permission: 'risk.plan' } } as const;

const contextOf = (req: FastifyRequest): RiskContext => ({ principal: principalOf(req), actor: auditActor(req) });

export async function riskRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/risk-items/meta',
    {
      config: read,
      schema: {
        tags,
        summary: '风险等级、状态、操作、化解结果的可选值与中文名称',
        response: { 200: riskMetaOut, ...errors },
      },
    },
    async () => riskMeta(),
  );

  r.get(
    '/risk-items',
    {
      config: read,
      schema: {
        tags,
        summary: '风险预警与化解：本人可见案件的风险事项（逾期在前，红色在前，预警早的在前）',
        description: '`level`, `state` comma lists; closed items only with `includeClosed=true` or `state=closed`.',
        querystring: listQuery,
        response: { 200: itemListOut, ...errors },
      },
    },
    async (req) => listRiskItems(db, principalOf(req), req.query),
  );

  r.post(
    '/risk-items',
    {
      config: manage,
      schema: {
        tags,
        summary: '协调员将未预警的案件提高为黄色或红色（须说明理由），随即进入包案化解流程',
        body: raiseBody,
        response: { 201: itemDetailOut, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await raiseItem(db, contextOf(req), req.body)),
  );

  r.get(
    '/risk-items/figures',
    {
      config: read,
      schema: {
        tags,
        summary: '化解工作统计：预警数、转化为败诉、判前化解率、明确包案领导平均天数、逾期方案（按县区或被告机关）',
        querystring: figuresQuery,
        response: { 200: figuresOut, ...errors },
      },
    },
    async (req) => riskFiguresFor(db, principalOf(req), req.query),
  );

  r.get(
    '/risk-items/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '风险事项详情：等级及理由、等级历史、包案领导、一案一策及进展、关联案件',
        params: itemIdParams,
        response: { 200: itemDetailOut, ...errors },
      },
    },
    async (req) => getRiskItem(db, principalOf(req), req.params.id),
  );

  r.put(
    '/risk-items/:id/level',
    {
      config: manage,
      schema: {
        tags,
        summary: '协调员调整风险等级（须说明理由；筛查结论变化前有效）',
        params: itemIdParams,
        body: levelBody,
        response: { 200: itemDetailOut, ...errors },
      },
    },
    async (req) => overrideLevel(db, contextOf(req), req.params.id, req.body),
  );

  r.put(
    '/risk-items/:id/lead',
    {
      config: manage,
      schema: {
        tags,
        summary: '明确（更换）包案领导及化解专班（负责人名录中有登录账号的人员）',
        params: itemIdParams,
        body: leadBody,
        response: { 200: itemDetailOut, ...errors },
      },
    },
    async (req) => assignLead(db, contextOf(req), req.params.id, req.body),
  );

  r.put(
    '/risk-items/:id/plan',
    {
      config: plan,
      schema: {
        tags,
        summary: '制定（修改）一案一策：化解目标、措施、责任人、起止日期',
        params: itemIdParams,
        body: planBody,
        response: { 200: itemDetailOut, ...errors },
      },
    },
    async (req) => savePlan(db, contextOf(req), req.params.id, req.body),
  );

  r.post(
    '/risk-items/:id/plan/progress',
    {
      config: plan,
      schema: {
        tags,
        summary: '记录化解进展',
        params: itemIdParams,
        body: progressBody,
        response: { 201: itemDetailOut, ...errors },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return addProgress(db, contextOf(req), req.params.id, req.body);
    },
  );

  r.post(
    '/risk-items/:id/close',
    {
      config: manage,
      schema: {
        tags,
        summary: '销号：化解结果及说明',
        params: itemIdParams,
        body: closeBody,
        response: { 200: itemDetailOut, ...errors },
      },
    },
    async (req) => closeItem(db, contextOf(req), req.params.id, req.body),
  );

  r.post(
    '/risk-items/:id/reopen',
    {
      config: manage,
      schema: {
        tags,
        summary: '重新启动已销号的风险事项（上诉、争议再起）',
        params: itemIdParams,
        body: reopenBody,
        response: { 200: itemDetailOut, ...errors },
      },
    },
    async (req) => reopenItem(db, contextOf(req), req.params.id, req.body),
  );

  await supervisionRoutes(app, db, contextOf);
  await signalRoutes(app, db, contextOf);
}
