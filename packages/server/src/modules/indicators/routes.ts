import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { auditActor } from '../../platform/audit.js';
import { errorBody, principalOf } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import {
  definitionSetOut,
  figuresOut,
  figuresQuery,
  importDefinitionsBody,
  publishBody,
  rankingsOut,
  rankingsQuery,
  snapshotListOut,
  snapshotOut,
  snapshotParams,
  snapshotsQuery,
} from './dto.js';
import { rankingsFor } from './ranking.js';
import { exportDefinitions, figuresFor, importDefinitions } from './service.js';
import { getSnapshot, listSnapshots, publishSnapshot } from './snapshots.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const tags = ['indicators'];
const read = { access: { permission: 'indicator.read' } } as const;
const manage = { access: { permission: 'settings.manage' } } as const;
const publish = { access: { permission: 'indicator.publish' } } as const;

export async function indicatorRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/indicators/figures',
    {
      config: read,
      schema: {
        tags,
        summary: '指标：新收、审结、败诉率等（含同比、环比、分组、口径版本、可点开的案件清单）',
        description:
          'Every figure of the definition set over `from`–`to` (China dates, inclusive) in the caller’s scope (city, ' +
          'county or agency by role; `region` narrows it), with 同比 and 环比; `by` breaks each figure down per unit; ' +
          '`definition` picks a settings version of the set. `value` unrounded, `display` as the screen shows it.',
        querystring: figuresQuery,
        response: { 200: figuresOut, ...errors },
      },
    },
    async (req) => figuresFor(db, principalOf(req), req.query),
  );

  r.get(
    '/indicators/rankings',
    {
      config: read,
      schema: {
        tags,
        summary: '排名：各县区或机关的比率（口径版本、最低案件数、威尔逊区间）',
        description:
          'The units of `level` (counties, or agencies under the definition’s co-defendant rule) in the caller’s scope, ' +
          'ranked by the rate `indicator` over `from`–`to`; a unit with fewer cases in the denominator than the ' +
          'minimum (settings kind `rankings`) is listed but not ranked; the 95% Wilson interval beside every rate. ' +
          'Counts equal those of GET /indicators/figures?by=region|agency.',
        querystring: rankingsQuery,
        response: { 200: rankingsOut, ...errors },
      },
    },
    async (req) => rankingsFor(db, principalOf(req), req.query),
  );

  r.get(
    '/indicators/definitions',
    {
      config: read,
      schema: {
        tags,
        summary: '导出现行指标口径（JSON，含版本号）',
        response: { 200: definitionSetOut, ...errors },
      },
    },
    async () => (await exportDefinitions(db)) as unknown as z.infer<typeof definitionSetOut>,
  );

  r.put(
    '/indicators/definitions',
    {
      config: manage,
      schema: {
        tags,
        summary: '导入指标口径（保存为新版本；逐项校验，错误指明字段）',
        body: importDefinitionsBody,
        response: { 200: definitionSetOut, ...errors },
      },
    },
    async (req) => {
      const saved = await importDefinitions(db, auditActor(req), req.body);
      return { ...saved.set, version: saved.version ?? 0 } as unknown as z.infer<typeof definitionSetOut>;
    },
  );

  r.post(
    '/indicators/snapshots',
    {
      config: publish,
      schema: {
        tags,
        summary: '发布指标（保存当时的数值及其背后的案件；再次发布为新版本并列出差异）',
        description:
          'Keeps the figures of `from`–`to` in the caller’s scope (or `region` below it) with the definition version ' +
          '(default in force) and the case ids behind each numerator and denominator. Later data corrections do not ' +
          'change it; publishing the same period, scope and set again is the next version with `differences`.',
        body: publishBody,
        response: { 201: snapshotOut, ...errors },
      },
    },
    async (req, reply) => {
      const out = await publishSnapshot(db, principalOf(req), auditActor(req), req.body);
      reply.code(201);
      return out;
    },
  );

  r.get(
    '/indicators/snapshots',
    {
      config: read,
      schema: {
        tags,
        summary: '已发布的指标（本级或 region 所指地区，最新在前）',
        querystring: snapshotsQuery,
        response: { 200: snapshotListOut, ...errors },
      },
    },
    async (req) => listSnapshots(db, principalOf(req), req.query),
  );

  r.get(
    '/indicators/snapshots/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '一次发布的指标及其案件清单、与上一版的差异',
        params: snapshotParams,
        response: { 200: snapshotOut, ...errors },
      },
    },
    async (req) => getSnapshot(db, principalOf(req), req.params.id),
  );
}
