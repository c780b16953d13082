/**
 * The iCalendar feed (useCases/feed.ts):
 *
 * | route | access | what |
 * |---|---|---|
 * | GET /hearings/feed/:file ({token}.ics) | public | the user's hearings as text/calendar; 404 for a wrong, revoked or malformed token or a disabled account, the same answer for each |
 * | GET /hearings/feed-token | authenticated | whether the caller has a feed (since, last fetched) |
 * | POST /hearings/feed-token | authenticated | a new secret URL (replaces the old one), shown once |
 * | DELETE /hearings/feed-token | authenticated | revoke |
 *
 * The feed is public as a route (a phone calendar has no session); the token is the credential.
 */
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActor } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { errorBody } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { createFeedToken, feedCalendar, feedTokenStatus, revokeFeedToken } from './useCases/feed.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };
const tags = ['hearings'];
const tokenOut = z.object({
  active: z.boolean(),
  /** Only in the answer that made it: `/api/v1/hearings/feed/{token}.ics` (the server keeps its hash alone). */
  path: z.string().optional(),
  createdAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

function contextOf(req: FastifyRequest) {
  const principal = req.principal;
  if (!principal) throw new AppError('AUTH_REQUIRED', '请先登录');
  return { principal, actor: auditActor(req) };
}

export async function hearingFeedRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/hearings/feed/:file',
    {
      config: { access: 'public' },
      // The URL is the credential: the request lines (info) would write it to the log on every poll.
      logLevel: 'warn',
      schema: {
        tags,
        summary: '庭审日历订阅（iCalendar，{token}.ics；令牌即凭据）',
        params: z.object({ file: z.string().max(200) }),
      },
    },
    async (req, reply) => {
      const origin = `${req.protocol}://${req.host}`;
      const ics = await feedCalendar(db, req.params.file, origin);
      if (ics === null) throw notFound('日历订阅');
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', 'inline; filename="hearings.ics"')
        .send(ics);
    },
  );

  r.get(
    '/hearings/feed-token',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '我的庭审日历订阅状态', response: { 200: tokenOut, ...errors } },
    },
    async (req) => feedTokenStatus(db, contextOf(req).principal),
  );

  r.post(
    '/hearings/feed-token',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '生成（或重新生成）我的庭审日历订阅地址', response: { 201: tokenOut, ...errors } },
    },
    async (req, reply) => reply.status(201).send(await createFeedToken(db, contextOf(req))),
  );

  r.delete(
    '/hearings/feed-token',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '停用我的庭审日历订阅地址', response: { 200: tokenOut, ...errors } },
    },
    async (req) => revokeFeedToken(db, contextOf(req)),
  );
}
