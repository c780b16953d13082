import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditActor } from '../../platform/audit.js';
import { contentDisposition } from '../../platform/http/download.js';
import { errorBody, principalOf } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { DOCX_MIME } from '../documents/public.js';
import { draftBody, issueBody, reportListOut, reportOut, reportParams, reportsQuery } from './dto.js';
import { draftFor, getReport, issueReport, listFor, reportFile } from './service.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['reports'];
const read = { access: { permission: 'report.read' } } as const;
const manage = { access: { permission: 'report.manage' } } as const;

export async function reportRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/reports',
    {
      config: read,
      schema: {
        tags,
        summary: '通报与报告（月度新收案件通报、季度指标通报、年度行政应诉工作报告）',
        querystring: reportsQuery,
        response: { 200: reportListOut, ...errors },
      },
    },
    async (req) => listFor(db, principalOf(req), req.query),
  );

  r.post(
    '/reports',
    {
      config: manage,
      schema: {
        tags,
        summary: '起草通报（已有草稿则按当前数据重算；已印发则生成更正版）',
        body: draftBody,
        response: { 200: reportOut, ...errors },
      },
    },
    async (req) => draftFor(db, principalOf(req), auditActor(req), req.body),
  );

  r.get(
    '/reports/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '一份通报及其数据（预览）',
        params: reportParams,
        response: { 200: reportOut, ...errors },
      },
    },
    async (req) => getReport(db, principalOf(req), req.params.id),
  );

  for (const format of ['docx', 'xlsx'] as const) {
    r.get(
      `/reports/:id.${format}`,
      {
        config: read,
        schema: {
          tags,
          summary: format === 'docx' ? '通报（Word，公文格式）' : '通报数据（Excel）',
          params: reportParams,
        },
      },
      async (req, reply) => {
        const file = await reportFile(db, principalOf(req), req.params.id, format);
        return reply
          .type(format === 'docx' ? DOCX_MIME : XLSX_MIME)
          .header('content-disposition', contentDisposition(file.fileName))
          .send(file.content);
      },
    );
  }

  r.post(
    '/reports/:id/issue',
    {
      config: manage,
      schema: {
        tags,
        summary: '印发通报（按所见版本；印发后数据不再改变）',
        params: reportParams,
        body: issueBody,
        response: { 200: reportOut, ...errors },
      },
    },
    async (req) => issueReport(db, principalOf(req), auditActor(req), req.params.id, req.body.version),
  );
}
