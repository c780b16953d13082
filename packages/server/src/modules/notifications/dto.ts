/** zod shapes of the notifications API (the contract; the web reads them through the OpenAPI document). */
import { z } from 'zod';
import { DELIVERY_STATUSES, EXTERNAL_CHANNELS, NOTIFICATION_KINDS } from './constants.js';

const page = z.coerce.number().int('页码须为整数').min(1, '页码须大于 0').max(10_000).default(1);
const pageSize = z.coerce.number().int().min(1).max(100, '每页最多 100 条').default(20);

export const inboxQuery = z.object({
  page,
  pageSize,
  unreadOnly: z
    .enum(['true', 'false'], { message: '只看未读须为 true 或 false' })
    .default('false')
    .transform((v) => v === 'true'),
});
export type InboxQuery = z.infer<typeof inboxQuery>;

export const notificationItem = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  /** Path of the object in the web app (`/cases/<id>`), or null. */
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  /** The cause no longer holds (a reminder whose deadline moved or was met): shown as 已过时. */
  superseded: z.boolean(),
  createdAt: z.string(),
});

export const inboxResponse = z.object({
  items: z.array(notificationItem),
  total: z.number().int(),
  unread: z.number().int(),
});

export const idParams = z.object({ id: z.uuid('通知 id 格式不正确') });
export const unreadResponse = z.object({ unread: z.number().int(), marked: z.number().int() });

export const contactsBody = z.object({
  email: z.email('电子邮箱格式不正确').max(200).nullable(),
  wecomUserId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.@-]{1,64}$/, '企业微信账号只能含字母、数字和 _ . @ -')
    .nullable(),
  dingtalkUserId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.@-]{1,64}$/, '钉钉 userId 只能含字母、数字和 _ . @ -')
    .nullable(),
});
export const contactsResponse = contactsBody.extend({
  /** The work phone (administrators set it), masked. */
  phoneMasked: z.string().nullable(),
  /** External channels running on this server (NOTIFY_CHANNELS). */
  channels: z.array(z.enum(EXTERNAL_CHANNELS)),
});

export const deliveriesQuery = z.object({
  page,
  pageSize,
  status: z.enum(['queued', 'sent', 'failed', 'uncertain', 'cancelled'], { message: '状态无效' }).optional(),
});

export const deliveryItem = z.object({
  id: z.string(),
  messageId: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  link: z.string().nullable(),
  recipientName: z.string(),
  channel: z.enum(EXTERNAL_CHANNELS),
  /** `sending` is reported as queued. */
  status: z.enum(['queued', 'sent', 'failed', 'uncertain', 'cancelled']),
  attempts: z.number().int(),
  addressMasked: z.string().nullable(),
  lastError: z.string().nullable(),
  /** A fallback (channel failed) or a resend of this delivery. */
  previousId: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  canResend: z.boolean(),
});

export const deliveriesResponse = z.object({
  items: z.array(deliveryItem),
  total: z.number().int(),
  counts: z.record(z.enum(DELIVERY_STATUSES), z.number().int()),
});

export const resendResponse = z.object({ id: z.string(), status: z.literal('queued') });
