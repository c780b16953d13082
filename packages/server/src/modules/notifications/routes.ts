import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditActor } from '../../platform/audit.js';
import { errorBodySchema } from '../../platform/http/errorSchema.js';
import { principalOf } from '../../platform/http/routeKit.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import {
  contactsBody,
  contactsResponse,
  deliveriesQuery,
  deliveriesResponse,
  idParams,
  inboxQuery,
  inboxResponse,
  resendResponse,
  unreadResponse,
} from './dto.js';
import { notifyConfig } from './jobs.js';
import {
  deliveryTable,
  myContacts,
  myNotifications,
  readAll,
  readOne,
  resendDelivery,
  updateMyContacts,
} from './service.js';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const tags = ['notifications'];
const mine = { access: 'authenticated' } as const;
const manage = { access: { permission: 'notification.manage' } } as const;

export async function notificationRoutes(app: App, { database }: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  // A channel named in NOTIFY_CHANNELS without its variables stops the start here, naming them.
  const channels = notifyConfig().channels;

  r.get(
    '/notifications',
    {
      config: mine,
      schema: {
        tags,
        summary: '我的通知（新的在前，分页）和未读数',
        querystring: inboxQuery,
        response: { 200: inboxResponse, ...errors },
      },
    },
    async (req) => myNotifications(db, principalOf(req), req.query),
  );

  r.post(
    '/notifications/read-all',
    {
      config: mine,
      schema: { tags, summary: '全部标为已读', response: { 200: unreadResponse, ...errors } },
    },
    async (req) => readAll(db, principalOf(req)),
  );

  r.post(
    '/notifications/:id/read',
    {
      config: mine,
      schema: {
        tags,
        summary: '标为已读（他人的通知返回 404）',
        params: idParams,
        response: { 200: unreadResponse, ...errors },
      },
    },
    async (req) => readOne(db, principalOf(req), req.params.id),
  );

  r.get(
    '/notifications/contacts',
    {
      config: mine,
      schema: {
        tags,
        summary: '我的接收方式：电子邮箱、企业微信账号、钉钉 userId（手机号由管理员维护，脱敏显示）',
        response: { 200: contactsResponse, ...errors },
      },
    },
    async (req) => myContacts(db, principalOf(req), channels),
  );

  r.put(
    '/notifications/contacts',
    {
      config: mine,
      schema: {
        tags,
        summary: '修改我的接收方式（记入审计日志）',
        body: contactsBody,
        response: { 200: contactsResponse, ...errors },
      },
    },
    async (req) => updateMyContacts(db, principalOf(req), auditActor(req), req.body, channels),
  );

  r.get(
    '/notifications/deliveries',
    {
      config: manage,
      schema: {
        tags,
        summary: '外部渠道发送记录（排队中、已发送、失败、结果不明）',
        querystring: deliveriesQuery,
        response: { 200: deliveriesResponse, ...errors },
      },
    },
    async (req) => deliveryTable(db, req.query),
  );

  r.post(
    '/notifications/deliveries/:id/resend',
    {
      config: manage,
      schema: {
        tags,
        summary: '重发一条结果不明或失败的发送（收件人可能收到两次）',
        params: idParams,
        response: { 200: resendResponse, ...errors },
      },
    },
    async (req) => resendDelivery(db, auditActor(req), req.params.id),
  );
}
