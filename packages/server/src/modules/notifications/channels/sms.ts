/**
 * SMS through Aliyun (dysmsapi 2017-05-25) or Tencent Cloud (sms 2021-01-11), with one template whose variable is the
 * message's title (SMS templates are approved in advance; the link and the full text are in the notification centre).
 * The delivery's key goes to the provider (Aliyun OutId, Tencent SessionContext), so its records can be matched.
 */
import * as dysmsapi from '@alicloud/dysmsapi20170525';
import * as openapi from '@alicloud/openapi-client';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-sms';
import type { AliyunSmsConfig, TencentSmsConfig } from '../config.js';
import type { Channel, OutboundMessage, Recipient, SendOutcome } from './types.js';
import { outcomeOfError } from './types.js';

/** Template variables are short (Aliyun: 35 characters per variable). */
export function smsTitle(m: OutboundMessage): string {
  return m.title.length > 35 ? `${m.title.slice(0, 34)}…` : m.title;
}

/** Mainland mobile numbers as the providers take them: Aliyun without +86, Tencent in E.164. */
function mainland(phone: string): string | null {
  const digits = phone.replace(/[\s-]/g, '').replace(/^(\+?86)/, '');
  return /^1\d{10}$/.test(digits) ? digits : null;
}

const ALIYUN_RETRY = new Set([
  'isv.BUSINESS_LIMIT_CONTROL',
  'Throttling.User',
  'isp.SYSTEM_ERROR',
  'ServiceUnavailable',
]);

// The SDKs are CommonJS: depending on the loader, an export sits on the namespace, on its `default`, or (the
// Aliyun client, itself a `default` export) one level further down.
function pick<T>(mod: unknown, name: string): T {
  const m = mod as Record<string, unknown> & {
    default?: Record<string, unknown> & { default?: Record<string, unknown> };
  };
  const found = m[name] ?? m.default?.[name] ?? m.default?.default?.[name];
  if (!found) throw new Error(`SDK export ${name} not found`);
  return found as T;
}
type AliyunClient = { sendSms(req: dysmsapi.SendSmsRequest): Promise<{ body?: dysmsapi.SendSmsResponseBody }> };
const aliyunDefault = (dysmsapi as unknown as { default: unknown }).default as { default?: unknown } | undefined;
const AliyunCtor = (typeof aliyunDefault === 'function' ? aliyunDefault : aliyunDefault?.default) as new (
  config: openapi.Config,
) => AliyunClient;
const AliyunRequest = pick<typeof dysmsapi.SendSmsRequest>(dysmsapi, 'SendSmsRequest');
const AliyunConfig = pick<typeof openapi.Config>(openapi, 'Config');
export function aliyunSmsChannel(config: AliyunSmsConfig, timeoutMs: number): Channel {
  const client = new AliyunCtor(
    new AliyunConfig({
      accessKeyId: config.accessKeyId,
      accessKeySecret: config.accessKeySecret,
      endpoint: config.endpoint.host,
      protocol: config.endpoint.protocol.replace(':', ''),
      readTimeout: timeoutMs,
      connectTimeout: Math.min(timeoutMs, 5000),
    }),
  );
  return {
    name: 'sms',
    addressOf: (r: Recipient) => (r.phone ? mainland(r.phone) : null),
    async send(m: OutboundMessage, phone: string): Promise<SendOutcome> {
      try {
        const res = await client.sendSms(
          new AliyunRequest({
            phoneNumbers: phone,
            signName: config.signName,
            templateCode: config.templateCode,
            templateParam: JSON.stringify({ title: smsTitle(m) }),
            outId: m.key,
          }),
        );
        const code = res.body?.code ?? '';
        if (code === 'OK') return { status: 'sent', providerId: res.body?.bizId ?? null };
        const error = `阿里云短信返回 ${code}${res.body?.message ? `：${res.body.message.slice(0, 200)}` : ''}`;
        return { status: ALIYUN_RETRY.has(code) ? 'retry' : 'failed', error };
      } catch (err) {
        return aliyunError(err);
      }
    },
  };
}

/** The Tea SDK throws on an HTTP error answer with its status and code; a network failure is a plain error. */
function aliyunError(err: unknown): SendOutcome {
  const e = err as { statusCode?: number; code?: string; message?: string };
  if (typeof e.statusCode === 'number') {
    const error = `阿里云短信 HTTP ${e.statusCode}${e.code ? `（${e.code}）` : ''}`;
    if (e.statusCode >= 500 || ALIYUN_RETRY.has(e.code ?? '')) return { status: 'retry', error };
    return { status: 'failed', error };
  }
  return outcomeOfError(err, '阿里云短信');
}

type TencentClient = {
  SendSms(req: Record<string, unknown>): Promise<{
    SendStatusSet?: { Code?: string; Message?: string; SerialNo?: string }[];
  }>;
};
const TencentCtor = pick<typeof tencentcloud.sms>(tencentcloud, 'sms').v20210111.Client as unknown as new (
  config: unknown,
) => TencentClient;
const TENCENT_RETRY = /LimitExceeded|InternalError|RequestLimitExceeded/;

export function tencentSmsChannel(config: TencentSmsConfig, timeoutMs: number): Channel {
  const client = new TencentCtor({
    credential: { secretId: config.secretId, secretKey: config.secretKey },
    region: config.region,
    profile: {
      httpProfile: {
        endpoint: config.endpoint.host,
        protocol: `${config.endpoint.protocol}//`,
        reqTimeout: Math.ceil(timeoutMs / 1000),
      },
    },
  });
  return {
    name: 'sms',
    addressOf: (r: Recipient) => (r.phone ? mainland(r.phone) : null),
    async send(m: OutboundMessage, phone: string): Promise<SendOutcome> {
      try {
        const res = await client.SendSms({
          PhoneNumberSet: [`+86${phone}`],
          SmsSdkAppId: config.sdkAppId,
          SignName: config.signName,
          TemplateId: config.templateId,
          TemplateParamSet: [smsTitle(m)],
          SessionContext: m.key,
        });
        const status = res.SendStatusSet?.[0];
        if (status?.Code === 'Ok') return { status: 'sent', providerId: status.SerialNo ?? null };
        const code = status?.Code ?? 'NoStatus';
        const error = `腾讯云短信返回 ${code}${status?.Message ? `：${status.Message.slice(0, 200)}` : ''}`;
        return { status: TENCENT_RETRY.test(code) ? 'retry' : 'failed', error };
      } catch (err) {
        const e = err as { code?: string; requestId?: string };
        // An API error answer (TencentCloudSDKHttpException with a code such as LimitExceeded…): the request arrived.
        if (typeof e.code === 'string' && !/^E[A-Z]+$/.test(e.code)) {
          return { status: TENCENT_RETRY.test(e.code) ? 'retry' : 'failed', error: `腾讯云短信返回 ${e.code}` };
        }
        return outcomeOfError(err, '腾讯云短信');
      }
    },
  };
}
