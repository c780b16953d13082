/**
 * HTTP API of the case registry (`/api/v1/cases…`, `/api/v1/admin-domains`). Handlers are thin: they take the
 * principal, call a use case in service.ts and return its presented result. Scope is applied in the repository
 * (policy.ts), so an out-of-scope id is 404 on every route.
 */
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActor } from '../../platform/audit.js';
import { errorBody, principalOf } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { ensureAdminDomains, listAdminDomains } from './adminDomains.js';
import { assignCase, listAssignable, unassignCase } from './assignments.js';
import {
  assignableQuery,
  assignableResponse,
  assignmentBody,
  assignmentParams,
  caseDetail,
  caseIdParams,
  caseListResponse,
  createCaseBody,
  deadlineParams,
  deadlinePatchBody,
  deleteCaseBody,
  eventBody,
  handlerCandidatesQuery,
  handlerCandidatesResponse,
  linkBody,
  listQuery,
  metaResponse,
  unmaskBody,
  unmaskResponse,
  updateCaseBody,
  workloadOut,
  workloadQuery,
} from './dto.js';
import {
  addCaseEvent,
  type CaseContext,
  caseMeta,
  createCase,
  deleteCase,
  getCaseDetail,
  handlerCandidatesFor,
  linkCases,
  listCasesFor,
  restoreCase,
  unmaskParties,
  updateCase,
  updateDeadline,
  workloadFor,
} from './service.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const tags = ['cases'];

const contextOf = (req: FastifyRequest): CaseContext => ({ principal: principalOf(req), actor: auditActor(req) });

export async function caseRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  // The default 行政管理领域 list is present in every database (missing entries only; edits are kept).
  app.addHook('onReady', async () => {
    await ensureAdminDomains(db);
  });

  r.get(
    '/cases',
    {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '案件列表（筛选、排序、游标或页码分页）',
        description:
          'Scope per role (policy.ts). `q` matches prefixes: the case number (with or without its year), a bare ' +
          'sequence number, a party name, the 案由. List values are comma-separated (status=registered,in_progress). ' +
          '`cursor` (from nextCursor) gives stable keyset pages; `page` gives offset pages. `total` is exact up to ' +
          '10,000 and otherwise 10,000 with totalIsEstimate.',
        querystring: listQuery,
        response: { 200: caseListResponse, ...errors },
      },
    },
    async (req) => listCasesFor(db, principalOf(req), req.query),
  );

  r.get(
    '/cases/meta',
    {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: '案件字段的可选值与中文名称', response: { 200: metaResponse, ...errors } },
    },
    async () => caseMeta(),
  );

  r.get(
    '/cases/workload',
    {
      config: { access: { permission: 'dashboard.read' } },
      schema: {
        tags,
        summary: '工作台：期限分档（已逾期、10日内、20日内、无承办人），按单位和承办人',
        description:
          'Scope per role: the city (its counties and 市本级) for the city coordinator and the leader, the county (its ' +
          'agencies) for the county coordinator, the own agency for its clerk and head. Each row carries the case-list ' +
          'filters that, with dueBy (a bucket date) or handler=none&status=registered,in_progress, list exactly its cases.',
        querystring: workloadQuery,
        response: { 200: workloadOut, ...errors },
      },
    },
    async (req) => workloadFor(db, principalOf(req), req.query),
  );

  r.get(
    '/cases/handler-candidates',
    {
      config: { access: { permission: 'case.update' } },
      schema: {
        tags,
        summary: '可选的承办人（被告机关的应诉专员、所属县区和市的协调员）',
        description:
          'docs/rules/cases.md#handler. The first agency decides the county and city; it must lie in the ' +
          "caller's region (a clerk: the clerk's county), else 403.",
        querystring: handlerCandidatesQuery,
        response: { 200: handlerCandidatesResponse, ...errors },
      },
    },
    async (req) => handlerCandidatesFor(db, principalOf(req), req.query.agencyIds),
  );

  r.get(
    '/cases/:id',
    {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '案件详情（当事人、关联案件、时间线、期限、庭审、操作记录）',
        params: caseIdParams,
        response: { 200: caseDetail, ...errors },
      },
    },
    async (req) => getCaseDetail(db, principalOf(req), req.params.id),
  );

  r.post(
    '/cases',
    {
      config: { access: { permission: 'case.create' } },
      schema: {
        tags,
        summary: '登记案件',
        description:
          'Litigation numbers are parsed (CASE_NUMBER_INVALID with the reason unless acceptUnverified → 待核实). ' +
          'Court and instance come from the number when not given; the region from the first defendant agency; ' +
          'outcome from outcomeText when not given; governmentLost always from the outcome.',
        body: createCaseBody,
        response: { 201: caseDetail, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createCase(db, contextOf(req), req.body)),
  );

  r.patch(
    '/cases/:id',
    {
      config: { access: { permission: 'case.update' } },
      schema: {
        tags,
        summary: '修改案件（须带版本号；版本过期返回 409 VERSION_CONFLICT 及当前记录）',
        params: caseIdParams,
        body: updateCaseBody,
        response: { 200: caseDetail, ...errors },
      },
    },
    async (req) => updateCase(db, contextOf(req), req.params.id, req.body),
  );

  r.delete(
    '/cases/:id',
    {
      config: { access: { permission: 'case.delete' } },
      schema: {
        tags,
        summary: '删除案件（软删除，须填写原因）',
        params: caseIdParams,
        body: deleteCaseBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await deleteCase(db, contextOf(req), req.params.id, req.body);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/cases/:id/restore',
    {
      config: { access: { permission: 'case.restore' } },
      schema: { tags, summary: '恢复已删除的案件', params: caseIdParams, response: { 200: caseDetail, ...errors } },
    },
    async (req) => restoreCase(db, contextOf(req), req.params.id),
  );

  r.post(
    '/cases/:id/links',
    {
      config: { access: { permission: 'case.update' } },
      schema: {
        tags,
        summary: '关联案件（本案为后案：上诉、再审、复议后起诉、争议转案）',
        params: caseIdParams,
        body: linkBody,
        response: { 200: caseDetail, ...errors },
      },
    },
    async (req) => linkCases(db, contextOf(req), req.params.id, req.body),
  );

  r.post(
    '/cases/:id/events',
    {
      config: { access: { permission: 'case.update' } },
      schema: {
        tags,
        summary: '添加时间线事件（如提交答辩、开庭、协调化解、备注）',
        params: caseIdParams,
        body: eventBody,
        response: { 200: caseDetail, ...errors },
      },
    },
    async (req) => addCaseEvent(db, contextOf(req), req.params.id, req.body),
  );

  r.post(
    '/cases/:id/unmask',
    {
      config: { access: { permission: 'case.unmask' } },
      schema: {
        tags,
        summary: '查看当事人完整证件号码和电话（记入审计日志）',
        params: caseIdParams,
        body: unmaskBody,
        response: { 200: unmaskResponse, ...errors },
      },
    },
    async (req) => unmaskParties(db, contextOf(req), req.params.id, req.body?.reason),
  );

  r.patch(
    '/cases/:id/deadlines/:deadlineId',
    {
      config: { access: { permission: 'case.update' } },
      schema: {
        tags,
        summary: '调整期限（自定义期限须填写原因）或标记期限已完成/重新打开',
        description:
          '`customDueDate` sets a custom due date (customReason required) or clears it (null); the statutory date ' +
          'stays computed beside it. `status`: met | open. `version` (the case version) is optional; stale → 409.',
        params: deadlineParams,
        body: deadlinePatchBody,
        response: { 200: caseDetail, ...errors },
      },
    },
    async (req) => updateDeadline(db, contextOf(req), req.params.id, req.params.deadlineId, req.body),
  );

  r.post(
    '/cases/:id/assignments',
    {
      config: { access: { permission: 'case.assign' } },
      schema: {
        tags,
        summary: '分配专家评查 / 移送纪委监委（被分配人随即可查看本案）',
        params: caseIdParams,
        body: assignmentBody,
        response: { 200: caseDetail, ...errors },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await assignCase(db, ctx, req.params.id, req.body);
      return getCaseDetail(db, ctx.principal, req.params.id);
    },
  );

  r.delete(
    '/cases/:id/assignments/:assignmentId',
    {
      config: { access: { permission: 'case.assign' } },
      schema: {
        tags,
        summary: '撤销分配（被分配人不再能查看本案）',
        params: assignmentParams,
        response: { 200: caseDetail, ...errors },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await unassignCase(db, ctx, req.params.id, req.params.assignmentId);
      return getCaseDetail(db, ctx.principal, req.params.id);
    },
  );

  r.get(
    '/users/assignable',
    {
      config: { access: { permission: 'case.assign' } },
      schema: {
        tags,
        summary: '可分配的专家或纪委监委联络员（仅姓名和地区）',
        querystring: assignableQuery,
        response: { 200: assignableResponse, ...errors },
      },
    },
    async (req) => listAssignable(db, principalOf(req), req.query.purpose),
  );

  r.get(
    '/admin-domains',
    {
      config: { access: { permission: 'org.read' } },
      schema: {
        tags,
        summary: '行政管理领域列表',
        querystring: z.object({ includeInactive: z.enum(['true', 'false']).optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({ code: z.string(), name: z.string(), sortOrder: z.number(), active: z.boolean() }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (req) => ({ items: await listAdminDomains(db, { activeOnly: req.query.includeInactive !== 'true' }) }),
  );
}
