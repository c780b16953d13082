/**
 * Each channel through its real SDK or transport against a local peer that records the request (no mock of our code):
 * what reaches the provider, how its answers are read, and which failures are retried, failed or uncertain.
 */
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChannels } from './channels/index.js';
import type { OutboundMessage, Recipient } from './channels/types.js';
import { dingtalkSignedUrl } from './channels/webhooks.js';
import { loadNotifyConfig } from './config.js';
import { ALIYUN_OK, type Recorder, ROBOT_OK, type SmtpPeer, startRecorder, startSmtp, TENCENT_OK } from './testing.js';

const message: OutboundMessage = {
  key: 'msg-1:user-1:sms',
  title: '答辩期限还有 2 个工作日：（2026）苏9902行初1号',
  body: '请于 2026-12-09 前提交答辩状。',
  link: 'https://sj.example.cn/cases/1',
};
const who: Recipient = {
  userId: 'user-1',
  displayName: '王某明',
  phone: '138 0000 1234',
  email: 'wang@example.cn',
  wecomUserId: 'WangMouMing',
  dingtalkUserId: 'ding-001',
};

let recorder: Recorder;
let smtp: SmtpPeer;
beforeAll(async () => {
  recorder = await startRecorder();
  smtp = await startSmtp();
});
afterAll(async () => {
  await recorder.close();
  await smtp.close();
});

/** A port nothing listens on (a server opened and closed again). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

const channelsFor = (env: Record<string, string>) =>
  buildChannels(loadNotifyConfig({ NOTIFY_SEND_TIMEOUT_MS: '1500', ...env }), { info: () => {} });

describe('SMS', () => {
  it('Aliyun: the SDK signs and sends the number, sign, template, title and key; OK is sent', async () => {
    recorder.answer = ALIYUN_OK;
    const sms = channelsFor({
      NOTIFY_CHANNELS: 'sms',
      NOTIFY_SMS_PROVIDER: 'aliyun',
      ALIYUN_SMS_ACCESS_KEY_ID: 'LTAI-test',
      ALIYUN_SMS_ACCESS_KEY_SECRET: 'secret-aliyun',
      ALIYUN_SMS_SIGN_NAME: '示例市司法局',
      ALIYUN_SMS_TEMPLATE_CODE: 'SMS_123',
      ALIYUN_SMS_ENDPOINT: recorder.url,
    }).sms!;
    const address = sms.addressOf(who)!;
    expect(address).toBe('13800001234');
    const before = recorder.requests.length;
    expect(await sms.send(message, address)).toEqual({ status: 'sent', providerId: 'biz-1' });
    const req = recorder.requests[before]!;
    const q = new URL(req.url, 'http://x').searchParams;
    expect(q.get('PhoneNumbers')).toBe('13800001234');
    expect(q.get('SignName')).toBe('示例市司法局');
    expect(q.get('TemplateCode')).toBe('SMS_123');
    expect(q.get('OutId')).toBe(message.key);
    expect(JSON.parse(q.get('TemplateParam')!)).toEqual({ title: message.title });
    expect(req.headers.authorization).toMatch(/LTAI-test/);
    expect(req.url + JSON.stringify(req.headers)).not.toContain('secret-aliyun');

    recorder.answer = { json: { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '手机号码格式错误' } };
    expect(await sms.send(message, address)).toMatchObject({ status: 'failed' });
    recorder.answer = { json: { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发流控' } };
    expect(await sms.send(message, address)).toMatchObject({ status: 'retry' });
    recorder.answer = { status: 503, json: { Code: 'ServiceUnavailable', Message: 'busy' } };
    expect(await sms.send(message, address)).toMatchObject({ status: 'retry' });
  });

  it('Tencent: SendSms with E.164 number, app id, template, title and SessionContext; Ok is sent', async () => {
    recorder.answer = TENCENT_OK;
    const sms = channelsFor({
      NOTIFY_CHANNELS: 'sms',
      NOTIFY_SMS_PROVIDER: 'tencent',
      TENCENT_SMS_SECRET_ID: 'AKID-test',
      TENCENT_SMS_SECRET_KEY: 'secret-tencent',
      TENCENT_SMS_SDK_APP_ID: '1400000001',
      TENCENT_SMS_SIGN_NAME: '示例市司法局',
      TENCENT_SMS_TEMPLATE_ID: '2001',
      TENCENT_SMS_ENDPOINT: recorder.url,
    }).sms!;
    const before = recorder.requests.length;
    expect(await sms.send(message, '13800001234')).toEqual({ status: 'sent', providerId: 'serial-1' });
    const req = recorder.requests[before]!;
    expect(req.headers['x-tc-action']).toBe('SendSms');
    expect(JSON.parse(req.body)).toEqual({
      PhoneNumberSet: ['+8613800001234'],
      SmsSdkAppId: '1400000001',
      SignName: '示例市司法局',
      TemplateId: '2001',
      TemplateParamSet: [message.title],
      SessionContext: message.key,
    });
    expect(String(req.headers.authorization)).toContain('AKID-test');
    expect(req.body + JSON.stringify(req.headers)).not.toContain('secret-tencent');

    recorder.answer = {
      json: { Response: { SendStatusSet: [{ Code: 'FailedOperation.PhoneNumberInBlacklist', Message: '黑名单' }] } },
    };
    expect(await sms.send(message, '13800001234')).toMatchObject({ status: 'failed' });
  });

  it('Tencent: a refused connection is retried (the SDK keeps only the message)', async () => {
    const sms = channelsFor({
      NOTIFY_CHANNELS: 'sms',
      NOTIFY_SMS_PROVIDER: 'tencent',
      TENCENT_SMS_SECRET_ID: 'a',
      TENCENT_SMS_SECRET_KEY: 'b',
      TENCENT_SMS_SDK_APP_ID: 'c',
      TENCENT_SMS_SIGN_NAME: 'd',
      TENCENT_SMS_TEMPLATE_ID: 'e',
      TENCENT_SMS_ENDPOINT: `http://127.0.0.1:${await closedPort()}`,
    }).sms!;
    expect(await sms.send(message, '13800001234')).toMatchObject({ status: 'retry' });
  });

  it('a number that is not a mainland mobile has no SMS address', () => {
    const sms = channelsFor({
      NOTIFY_CHANNELS: 'sms',
      NOTIFY_SMS_PROVIDER: 'tencent',
      TENCENT_SMS_SECRET_ID: 'a',
      TENCENT_SMS_SECRET_KEY: 'b',
      TENCENT_SMS_SDK_APP_ID: 'c',
      TENCENT_SMS_SIGN_NAME: 'd',
      TENCENT_SMS_TEMPLATE_ID: 'e',
    }).sms!;
    expect(sms.addressOf({ ...who, phone: '025-8888 1234' })).toBeNull();
    expect(sms.addressOf({ ...who, phone: '+86 13900001111' })).toBe('13900001111');
  });
});

describe('group robots', () => {
  it('WeCom: text mentioning the userid; errcode 0 is sent, 45009 retried, others failed', async () => {
    recorder.answer = ROBOT_OK;
    const wecom = channelsFor({
      NOTIFY_CHANNELS: 'wecom',
      WECOM_WEBHOOK_URL: `${recorder.url}/cgi-bin/webhook/send?key=K1`,
    }).wecom!;
    const before = recorder.requests.length;
    expect(await wecom.send(message, wecom.addressOf(who)!)).toEqual({ status: 'sent' });
    const req = recorder.requests[before]!;
    expect(req.url).toBe('/cgi-bin/webhook/send?key=K1');
    expect(JSON.parse(req.body)).toEqual({
      msgtype: 'text',
      text: { content: `${message.title}\n${message.body}\n${message.link}`, mentioned_list: ['WangMouMing'] },
    });
    recorder.answer = { json: { errcode: 45009, errmsg: 'api freq out of limit' } };
    expect(await wecom.send(message, 'WangMouMing')).toMatchObject({ status: 'retry' });
    recorder.answer = { json: { errcode: 93000, errmsg: 'invalid webhook url' } };
    const failed = await wecom.send(message, 'WangMouMing');
    expect(failed).toMatchObject({ status: 'failed' });
    expect(JSON.stringify(failed)).not.toContain('K1');
  });

  it('DingTalk: signed with timestamp + HMAC-SHA256 of the secret; @ the user id', async () => {
    recorder.answer = ROBOT_OK;
    const secret = 'SEC-test-secret';
    const ding = channelsFor({
      NOTIFY_CHANNELS: 'dingtalk',
      DINGTALK_WEBHOOK_URL: `${recorder.url}/robot/send?access_token=T1`,
      DINGTALK_SECRET: secret,
    }).dingtalk!;
    const before = recorder.requests.length;
    expect(await ding.send(message, ding.addressOf(who)!)).toEqual({ status: 'sent' });
    const req = recorder.requests[before]!;
    const q = new URL(req.url, 'http://x').searchParams;
    expect(q.get('access_token')).toBe('T1');
    const ts = q.get('timestamp')!;
    expect(Math.abs(Number(ts) - Date.now())).toBeLessThan(60_000);
    const expected = createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64');
    expect(q.get('sign')).toBe(expected);
    expect(JSON.parse(req.body)).toMatchObject({ msgtype: 'text', at: { atUserIds: ['ding-001'] } });
    expect(req.url).not.toContain(secret);
  });

  it('dingtalkSignedUrl: the known example (timestamp 1577262236757, secret SEC…)', () => {
    const url = dingtalkSignedUrl('https://oapi.dingtalk.com/robot/send?access_token=abc', 'SECxyz', 1577262236757);
    const sign = createHmac('sha256', 'SECxyz').update('1577262236757\nSECxyz').digest('base64');
    expect(new URL(url).searchParams.get('sign')).toBe(sign);
    expect(url).toContain('timestamp=1577262236757');
  });

  it('a refused connection is retried, a peer that never answers is uncertain, a 500 retried', async () => {
    const dead = channelsFor({
      NOTIFY_CHANNELS: 'wecom',
      WECOM_WEBHOOK_URL: `http://127.0.0.1:${await closedPort()}/send?key=x`,
    }).wecom!;
    expect(await dead.send(message, 'u')).toMatchObject({ status: 'retry' });
    const wecom = channelsFor({ NOTIFY_CHANNELS: 'wecom', WECOM_WEBHOOK_URL: `${recorder.url}/send?key=x` }).wecom!;
    recorder.answer = { hang: true };
    expect(await wecom.send(message, 'u')).toMatchObject({ status: 'unknown' });
    recorder.answer = { status: 500, json: {} };
    expect(await wecom.send(message, 'u')).toMatchObject({ status: 'retry' });
  });
});

describe('e-mail', () => {
  it('nodemailer to a local SMTP server: subject, text, Message-ID from the key', async () => {
    const email = channelsFor({
      NOTIFY_CHANNELS: 'email',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      SMTP_FROM: '双降平台 <noreply@example.cn>',
    }).email!;
    const result = await email.send({ ...message, key: 'm:u:email' }, email.addressOf(who)!);
    expect(result).toMatchObject({ status: 'sent' });
    const mail = smtp.mails.at(-1)!;
    expect(mail.to).toEqual(['wang@example.cn']);
    expect(mail.from).toBe('noreply@example.cn');
    expect(mail.data).toMatch(/Message-ID: <m:u:email@shuangjiang>/i);
    const text = Buffer.from(
      mail.data
        .split(/\r?\n\r?\n/)
        .slice(1)
        .join(''),
      'base64',
    ).toString('utf8');
    expect(text).toBe(`${message.title}\n${message.body}\n${message.link}`);
  });

  it('a closed SMTP port is retried', async () => {
    const email = channelsFor({
      NOTIFY_CHANNELS: 'email',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(await closedPort()),
      SMTP_SECURE: 'false',
      SMTP_FROM: 'a@b.cn',
    }).email!;
    expect(await email.send(message, 'x@example.cn')).toMatchObject({ status: 'retry' });
  });
});

describe('configuration', () => {
  it('names every missing variable of an enabled channel', () => {
    expect(() => loadNotifyConfig({ NOTIFY_CHANNELS: 'sms,dingtalk,email' })).toThrow(
      /NOTIFY_SMS_PROVIDER[\s\S]*DINGTALK_WEBHOOK_URL[\s\S]*SMTP_HOST, SMTP_FROM/,
    );
    expect(() => loadNotifyConfig({ NOTIFY_CHANNELS: 'fax' })).toThrow(/未知渠道 “fax”/);
    expect(() => loadNotifyConfig({ NOTIFY_CHANNELS: 'sms', NOTIFY_SMS_PROVIDER: 'aliyun' })).toThrow(
      /ALIYUN_SMS_ACCESS_KEY_ID, ALIYUN_SMS_ACCESS_KEY_SECRET, ALIYUN_SMS_SIGN_NAME, ALIYUN_SMS_TEMPLATE_CODE/,
    );
  });
  it('nothing configured: in-app only', () => {
    expect(loadNotifyConfig({}).channels).toEqual([]);
  });
});
