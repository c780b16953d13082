import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditActor } from '../../platform/audit.js';
import { contentDisposition } from '../../platform/http/download.js';
import { errorBody, principalOf } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { DOCX_MIME } from '../documents/public.js';
import { cardListOut, cardOut, cardParams, cardsQuery, confirmBody, rejectBody } from './dto.js';
import { cardNotice, decideCard, getCard, listCards } from './service.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['cards'];
const read = { access: { permission: 'card.read' } } as const;
const decide = { access: { permission: 'card.decide' } } as const;

export async function cardRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/cards',
    {
      config: read,
      schema: {
        tags,
        summary: '红黄牌：季度评定的提议与决定（`unit` 为一个单位的历史）',
        querystring: cardsQuery,
        response: { 200: cardListOut, ...errors },
      },
    },
    async (req) => listCards(db, principalOf(req), req.query),
  );

  r.get(
    '/cards/:id',
    {
      config: read,
      schema: { tags, summary: '一项红黄牌提议或决定', params: cardParams, response: { 200: cardOut, ...errors } },
    },
    async (req) => getCard(db, principalOf(req), req.params.id),
  );

  r.post(
    '/cards/:id/confirm',
    {
      config: decide,
      schema: {
        tags,
        summary: '确认红黄牌提议（按所见版本；通知该单位）',
        params: cardParams,
        body: confirmBody,
        response: { 200: cardOut, ...errors },
      },
    },
    async (req) =>
      decideCard(db, principalOf(req), auditActor(req), req.params.id, { status: 'confirmed', ...req.body }),
  );

  r.post(
    '/cards/:id/reject',
    {
      config: decide,
      schema: {
        tags,
        summary: '驳回红黄牌提议（须填写理由；驳回的提议不计入后续升级）',
        params: cardParams,
        body: rejectBody,
        response: { 200: cardOut, ...errors },
      },
    },
    async (req) =>
      decideCard(db, principalOf(req), auditActor(req), req.params.id, { status: 'rejected', ...req.body }),
  );

  r.get(
    '/cards/:id/notice.docx',
    {
      config: read,
      schema: { tags, summary: '红黄牌通报（Word，公文格式）', params: cardParams },
    },
    async (req, reply) => {
      const file = await cardNotice(db, principalOf(req), req.params.id);
      return reply.type(DOCX_MIME).header('content-disposition', contentDisposition(file.fileName)).send(file.content);
    },
  );
}
