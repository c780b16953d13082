import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AUDIT_ACTIONS, auditActor } from '../../platform/audit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { auditMeta, exportAudit, listAudit } from './service.js';

const read = { access: { permission: 'audit.read' } } as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const filter = {
  actor: z.string().trim().max(60).optional(),
  actorUserId: z.uuid().optional(),
  entityType: z.string().trim().max(40).optional(),
  entityId: z.string().trim().max(80).optional(),
  action: z.string().trim().max(40).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
};

const item = z.object({
  id: z.number(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  diff: z.unknown(),
  requestId: z.string().nullable(),
  entityName: z.string().nullable(),
  what: z.object({ code: z.string(), detail: z.string().nullable() }),
});

/** The audit log, read-only (/api/v1/audit). There is no route that changes or deletes an audit row. */
export async function auditRoutes(scope: App, { database }: AppDeps): Promise<void> {
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  app.get(
    '/audit',
    {
      config: read,
      schema: {
        tags: ['audit'],
        summary: '审计日志（按操作人、对象、操作、时间筛选）',
        querystring: z.object({
          ...filter,
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ items: z.array(item), total: z.number() }) },
      },
    },
    async (req) => listAudit(db, req.query),
  );

  app.get(
    '/audit/meta',
    {
      config: read,
      schema: {
        tags: ['audit'],
        summary: '审计日志的操作类型（代码与中文名称，供筛选）',
        response: {
          200: z.object({ actions: z.array(z.object({ value: z.enum(AUDIT_ACTIONS), label: z.string() })) }),
        },
      },
    },
    async () => auditMeta(),
  );

  app.get(
    '/audit/export',
    {
      config: read,
      schema: {
        tags: ['audit'],
        summary: '导出审计日志（.xlsx；导出本身记入审计日志）',
        querystring: z.object(filter),
      },
    },
    async (req, reply) => {
      const file = await exportAudit(db, auditActor(req), req.query);
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          `attachment; filename="audit-${stamp}.xlsx"; filename*=UTF-8''${encodeURIComponent(`审计日志-${stamp}.xlsx`)}`,
        )
        .send(file);
    },
  );
}
