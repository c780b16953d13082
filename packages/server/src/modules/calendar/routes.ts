/**
 * HTTP API of the working-day calendar (`/api/v1/calendar…`). Reads: any signed-in user with org.read (every role;
 * clerks look up why a day is not counted). Changes: calendar.manage (administrator, city coordinator); each answers
 * with the number of open deadlines whose due date moved.
 */
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditActor } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { AppError } from '../../platform/errors.js';
import { errorBody } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import {
  checkQuery,
  checkResponse,
  daysQuery,
  daysResponse,
  deleteOverrideBody,
  holidayYearBody,
  noticeResponse,
  overrideBody,
  overrideResponse,
  putYearResponse,
  yearParams,
  yearsResponse,
} from './dto.js';
import {
  type CalendarContext,
  calendarNotice,
  checkDate,
  deleteOverride,
  fillPendingAtStart,
  listDays,
  listYears,
  putOverride,
  putYear,
} from './service.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 422: errorBody };
const tags = ['calendar'];
const read = { access: { permission: 'org.read' } } as const;
const manage = { access: { permission: 'calendar.manage' } } as const;

function contextOf(req: FastifyRequest): CalendarContext {
  const principal: Principal | undefined = req.principal;
  if (!principal) throw new AppError('AUTH_REQUIRED', '请先登录');
  return { principal, actor: auditActor(req) };
}

export async function calendarRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  // Deadlines stored without a date (before provisional dates, or by an older version) get their 暂定 date at start.
  app.addHook('onReady', async () => {
    const filled = await fillPendingAtStart(db);
    if (filled > 0) app.log.info({ filled }, 'provisional due dates filled in for deadlines without a date');
  });

  r.get(
    '/calendar/notice',
    {
      config: read,
      schema: {
        tags,
        summary: '提示管理员和协调员：本年或（11月起）下一年的放假安排尚未录入，以及暂定期限的数量',
        response: { 200: noticeResponse, ...errors },
      },
    },
    async (req) => calendarNotice(db, contextOf(req).principal),
  );

  r.get(
    '/calendar/years',
    {
      config: read,
      schema: {
        tags,
        summary: '工作日历已覆盖的年份及来源（内置国务院放假安排或管理员录入）',
        response: { 200: yearsResponse, ...errors },
      },
    },
    async () => listYears(db),
  );

  r.get(
    '/calendar/days',
    {
      config: read,
      schema: {
        tags,
        summary: '某年的放假日、调休上班日和人工调整及其原因',
        querystring: daysQuery,
        response: { 200: daysResponse, ...errors },
      },
    },
    async (req) => listDays(db, req.query.year),
  );

  r.get(
    '/calendar/check',
    {
      config: read,
      schema: {
        tags,
        summary: '某日是否工作日及原因（未覆盖的年份返回 422 CALENDAR_YEAR_NOT_COVERED）',
        querystring: checkQuery,
        response: { 200: checkResponse, ...errors },
      },
    },
    async (req) => checkDate(db, req.query.date),
  );

  r.put(
    '/calendar/years/:year',
    {
      config: manage,
      schema: {
        tags,
        summary: '录入或替换某年的放假安排（holiday-cn 格式），并重新计算受影响的未完成期限',
        description:
          'Body: `{year?, papers: [gov.cn URLs], note?, days: [{name, date, isOffDay}]}` (holiday-cn). Every date ' +
          'must lie in the year, once. Replaces a bundled year too. Answers how many open deadlines moved.',
        params: yearParams,
        body: holidayYearBody,
        response: { 200: putYearResponse, ...errors },
      },
    },
    async (req) => putYear(db, contextOf(req), req.params.year, req.body),
  );

  r.post(
    '/calendar/overrides',
    {
      config: manage,
      schema: {
        tags,
        summary: '调整某日（放假或上班），并重新计算受影响的未完成期限',
        body: overrideBody,
        response: { 200: overrideResponse, ...errors },
      },
    },
    async (req) => putOverride(db, contextOf(req), req.body),
  );

  r.delete(
    '/calendar/overrides',
    {
      config: manage,
      schema: {
        tags,
        summary: '撤销某日的调整，并重新计算受影响的未完成期限',
        body: deleteOverrideBody,
        response: { 200: overrideResponse, ...errors },
      },
    },
    async (req) => deleteOverride(db, contextOf(req), req.body.date, req.body.reason ?? null),
  );
}
