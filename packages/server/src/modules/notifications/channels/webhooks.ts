/**
 * 企业微信 and 钉钉 group robots: one POST per message to the robot's webhook, mentioning the recipient by their id in
 * that system. 钉钉 robots with 加签 are signed: `timestamp` (ms) and `sign` = base64(HMAC-SHA256(secret,
 * `${timestamp}\n${secret}`)) as query parameters. The webhook URLs hold the robot's key: never logged, never in an error.
 */
import { createHmac } from 'node:crypto';
import type { Channel, OutboundMessage, Recipient, SendOutcome } from './types.js';
import { outcomeOfError, plainText } from './types.js';

/** errcodes that mean "too many, later" (45009 WeCom api freq, 130101 DingTalk send too fast, -1 system busy). */
const THROTTLED = new Set([45009, 130101, -1]);

async function postRobot(url: string, body: unknown, timeoutMs: number, what: string): Promise<SendOutcome> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    return outcomeOfError(err, what);
  }
  let answer: { errcode?: number; errmsg?: string } = {};
  try {
    answer = (await res.json()) as typeof answer;
  } catch {
    // Not JSON: judged by the status alone.
  }
  if (res.status >= 500) return { status: 'retry', error: `${what}：服务暂不可用（HTTP ${res.status}）` };
  if (!res.ok) return { status: 'failed', error: `${what}：请求被拒绝（HTTP ${res.status}）` };
  const code = answer.errcode ?? 0;
  if (code === 0) return { status: 'sent' };
  const detail = `${what}返回错误 ${code}${answer.errmsg ? `：${answer.errmsg.slice(0, 200)}` : ''}`;
  return { status: THROTTLED.has(code) ? 'retry' : 'failed', error: detail };
}

export function wecomChannel(config: { webhookUrl: string }, timeoutMs: number): Channel {
  return {
    name: 'wecom',
    addressOf: (r: Recipient) => r.wecomUserId,
    send: (m: OutboundMessage, userId: string) =>
      postRobot(
        config.webhookUrl,
        { msgtype: 'text', text: { content: plainText(m), mentioned_list: [userId] } },
        timeoutMs,
        '企业微信机器人',
      ),
  };
}

/** The signed webhook URL of a 钉钉 robot with 加签 (a robot without a secret is called as is). */
export function dingtalkSignedUrl(webhookUrl: string, secret: string | undefined, now = Date.now()): string {
  if (!secret) return webhookUrl;
  const timestamp = String(now);
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  const url = new URL(webhookUrl);
  url.searchParams.set('timestamp', timestamp);
  url.searchParams.set('sign', sign);
  return url.toString();
}

export function dingtalkChannel(
  config: { webhookUrl: string; secret: string | undefined },
  timeoutMs: number,
): Channel {
  return {
    name: 'dingtalk',
    addressOf: (r: Recipient) => r.dingtalkUserId,
    send: (m: OutboundMessage, userId: string) =>
      postRobot(
        dingtalkSignedUrl(config.webhookUrl, config.secret),
        { msgtype: 'text', text: { content: `${plainText(m)}\n@${userId}` }, at: { atUserIds: [userId] } },
        timeoutMs,
        '钉钉机器人',
      ),
  };
}
