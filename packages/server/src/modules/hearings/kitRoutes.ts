/**
 * The hearing preparation kit's routes (README.md#preparation-kit), apart from routes.ts so that the kit's two routes
 * and their shapes sit together. Generating stores documents and audit rows: `hearing.manage` (agency clerk, court
 * liaison, coordinators — who prepare and enter hearings), scope = the case's (404 outside). The generated files are
 * then read by everyone who reads the case (GET /documents/:id/file, case.read): a head downloads what the clerk made.
 */
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActor } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { contentDisposition } from '../../platform/http/download.js';
import { errorBody } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { documentMeta } from '../documents/dto.js';
import type { HearingContext } from './context.js';
import { generateKitDocument, generateKitZip, KIT_ITEM_NAMES } from './service.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const tags = ['hearings'];
const manage = { access: { permission: 'hearing.manage' } } as const;

const kitParams = z.object({
  id: z.uuid().meta({ title: '案件' }),
  item: z.enum(KIT_ITEM_NAMES).meta({ title: '材料' }),
});
const kitCaseParams = z.object({ id: z.uuid().meta({ title: '案件' }) });
const kitQuery = z.object({ hearingId: z.uuid().optional().meta({ title: '庭审' }) });

function contextOf(req: FastifyRequest): HearingContext {
  if (!req.principal) throw new AppError('AUTH_REQUIRED', '请先登录');
  return { principal: req.principal, actor: auditActor(req) };
}

export async function hearingKitRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.post(
    '/cases/:id/preparation-kit/:item',
    {
      config: manage,
      schema: {
        tags,
        summary: '生成应诉材料包中的一份（答辩状、证据目录、授权委托书、负责人身份证明书、应诉批办单）',
        params: kitParams,
        querystring: kitQuery,
        response: { 201: documentMeta, ...errors },
      },
    },
    async (req, reply) => {
      const doc = await generateKitDocument(db, contextOf(req), req.params.id, req.params.item, req.query.hearingId);
      return reply.code(201).send(doc);
    },
  );

  r.post(
    '/cases/:id/preparation-kit.zip',
    {
      config: manage,
      schema: {
        tags,
        summary: '生成整套应诉材料包（.zip，五份 Word 文书）',
        params: kitCaseParams,
        querystring: kitQuery,
      },
    },
    async (req, reply) => {
      const kit = await generateKitZip(db, contextOf(req), req.params.id, req.query.hearingId);
      return reply
        .code(201)
        .type('application/zip')
        .header('content-disposition', contentDisposition(kit.fileName))
        .send(kit.content);
    },
  );
}
