import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditActor } from '../../platform/audit.js';
import { contentDisposition } from '../../platform/http/download.js';
import { errorBody, principalOf } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { XLSX_MIME } from './constants.js';
import {
  adjustBody,
  createBody,
  filingListOut,
  filingOut,
  filingParams,
  filingsQuery,
  metaOut,
  returnBody,
  summaryBody,
  versionBody,
} from './dto.js';
import {
  acceptFiling,
  adjustCell,
  createFiling,
  filingXlsx,
  getFiling,
  listFor,
  recountFiling,
  returnFiling,
  statisticsMeta,
  submitFiling,
  summarise,
} from './service.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['statistics'];
const read = { access: { permission: 'statistics.read' } } as const;
const fill = { access: { permission: 'statistics.fill' } } as const;
const review = { access: { permission: 'statistics.review' } } as const;

export async function statisticsRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/statistics/forms',
    {
      config: read,
      schema: { tags, summary: '统计报表的表式（行、列、表号）', response: { 200: metaOut, ...errors } },
    },
    async () => statisticsMeta(),
  );

  r.get(
    '/statistics/filings',
    {
      config: read,
      schema: {
        tags,
        summary: '统计报表填报（本级及下级）',
        querystring: filingsQuery,
        response: { 200: filingListOut, ...errors },
      },
    },
    async (req) => listFor(db, principalOf(req), req.query),
  );

  r.post(
    '/statistics/filings',
    {
      config: fill,
      schema: {
        tags,
        summary: '生成本单位某表某期的填报（按登记数据预填；已有则返回已有）',
        body: createBody,
        response: { 200: filingOut, 201: filingOut, ...errors },
      },
    },
    async (req, reply) => {
      const { created, filing } = await createFiling(db, principalOf(req), auditActor(req), req.body);
      return reply.code(created ? 201 : 200).send(filing);
    },
  );

  r.get(
    '/statistics/filings/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '一份填报：各单元格、调整、校验结果、流转记录',
        params: filingParams,
        response: { 200: filingOut, ...errors },
      },
    },
    async (req) => getFiling(db, principalOf(req), req.params.id),
  );

  r.get(
    '/statistics/filings/:id.xlsx',
    { config: read, schema: { tags, summary: '按表式导出（Excel）', params: filingParams } },
    async (req, reply) => {
      const file = await filingXlsx(db, principalOf(req), req.params.id);
      return reply.type(XLSX_MIME).header('content-disposition', contentDisposition(file.fileName)).send(file.content);
    },
  );

  r.put(
    '/statistics/filings/:id/cells',
    {
      config: fill,
      schema: {
        tags,
        summary: '调整一个单元格（须说明理由；数值为空则恢复登记数据）',
        params: filingParams,
        body: adjustBody,
        response: { 200: filingOut, ...errors },
      },
    },
    async (req) => adjustCell(db, principalOf(req), auditActor(req), req.params.id, req.body),
  );

  r.post(
    '/statistics/filings/:id/recount',
    {
      config: fill,
      schema: {
        tags,
        summary: '重新取数（调整保留）',
        params: filingParams,
        body: versionBody,
        response: { 200: filingOut, ...errors },
      },
    },
    async (req) => recountFiling(db, principalOf(req), auditActor(req), req.params.id, req.body.version),
  );

  r.post(
    '/statistics/filings/:id/submit',
    {
      config: fill,
      schema: {
        tags,
        summary: '上报（校验全部通过方可上报）',
        params: filingParams,
        body: versionBody,
        response: { 200: filingOut, ...errors },
      },
    },
    async (req) => submitFiling(db, principalOf(req), auditActor(req), req.params.id, req.body.version),
  );

  r.post(
    '/statistics/filings/:id/return',
    {
      config: review,
      schema: {
        tags,
        summary: '退回（附意见）',
        params: filingParams,
        body: returnBody,
        response: { 200: filingOut, ...errors },
      },
    },
    async (req) => returnFiling(db, principalOf(req), auditActor(req), req.params.id, req.body),
  );

  r.post(
    '/statistics/filings/:id/accept',
    {
      config: review,
      schema: {
        tags,
        summary: '接收',
        params: filingParams,
        body: versionBody,
        response: { 200: filingOut, ...errors },
      },
    },
    async (req) => acceptFiling(db, principalOf(req), auditActor(req), req.params.id, req.body.version),
  );

  r.post(
    '/statistics/summaries',
    {
      config: review,
      schema: {
        tags,
        summary: '汇总已接收的报表（各县（市、区）＋市本级）',
        body: summaryBody,
        response: { 200: filingOut, ...errors },
      },
    },
    async (req) => summarise(db, principalOf(req), auditActor(req), req.body),
  );
}
