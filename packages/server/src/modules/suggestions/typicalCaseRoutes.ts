/**
 * HTTP routes of the typical-case library (docs/rules/suggestions.md#typical-cases), all under /api/v1.
 *
 * | route | access | what |
 * |---|---|---|
 * | GET  /typical-cases?year&tag&status | typical_case.read | published cases (and the region's drafts for coordinators) |
 * | GET  /typical-cases/compilation.docx?year | typical_case.read | the year's published cases as Word (audited) |
 * | GET  /typical-cases/:id | typical_case.read | one |
 * | POST /typical-cases | typical_case.manage | write one (from a case in scope: anonymised) |
 * | PATCH /typical-cases/:id | typical_case.manage | edit, publish (version) |
 */
import { DEFAULT_LOSS_REASONS, listLabel } from '@shuangjiang/domain';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contentDisposition } from '../../platform/http/download.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { compilationDocx } from './compilation.js';
import {
  compilationQuery,
  errors,
  idParams,
  typicalCreateBody,
  typicalListOut,
  typicalListQuery,
  typicalOut,
  typicalUpdateBody,
} from './dto.js';
import { contextOf } from './routes.js';
import {
  compilationCases,
  createTypicalCase,
  getTypicalCase,
  listTypicalCases,
  updateTypicalCase,
} from './typicalCases.js';

const tags = ['typical-cases'];
const access = (permission: string) => ({ access: { permission } }) as const;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function typicalCaseRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/typical-cases',
    {
      config: access('typical_case.read'),
      schema: {
        tags,
        summary: '典型案例库',
        querystring: typicalListQuery,
        response: { 200: typicalListOut, ...errors },
      },
    },
    async (req) => listTypicalCases(db, contextOf(req).principal, req.query),
  );

  r.get(
    '/typical-cases/compilation.docx',
    {
      config: access('typical_case.read'),
      schema: { tags, summary: '年度典型案例汇编（Word）', querystring: compilationQuery },
    },
    async (req, reply) => {
      const rows = await compilationCases(db, contextOf(req), req.query.year);
      const content = await compilationDocx(
        req.query.year,
        rows,
        (code) => listLabel(DEFAULT_LOSS_REASONS, code) ?? code,
      );
      return reply
        .type(DOCX)
        .header('content-disposition', contentDisposition(`${req.query.year}年度典型案例汇编.docx`))
        .send(content);
    },
  );

  r.get(
    '/typical-cases/:id',
    {
      config: access('typical_case.read'),
      schema: { tags, summary: '典型案例详情', params: idParams, response: { 200: typicalOut, ...errors } },
    },
    async (req) => getTypicalCase(db, contextOf(req).principal, req.params.id),
  );

  r.post(
    '/typical-cases',
    {
      config: access('typical_case.manage'),
      schema: {
        tags,
        summary: '编写典型案例（自动脱敏）',
        body: typicalCreateBody,
        response: { 201: typicalOut, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await createTypicalCase(db, contextOf(req), req.body)),
  );

  r.patch(
    '/typical-cases/:id',
    {
      config: access('typical_case.manage'),
      schema: {
        tags,
        summary: '修改或发布典型案例',
        params: idParams,
        body: typicalUpdateBody,
        response: { 200: typicalOut, ...errors },
      },
    },
    async (req) => updateTypicalCase(db, contextOf(req), req.params.id, req.body),
  );
}
