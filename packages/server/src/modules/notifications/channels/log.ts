/** The development channel: the message goes to the server log (title and recipient id only, no address). */
import type { Channel } from './types.js';

export interface LogSink {
  info(obj: Record<string, unknown>, msg: string): void;
}

export function logChannel(log: LogSink): Channel {
  return {
    name: 'log',
    addressOf: (r) => r.userId,
    async send(m, userId) {
      log.info({ channel: 'log', userId, key: m.key, title: m.title, link: m.link }, 'notification (log channel)');
      return { status: 'sent', providerId: null };
    },
  };
}
