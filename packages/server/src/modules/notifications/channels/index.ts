/** The channels configured in this process (config.ts), by name. */
import type { NotifyConfig } from '../config.js';
import type { ExternalChannel } from '../constants.js';
import { emailChannel } from './email.js';
import { type LogSink, logChannel } from './log.js';
import { aliyunSmsChannel, tencentSmsChannel } from './sms.js';
import type { Channel } from './types.js';
import { dingtalkChannel, wecomChannel } from './webhooks.js';

export type { Channel, OutboundMessage, Recipient, SendOutcome } from './types.js';

export type ChannelSet = Partial<Record<ExternalChannel, Channel>>;

export function buildChannels(config: NotifyConfig, log: LogSink): ChannelSet {
  const out: ChannelSet = {};
  const t = config.sendTimeoutMs;
  for (const name of config.channels) {
    if (name === 'log') out.log = logChannel(log);
    if (name === 'sms' && config.sms) {
      out.sms =
        config.sms.provider === 'aliyun'
          ? aliyunSmsChannel(config.sms.aliyun, t)
          : tencentSmsChannel(config.sms.tencent, t);
    }
    if (name === 'wecom' && config.wecom) out.wecom = wecomChannel(config.wecom, t);
    if (name === 'dingtalk' && config.dingtalk) out.dingtalk = dingtalkChannel(config.dingtalk, t);
    if (name === 'email' && config.email) out.email = emailChannel(config.email, t);
  }
  return out;
}
