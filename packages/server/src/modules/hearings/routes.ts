/**
 * HTTP API of the hearings module (README.md). Handlers are thin: the principal and the input to a use case in
 * service.ts. Reads need case.read, writes hearing.manage; which hearings is the scope of their case (an out-of-scope
 * case or hearing is 404).
 */
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditActor } from '../../platform/audit.js';
import { errorBody, principalOf } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import {
  absenceBody,
  absenceIdParams,
  appearancesBody,
  caseHearingsOut,
  caseIdParams,
  confirmBody,
  createHearingBody,
  decisionBody,
  evaluationBody,
  evaluationParams,
  figuresQuery,
  hearingDetailOut,
  hearingFiguresOut,
  hearingIdParams,
  hearingListOut,
  hearingMetaOut,
  myAbsenceBody,
  myHearingsOut,
  pendingAbsencesOut,
  pendingQuery,
  statusBody,
  upcomingQuery,
  updateHearingBody,
} from './dto.js';
import {
  changeHearingStatus,
  createHearing,
  decideAbsence,
  evaluateAppearance,
  fileAbsence,
  getHearing,
  type HearingContext,
  hearingFigures,
  hearingMeta,
  listCaseHearings,
  pendingAbsences,
  recordAppearances,
  upcomingHearings,
  updateHearing,
} from './service.js';
import { confirmAttendance, fileMyAbsence, myHearings } from './useCases/attendance.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const tags = ['hearings'];
const read = { access: { permission: 'case.read' } } as const;
const manage = { access: { permission: 'hearing.manage' } } as const;
const approve = { access: { permission: 'absence.approve' } } as const;
const evaluate = { access: { permission: 'hearing.evaluate' } } as const;
const attend = { access: { permission: 'hearing.attend' } } as const;

const contextOf = (req: FastifyRequest): HearingContext => ({ principal: principalOf(req), actor: auditActor(req) });

export async function hearingRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/hearings/meta',
    {
      config: read,
      schema: { tags, summary: '庭审字段的可选值与中文名称', response: { 200: hearingMetaOut, ...errors } },
    },
    async () => hearingMeta(),
  );

  r.get(
    '/hearings/figures',
    {
      config: read,
      schema: {
        tags,
        summary:
          '负责人出庭应诉率、主要负责人出庭率、出声率、不出庭说明备案情况、司法建议风险、平均评价（按被告机关或县区）',
        description:
          'Cases the caller sees with a hearing between `from` and `to` (China dates, inclusive); each rate carries the ' +
          'case ids of its numerator and denominator. `by` = agency (first defendant) or county.',
        querystring: figuresQuery,
        response: { 200: hearingFiguresOut, ...errors },
      },
    },
    async (req) => hearingFigures(db, principalOf(req), req.query),
  );

  r.get(
    '/hearings/upcoming',
    {
      config: read,
      schema: {
        tags,
        summary: '即将开庭的庭审（本人可见的案件）',
        description:
          'From `from` (default now) for `days` (default 30, at most 366); `status` a comma list (default scheduled); ' +
          'soonest first, at most `limit` (default 200).',
        querystring: upcomingQuery,
        response: { 200: hearingListOut, ...errors },
      },
    },
    async (req) => upcomingHearings(db, principalOf(req), req.query),
  );

  r.get(
    '/hearings/mine',
    {
      config: attend,
      schema: {
        tags,
        summary: '我的开庭：本人（负责人）被指派或所在机关为被告的今日起庭审',
        description:
          "The caller's head in the heads list (null when the account is linked to none) and the scheduled or " +
          'postponed hearings from today (China) for 90 days where the head is designated or their agency defends.',
        response: { 200: myHearingsOut, ...errors },
      },
    },
    async (req) => myHearings(db, principalOf(req)),
  );

  r.post(
    '/hearings/:id/confirm',
    {
      config: attend,
      schema: {
        tags,
        summary: '负责人确认出庭（须带庭审版本号；改期后须重新确认）',
        params: hearingIdParams,
        body: confirmBody,
        response: { 200: hearingDetailOut, ...errors },
      },
    },
    async (req) => confirmAttendance(db, contextOf(req), req.params.id, req.body),
  );

  r.post(
    '/hearings/:id/my-absence',
    {
      config: attend,
      schema: {
        tags,
        summary: '负责人本人提交不出庭说明（法定事由、改派人员），由协调员备案',
        params: hearingIdParams,
        body: myAbsenceBody,
        response: { 201: hearingDetailOut, ...errors },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return fileMyAbsence(db, contextOf(req), req.params.id, req.body);
    },
  );

  r.get(
    '/cases/:id/hearings',
    {
      config: read,
      schema: {
        tags,
        summary: '案件的庭审（出庭人员、不出庭说明）及本审级负责人出庭应诉的认定',
        params: caseIdParams,
        response: { 200: caseHearingsOut, ...errors },
      },
    },
    async (req) => listCaseHearings(db, principalOf(req), req.params.id),
  );

  r.post(
    '/cases/:id/hearings',
    {
      config: manage,
      schema: {
        tags,
        summary: '录入庭审',
        params: caseIdParams,
        body: createHearingBody,
        response: { 201: hearingDetailOut, ...errors },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return createHearing(db, contextOf(req), req.params.id, req.body);
    },
  );

  r.get(
    '/hearings/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '庭审详情（含状态变更记录）',
        params: hearingIdParams,
        response: { 200: hearingDetailOut, ...errors },
      },
    },
    async (req) => getHearing(db, principalOf(req), req.params.id),
  );

  r.patch(
    '/hearings/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: '修改庭审（须带版本号；过期版本返回 409）',
        params: hearingIdParams,
        body: updateHearingBody,
        response: { 200: hearingDetailOut, ...errors },
      },
    },
    async (req) => updateHearing(db, contextOf(req), req.params.id, req.body),
  );

  r.post(
    '/hearings/:id/status',
    {
      config: manage,
      schema: {
        tags,
        summary: '变更庭审状态（延期、取消、已开庭、重新排期），须说明原因',
        params: hearingIdParams,
        body: statusBody,
        response: { 200: hearingDetailOut, ...errors },
      },
    },
    async (req) => changeHearingStatus(db, contextOf(req), req.params.id, req.body),
  );

  r.put(
    '/hearings/:id/appearances',
    {
      config: manage,
      schema: {
        tags,
        summary: '出庭人员：指派与实际出庭（负责人、应诉工作人员、律师）、是否出声、身份证明（须带版本号）',
        params: hearingIdParams,
        body: appearancesBody,
        response: { 200: hearingDetailOut, ...errors },
      },
    },
    async (req) => recordAppearances(db, contextOf(req), req.params.id, req.body),
  );

  r.post(
    '/hearings/:id/absences',
    {
      config: manage,
      schema: {
        tags,
        summary: '提交负责人不出庭说明（法定事由、改派人员），庭审前由协调员备案',
        params: hearingIdParams,
        body: absenceBody,
        response: { 201: hearingDetailOut, ...errors },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return fileAbsence(db, contextOf(req), req.params.id, req.body);
    },
  );

  r.get(
    '/hearing-absences/pending',
    {
      config: approve,
      schema: {
        tags,
        summary: '待备案的不出庭说明（本人范围内的案件，开庭时间早的在前；已过开庭时间的标为 late）',
        querystring: pendingQuery,
        response: { 200: pendingAbsencesOut, ...errors },
      },
    },
    async (req) => pendingAbsences(db, principalOf(req), req.query.limit),
  );

  r.post(
    '/hearing-absences/:id/decision',
    {
      config: approve,
      schema: {
        tags,
        summary: '不出庭说明：备案或退回（须带版本号）',
        params: absenceIdParams,
        body: decisionBody,
        response: { 200: hearingDetailOut, ...errors },
      },
    },
    async (req) => decideAbsence(db, contextOf(req), req.params.id, req.body),
  );

  r.put(
    '/hearings/:id/evaluations/:headId',
    {
      config: evaluate,
      schema: {
        tags,
        summary: '法院评价负责人出庭情况（庭前准备、实质性发言、尊重法庭，各1–5分，及评价意见）',
        params: evaluationParams,
        body: evaluationBody,
        response: { 200: hearingDetailOut, ...errors },
      },
    },
    async (req) => evaluateAppearance(db, contextOf(req), req.params.id, req.params.headId, req.body),
  );
}
