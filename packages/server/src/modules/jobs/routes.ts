/** HTTP API of background jobs for administrators (`/api/v1/admin/jobs…`, permission jobs.manage). */
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditActor } from '../../platform/audit.js';
import { errorBody } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { JobRegistry } from '../../platform/jobs/index.js';
import { listQuery, listResponse, runBody, runResponse } from './dto.js';
import { listJobs, runJobsNow } from './service.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody };
const tags = ['jobs'];
const manage = { access: { permission: 'jobs.manage' } } as const;

export async function jobsRoutes(app: App, { database, jobs }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const registry = jobs ?? new JobRegistry();

  r.get(
    '/admin/jobs',
    {
      config: manage,
      schema: {
        tags,
        summary: '后台任务：最近的任务及其状态、定时任务及下次执行时间',
        querystring: listQuery,
        response: { 200: listResponse, ...errors },
      },
    },
    async (req) => listJobs(db, registry, req.query),
  );

  r.post(
    '/admin/jobs/run',
    {
      config: manage,
      schema: {
        tags,
        summary: '立即执行到期的后台任务（可指定时刻 now；dryRun 只列出不执行）',
        body: runBody,
        response: { 200: runResponse, ...errors },
      },
    },
    async (req) =>
      runJobsNow(db, registry, {
        now: req.body.now ? new Date(req.body.now) : new Date(),
        dryRun: req.body.dryRun === true,
        ...(req.body.only ? { only: req.body.only } : {}),
        actor: auditActor(req),
        log: req.log,
      }),
  );
}
