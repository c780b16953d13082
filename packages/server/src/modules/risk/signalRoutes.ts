/**
 * HTTP API of the court liaison's pre-hearing signals (docs/rules/risk.md#liaison-signals), registered with the risk
 * routes: reading a case's signals needs case.read, recording and withdrawing risk.signal (the court liaison), always
 * within the caller's case scope (out of scope is 404).
 */
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/client.js';
import { errorBody } from '../../platform/http/routeKit.js';
import type { App } from '../../platform/http/types.js';
import type { RiskContext } from './context.js';
import { signalBody, signalListQuery, signalParams, signalsOut, withdrawSignalBody } from './dto.js';
import { caseSignals, recordSignal, withdrawSignal } from './useCases/signals.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['risk'];
const signal = { access: { permission: 'risk.signal' } } as const;

export async function signalRoutes(app: App, db: Db, contextOf: (req: FastifyRequest) => RiskContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/risk-signals',
    {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: '案件的法院庭前风险提示（含已撤回的），及案件当前风险等级',
        querystring: signalListQuery,
        response: { 200: signalsOut, ...errors },
      },
    },
    async (req) => caseSignals(db, contextOf(req).principal, req.query.caseId),
  );

  r.post(
    '/risk-signals',
    {
      config: signal,
      schema: {
        tags,
        summary: '法院联络员庭前风险提示（黄色或红色，说明情况）；案件随即重新筛查',
        body: signalBody,
        response: { 201: signalsOut, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await recordSignal(db, contextOf(req), req.body)),
  );

  r.post(
    '/risk-signals/:id/withdraw',
    {
      config: signal,
      schema: {
        tags,
        summary: '撤回庭前风险提示（说明理由）；案件随即重新筛查',
        params: signalParams,
        body: withdrawSignalBody,
        response: { 200: signalsOut, ...errors },
      },
    },
    async (req) => withdrawSignal(db, contextOf(req), req.params.id, req.body.reason),
  );
}
