/** E-mail through an SMTP server (nodemailer). The Message-ID carries the delivery's key. */
import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../config.js';
import type { Channel, OutboundMessage, Recipient, SendOutcome } from './types.js';
import { outcomeOfError, plainText } from './types.js';

export function emailChannel(config: SmtpConfig, timeoutMs: number): Channel {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.user ? { user: config.user, pass: config.password ?? '' } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    // A plain local relay (no TLS) is allowed only when SMTP_SECURE=false says so.
    ignoreTLS: !config.secure,
  });
  return {
    name: 'email',
    addressOf: (r: Recipient) => r.email,
    async send(m: OutboundMessage, to: string): Promise<SendOutcome> {
      try {
        const info = await transport.sendMail({
          from: config.from,
          to,
          subject: m.title,
          text: plainText(m),
          messageId: `<${m.key.replace(/[^A-Za-z0-9.:-]/g, '-')}@shuangjiang>`,
        });
        return { status: 'sent', providerId: info.messageId ?? null };
      } catch (err) {
        const e = err as { responseCode?: number; code?: string; command?: string };
        const responseCode = e.responseCode;
        // Nothing was handed over while connecting or signing in (nodemailer marks the step in `command`).
        if (e.code === 'EAUTH')
          return { status: 'failed', error: '邮件服务器登录失败（检查 SMTP_USER / SMTP_PASSWORD）' };
        if (e.command === 'CONN' || e.code === 'ECONNREFUSED') {
          return { status: 'retry', error: `邮件服务器：无法连接（${e.code ?? 'CONN'}）` };
        }
        if (responseCode && responseCode >= 500) {
          return { status: 'failed', error: `邮件服务器拒收（${responseCode}）` };
        }
        if (responseCode && responseCode >= 400) {
          return { status: 'retry', error: `邮件服务器暂时拒收（${responseCode}）` };
        }
        return outcomeOfError(err, '邮件服务器');
      }
    },
  };
}
