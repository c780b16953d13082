/**
 * The notification channels' settings, from the environment only (README "Notifications"). Read and validated at
 * start (routes.ts): a channel named in NOTIFY_CHANNELS without its variables stops the start, naming them. Secrets
 * (keys, webhook tokens, the SMTP password) stay in this object: never logged, never in the audit trail, never in a
 * delivery's error text.
 */
import { z } from 'zod';
import { ConfigError } from '../../platform/config.js';
import { EXTERNAL_CHANNELS, type ExternalChannel } from './constants.js';

const url = z.string().url('必须是 http(s):// 网址 / must be an http(s) URL');

const envSchema = z.object({
  /** External channels in use, comma-separated (sms, wecom, dingtalk, email, log); empty = in-app only. */
  NOTIFY_CHANNELS: z.string().default(''),
  /** The web app's address for links in external messages, e.g. https://sj.example.gov.cn */
  NOTIFY_PUBLIC_URL: url.optional(),
  NOTIFY_SEND_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(10_000),
  NOTIFY_SMS_PROVIDER: z.enum(['aliyun', 'tencent']).optional(),
  ALIYUN_SMS_ACCESS_KEY_ID: z.string().optional(),
  ALIYUN_SMS_ACCESS_KEY_SECRET: z.string().optional(),
  ALIYUN_SMS_SIGN_NAME: z.string().optional(),
  ALIYUN_SMS_TEMPLATE_CODE: z.string().optional(),
  ALIYUN_SMS_ENDPOINT: url.default('https://dysmsapi.aliyuncs.com'),
  TENCENT_SMS_SECRET_ID: z.string().optional(),
  TENCENT_SMS_SECRET_KEY: z.string().optional(),
  TENCENT_SMS_SDK_APP_ID: z.string().optional(),
  TENCENT_SMS_SIGN_NAME: z.string().optional(),
  TENCENT_SMS_TEMPLATE_ID: z.string().optional(),
  TENCENT_SMS_REGION: z.string().default('ap-guangzhou'),
  TENCENT_SMS_ENDPOINT: url.default('https://sms.tencentcloudapi.com'),
  WECOM_WEBHOOK_URL: url.optional(),
  DINGTALK_WEBHOOK_URL: url.optional(),
  DINGTALK_SECRET: z.string().optional(),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(465),
  SMTP_SECURE: z.enum(['true', 'false']).default('true'),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().optional(),
});

export interface AliyunSmsConfig {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateCode: string;
  endpoint: URL;
}
export interface TencentSmsConfig {
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  signName: string;
  templateId: string;
  region: string;
  endpoint: URL;
}
export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  from: string;
}

export interface NotifyConfig {
  /** Enabled external channels in fallback order of NOTIFY_CHANNELS as written. */
  channels: ExternalChannel[];
  publicUrl: string | undefined;
  sendTimeoutMs: number;
  sms?: { provider: 'aliyun'; aliyun: AliyunSmsConfig } | { provider: 'tencent'; tencent: TencentSmsConfig };
  wecom?: { webhookUrl: string };
  dingtalk?: { webhookUrl: string; secret: string | undefined };
  email?: SmtpConfig;
}

/** Reads and checks the notification settings; throws ConfigError naming every missing or bad variable. */
export function loadNotifyConfig(env: NodeJS.ProcessEnv = process.env): NotifyConfig {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(clean);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const i of parsed.error.issues) problems.push(`${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`通知渠道配置错误 / invalid notification settings:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const channels: ExternalChannel[] = [];
  for (const name of e.NOTIFY_CHANNELS.split(',').map((s) => s.trim().toLowerCase())) {
    if (!name) continue;
    if (!(EXTERNAL_CHANNELS as readonly string[]).includes(name)) {
      problems.push(`NOTIFY_CHANNELS: 未知渠道 “${name}”（可选 ${EXTERNAL_CHANNELS.join(', ')}）`);
    } else if (!channels.includes(name as ExternalChannel)) channels.push(name as ExternalChannel);
  }
  const need = (channel: string, vars: Record<string, string | undefined>) => {
    const missing = Object.entries(vars)
      .filter(([, v]) => !v)
      .map(([k]) => k);
    if (missing.length) problems.push(`${missing.join(', ')}: 启用 ${channel} 渠道时必填 / required for ${channel}`);
  };
  const config: NotifyConfig = {
    channels,
    publicUrl: e.NOTIFY_PUBLIC_URL?.replace(/\/+$/, ''),
    sendTimeoutMs: e.NOTIFY_SEND_TIMEOUT_MS,
  };
  if (channels.includes('sms')) {
    if (!e.NOTIFY_SMS_PROVIDER) problems.push('NOTIFY_SMS_PROVIDER: 启用 sms 渠道时必填（aliyun 或 tencent）');
    if (e.NOTIFY_SMS_PROVIDER === 'aliyun') {
      need('sms (aliyun)', {
        ALIYUN_SMS_ACCESS_KEY_ID: e.ALIYUN_SMS_ACCESS_KEY_ID,
        ALIYUN_SMS_ACCESS_KEY_SECRET: e.ALIYUN_SMS_ACCESS_KEY_SECRET,
        ALIYUN_SMS_SIGN_NAME: e.ALIYUN_SMS_SIGN_NAME,
        ALIYUN_SMS_TEMPLATE_CODE: e.ALIYUN_SMS_TEMPLATE_CODE,
      });
      config.sms = {
        provider: 'aliyun',
        aliyun: {
          accessKeyId: e.ALIYUN_SMS_ACCESS_KEY_ID ?? '',
          accessKeySecret: e.ALIYUN_SMS_ACCESS_KEY_SECRET ?? '',
          signName: e.ALIYUN_SMS_SIGN_NAME ?? '',
          templateCode: e.ALIYUN_SMS_TEMPLATE_CODE ?? '',
          endpoint: new URL(e.ALIYUN_SMS_ENDPOINT),
        },
      };
    } else if (e.NOTIFY_SMS_PROVIDER === 'tencent') {
      need('sms (tencent)', {
        TENCENT_SMS_SECRET_ID: e.TENCENT_SMS_SECRET_ID,
        TENCENT_SMS_SECRET_KEY: e.TENCENT_SMS_SECRET_KEY,
        TENCENT_SMS_SDK_APP_ID: e.TENCENT_SMS_SDK_APP_ID,
        TENCENT_SMS_SIGN_NAME: e.TENCENT_SMS_SIGN_NAME,
        TENCENT_SMS_TEMPLATE_ID: e.TENCENT_SMS_TEMPLATE_ID,
      });
      config.sms = {
        provider: 'tencent',
        tencent: {
          secretId: e.TENCENT_SMS_SECRET_ID ?? '',
          secretKey: e.TENCENT_SMS_SECRET_KEY ?? '',
          sdkAppId: e.TENCENT_SMS_SDK_APP_ID ?? '',
          signName: e.TENCENT_SMS_SIGN_NAME ?? '',
          templateId: e.TENCENT_SMS_TEMPLATE_ID ?? '',
          region: e.TENCENT_SMS_REGION,
          endpoint: new URL(e.TENCENT_SMS_ENDPOINT),
        },
      };
    }
  }
  if (channels.includes('wecom')) {
    need('wecom', { WECOM_WEBHOOK_URL: e.WECOM_WEBHOOK_URL });
    if (e.WECOM_WEBHOOK_URL) config.wecom = { webhookUrl: e.WECOM_WEBHOOK_URL };
  }
  if (channels.includes('dingtalk')) {
    need('dingtalk', { DINGTALK_WEBHOOK_URL: e.DINGTALK_WEBHOOK_URL });
    if (e.DINGTALK_WEBHOOK_URL) config.dingtalk = { webhookUrl: e.DINGTALK_WEBHOOK_URL, secret: e.DINGTALK_SECRET };
  }
  if (channels.includes('email')) {
    need('email', { SMTP_HOST: e.SMTP_HOST, SMTP_FROM: e.SMTP_FROM });
    if (e.SMTP_USER && !e.SMTP_PASSWORD) problems.push('SMTP_PASSWORD: 设置了 SMTP_USER 时必填');
    config.email = {
      host: e.SMTP_HOST ?? '',
      port: e.SMTP_PORT,
      secure: e.SMTP_SECURE === 'true',
      user: e.SMTP_USER,
      password: e.SMTP_PASSWORD,
      from: e.SMTP_FROM ?? '',
    };
  }
  if (problems.length) {
    throw new ConfigError(`通知渠道配置错误 / invalid notification settings:\n  ${problems.join('\n  ')}`);
  }
  return config;
}
