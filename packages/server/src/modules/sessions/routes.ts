import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActor } from '../../platform/audit.js';
import { clearSessionCookie } from '../../platform/auth/plugin.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { listMySessions, revokeMyOtherSessions, revokeMySession } from './service.js';

const self = { access: { permission: 'session.self' } } as const;

/** "My sessions" (/api/v1/sessions): where am I signed in, and signing out there. */
export async function sessionsRoutes(scope: App, { config, database }: AppDeps): Promise<void> {
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  app.get(
    '/sessions',
    {
      config: self,
      schema: {
        tags: ['sessions'],
        summary: '我的登录会话',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                createdAt: z.string(),
                lastSeenAt: z.string(),
                expiresAt: z.string(),
                ip: z.string().nullable(),
                userAgent: z.string().nullable(),
                current: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await listMySessions(db, req.principal!) }),
  );

  app.delete(
    '/sessions/:id',
    {
      config: self,
      schema: {
        tags: ['sessions'],
        summary: '退出某个会话',
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req, reply) => {
      await revokeMySession(db, req.principal!, auditActor(req), req.params.id);
      if (req.params.id === req.principal!.sessionId) clearSessionCookie(reply, config.cookieSecure);
      return { ok: true as const };
    },
  );

  app.post(
    '/sessions/revoke-others',
    {
      config: self,
      schema: {
        tags: ['sessions'],
        summary: '退出其他所有会话',
        response: { 200: z.object({ revoked: z.number() }) },
      },
    },
    async (req) => ({ revoked: await revokeMyOtherSessions(db, req.principal!, auditActor(req)) }),
  );
}
