/**
 * The org API. Reads for every signed-in role ('org.read': the org is not personal data and every role needs it to
 * fill a form; heads' phones are masked for roles without need): GET /regions (flat list and tree), GET /agencies
 * (by region and kind), GET /agencies/:id/heads and GET /agency-heads (负责人, for head appearance). Maintenance of
 * heads for coordinators and administrators in their region ('org.manage'): POST /agencies/:id/heads,
 * PATCH /agency-heads/:id, POST /agency-heads/:id/deactivate and /activate.
 */
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActor } from '../../platform/audit.js';
import { errorBody } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import {
  agencySchema,
  createHeadBody,
  headSchema,
  regionNodeSchema,
  regionSchema,
  updateHeadBody,
  versionBody,
} from './dto.js';
import { createHead, editHead, headsOfAgency, headsOfRegion, setHeadActive } from './heads.js';
import { AGENCY_KINDS } from './schema.js';
import { listAgencies, regionsWithTree } from './service.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };
const writeErrors = { ...errors, 409: errorBody, 422: errorBody };
const flag = (label: string) => z.enum(['true', 'false'], { error: `${label}应为 true 或 false` }).optional();
const regionCode = z.string().max(12, { error: '地区代码过长' }).optional();
const headId = z.object({ id: z.uuid({ error: '负责人ID无效' }) });
const tags = ['org'];

export async function orgRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const read = { permission: 'org.read' };
  const manage = { permission: 'org.manage' };

  r.get(
    '/regions',
    {
      config: { access: read },
      schema: {
        tags,
        summary: '行政区划（平铺列表与树）',
        response: { 200: z.object({ items: z.array(regionSchema), tree: z.array(regionNodeSchema) }), ...errors },
      },
    },
    async () => regionsWithTree(db),
  );

  r.get(
    '/agencies',
    {
      config: { access: read },
      schema: {
        tags,
        summary: '机关列表（按地区及其下级、按类型筛选）',
        querystring: z.object({
          regionCode,
          kind: z
            .string()
            .transform((s) =>
              s
                .split(',')
                .map((v) => v.trim())
                .filter(Boolean),
            )
            .pipe(z.array(z.enum(AGENCY_KINDS, { error: `机关类型无效，可选值：${AGENCY_KINDS.join('、')}` })))
            .optional(),
          includeInactive: flag('含已停用'),
        }),
        response: { 200: z.object({ items: z.array(agencySchema) }), ...errors },
      },
    },
    async (req) => ({
      items: await listAgencies(db, {
        regionCode: req.query.regionCode,
        kind: req.query.kind,
        includeInactive: req.query.includeInactive === 'true',
      }),
    }),
  );

  r.get(
    '/agencies/:id/heads',
    {
      config: { access: read },
      schema: {
        tags,
        summary: '机关负责人（正职、副职、分管负责人）',
        params: z.object({ id: z.uuid({ error: '机关ID无效' }) }),
        querystring: z.object({ includeInactive: flag('含已停用') }),
        response: { 200: z.object({ items: z.array(headSchema) }), ...errors },
      },
    },
    async (req) => ({
      items: await headsOfAgency(db, req.principal!, req.params.id, req.query.includeInactive === 'true'),
    }),
  );

  r.get(
    '/agency-heads',
    {
      config: { access: read },
      schema: {
        tags,
        summary: '负责人名录（某地区及其下级各机关；不指定地区时为本人可维护的范围）',
        querystring: z.object({ regionCode, includeInactive: flag('含已停用') }),
        response: {
          200: z.object({ items: z.array(headSchema.extend({ agencyName: z.string() })) }),
          ...errors,
        },
      },
    },
    async (req) => ({
      items: await headsOfRegion(db, req.principal!, {
        regionCode: req.query.regionCode,
        includeInactive: req.query.includeInactive === 'true',
      }),
    }),
  );

  r.post(
    '/agencies/:id/heads',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '添加机关负责人',
        params: z.object({ id: z.uuid({ error: '机关ID无效' }) }),
        body: createHeadBody,
        response: { 201: headSchema, ...writeErrors },
      },
    },
    async (req, reply) => {
      const head = await createHead(database.db, req.principal!, auditActor(req), req.params.id, req.body);
      return reply.code(201).send(head);
    },
  );

  r.patch(
    '/agency-heads/:id',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '修改机关负责人（带版本号）',
        params: headId,
        body: updateHeadBody,
        response: { 200: headSchema, ...writeErrors },
      },
    },
    async (req) => editHead(database.db, req.principal!, auditActor(req), req.params.id, req.body),
  );

  for (const [path, active, summary] of [
    ['deactivate', false, '停用机关负责人（离任）'],
    ['activate', true, '重新启用机关负责人'],
  ] as const) {
    r.post(
      `/agency-heads/:id/${path}`,
      {
        config: { access: manage },
        schema: { tags, summary, params: headId, body: versionBody, response: { 200: headSchema, ...writeErrors } },
      },
      async (req) =>
        setHeadActive(database.db, req.principal!, auditActor(req), req.params.id, req.body.version, active),
    );
  }
}
