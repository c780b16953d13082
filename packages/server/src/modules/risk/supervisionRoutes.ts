/**
 * HTTP API of 挂牌督办 (docs/rules/risk.md#supervision), registered with the risk routes: the list reads case.read in
 * the caller's scope; putting an item under supervision and lifting it need risk.manage and are the city
 * coordinator's (a county coordinator is refused with 403 naming who decides). Answers the item as GET /risk-items/:id.
 */

import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/client.js';
import { errorBody } from '../../platform/http/routeKit.js';
import type { App } from '../../platform/http/types.js';
import type { RiskContext } from './context.js';
import {
  itemDetailOut,
  liftBody,
  superviseBody,
  supervisionListOut,
  supervisionListQuery,
  supervisionParams,
} from './dto.js';
import { liftSupervision, listSupervisionsFor, superviseItem } from './useCases/supervision.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['risk'];

export async function supervisionRoutes(app: App, db: Db, contextOf: (req: FastifyRequest) => RiskContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/supervisions',
    {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '挂牌督办清单：本人可见范围内，督办中的按期限（逾期在前），已解除的按解除时间',
        querystring: supervisionListQuery,
        response: { 200: supervisionListOut, ...errors },
      },
    },
    async (req) => listSupervisionsFor(db, contextOf(req).principal, req.query),
  );

  r.post(
    '/supervisions',
    {
      config: { access: { permission: 'risk.manage' } },
      schema: {
        tags,
        summary: '挂牌督办（市级协调员）：督办期限和理由；通知被告机关应诉专员、包案领导和县区协调员',
        body: superviseBody,
        response: { 200: itemDetailOut, ...errors },
      },
    },
    async (req) => superviseItem(db, contextOf(req), req.body),
  );

  r.post(
    '/supervisions/:id/lift',
    {
      config: { access: { permission: 'risk.manage' } },
      schema: {
        tags,
        summary: '解除督办（市级协调员）：说明化解情况；风险事项回到化解中',
        params: supervisionParams,
        body: liftBody,
        response: { 200: itemDetailOut, ...errors },
      },
    },
    async (req) => liftSupervision(db, contextOf(req), req.params.id, req.body),
  );
}
