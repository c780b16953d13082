/**
 * HTTP routes of trainings and trial observations (docs/rules/suggestions.md#training-coverage), under /api/v1.
 *
 * | route | access | what |
 * |---|---|---|
 * | GET  /trainings?year | training.read | sessions in scope with their attendees |
 * | GET  /trainings/coverage?year | training.read | coverage per agency of the caller's region, the uncovered listed |
 * | POST /trainings | training.manage | record a session and who attended |
 * | DELETE /trainings/:id | training.manage | remove one recorded by mistake (the recorder's region) |
 */
import { todayInChina } from '@shuangjiang/domain';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App, AppDeps } from '../../platform/http/types.js';
import {
  coverageOut,
  errors,
  idParams,
  trainingCreateBody,
  trainingListOut,
  trainingListQuery,
  trainingOut,
} from './dto.js';
import { contextOf } from './routes.js';
import { coverageFor, createTraining, deleteTraining, listTrainings } from './trainings.js';

const tags = ['trainings'];
const access = (permission: string) => ({ access: { permission } }) as const;
// China's year: on 31 December after 16:00 UTC it is already next year in China.
const thisYear = () => Number(todayInChina().slice(0, 4));

export async function trainingRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/trainings',
    {
      config: access('training.read'),
      schema: {
        tags,
        summary: '培训与旁听庭审记录',
        querystring: trainingListQuery,
        response: { 200: trainingListOut, ...errors },
      },
    },
    async (req) => listTrainings(db, contextOf(req).principal, req.query.year),
  );

  r.get(
    '/trainings/coverage',
    {
      config: access('training.read'),
      schema: {
        tags,
        summary: '本年度培训、庭审观摩覆盖情况（3个全覆盖）',
        querystring: trainingListQuery,
        response: { 200: coverageOut, ...errors },
      },
    },
    async (req) => coverageFor(db, contextOf(req).principal, req.query.year ?? thisYear()),
  );

  r.post(
    '/trainings',
    {
      config: access('training.manage'),
      schema: {
        tags,
        summary: '登记培训或旁听庭审',
        body: trainingCreateBody,
        response: { 201: trainingOut, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await createTraining(db, contextOf(req), req.body)),
  );

  r.delete(
    '/trainings/:id',
    {
      config: access('training.manage'),
      schema: { tags, summary: '删除误登记的培训记录', params: idParams },
    },
    async (req, reply) => {
      await deleteTraining(db, contextOf(req), req.params.id);
      return reply.code(204).send();
    },
  );
}
