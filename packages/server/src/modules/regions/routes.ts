/**
 * Read API of the org for filters and forms: GET /regions (flat list and tree), GET /agencies (by region and kind),
 * GET /agencies/:id/heads (负责人, for head appearance). Everyone signed in with 'org.read' may read them: the
 * org is not personal data and every role needs it to fill a form.
 */
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../platform/errors.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { AGENCY_KINDS, HEAD_ROLES } from '../org/schema.js';
import { agencyExists, listAgencies, listAgencyHeads, listRegions, type RegionNode, regionTree } from './repository.js';

const LEVELS = ['province', 'city', 'county', 'town'] as const;
const region = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(LEVELS),
  parentCode: z.string().nullable(),
  path: z.string(),
});
const regionNode: z.ZodType<RegionNode> = region.extend({
  get children() {
    return z.array(regionNode);
  },
});
const agency = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(AGENCY_KINDS),
  regionCode: z.string(),
  regionName: z.string(),
  regionPath: z.string(),
  courtCode: z.string().nullable(),
  active: z.boolean(),
});
const head = z.object({
  id: z.string(),
  agencyId: z.string(),
  name: z.string(),
  title: z.string(),
  headRole: z.enum(HEAD_ROLES),
  active: z.boolean(),
});
const errorBody = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
  requestId: z.string().optional(),
});
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };
const flag = (label: string) => z.enum(['true', 'false'], { error: `${label}应为 true 或 false` }).optional();
const tags = ['org'];

export async function regionRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const access = { permission: 'org.read' };

  r.get(
    '/regions',
    {
      config: { access },
      schema: {
        tags,
        summary: '行政区划（平铺列表与树）',
        response: { 200: z.object({ items: z.array(region), tree: z.array(regionNode) }), ...errors },
      },
    },
    async () => {
      const rows = await listRegions(db);
      return {
        items: rows.map(({ code, name, level, parentCode, path }) => ({ code, name, level, parentCode, path })),
        tree: regionTree(rows),
      };
    },
  );

  r.get(
    '/agencies',
    {
      config: { access },
      schema: {
        tags,
        summary: '机关列表（按地区及其下级、按类型筛选）',
        querystring: z.object({
          regionCode: z.string().max(12, { error: '地区代码过长' }).optional(),
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
        response: { 200: z.object({ items: z.array(agency) }), ...errors },
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
      config: { access },
      schema: {
        tags,
        summary: '机关负责人（正职、副职、分管负责人）',
        params: z.object({ id: z.uuid({ error: '机关ID无效' }) }),
        querystring: z.object({ includeInactive: flag('含已停用') }),
        response: { 200: z.object({ items: z.array(head) }), ...errors },
      },
    },
    async (req) => {
      if (!(await agencyExists(db, req.params.id))) throw notFound('机关');
      return { items: await listAgencyHeads(db, req.params.id, req.query.includeInactive === 'true') };
    },
  );
}
