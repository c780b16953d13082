import { z } from 'zod';
import { type App, type AppDeps, VERSION } from '../../platform/http/types.js';

const healthBody = z.object({
  status: z.literal('ok'),
  db: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

/** Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database answers too). */
export async function healthRoutes(app: App, { database }: AppDeps): Promise<void> {
  app.get(
    '/healthz',
    {
      // Answered under load too (platform/http/loadShedding.ts): a probe must see the server as it is.
      config: { access: 'public', shedLoad: false },
      schema: { tags: ['health'], summary: '存活检查', response: { 200: healthBody } },
    },
    async () => ({ status: 'ok' as const, db: database.kind, version: VERSION }),
  );
  app.get(
    '/readyz',
    {
      config: { access: 'public', shedLoad: false },
      schema: {
        tags: ['health'],
        summary: '就绪检查（含数据库）',
        response: { 200: healthBody, 503: z.object({ status: z.literal('unavailable'), db: z.string() }) },
      },
    },
    async (_req, reply) => {
      try {
        await database.ping();
        return { status: 'ok' as const, db: database.kind, version: VERSION };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, db: database.kind });
      }
    },
  );
}
