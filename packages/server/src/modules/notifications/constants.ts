/** What a notification is about. */
export const NOTIFICATION_KINDS = ['deadline_reminder', 'calendar_missing', 'general'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * External channels, in the order a failed one falls back to the next the recipient has (docs/rules/reminders.md#channels):
 * SMS first (every official has a phone), then the two group robots, then e-mail. `log` writes to the server log
 * (development); it has no fallback.
 */
export const EXTERNAL_CHANNELS = ['sms', 'wecom', 'dingtalk', 'email', 'log'] as const;
export type ExternalChannel = (typeof EXTERNAL_CHANNELS)[number];
export const FALLBACK_ORDER: readonly ExternalChannel[] = ['sms', 'wecom', 'dingtalk', 'email'];

export const CHANNEL_LABELS: Record<ExternalChannel, string> = {
  sms: '短信',
  wecom: '企业微信',
  dingtalk: '钉钉',
  email: '电子邮件',
  log: '日志（开发）',
};

/** `sending` is internal (claimed); the coordinator's table shows it as queued. `cancelled`: its cause went away first. */
export const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'failed', 'uncertain', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  queued: '排队中',
  sending: '发送中',
  sent: '已发送',
  failed: '失败',
  uncertain: '结果不明',
  cancelled: '已取消',
};

/** Attempts per delivery before it fails (and falls back); the backoff doubles from one minute, at most an hour. */
export const MAX_ATTEMPTS = 5;
export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_MAX_MS = 3_600_000;
/** How long a claim holds; a claim older than this without a result is uncertain. */
export const LEASE_MS = 5 * 60_000;
