import { createRequire } from 'node:module';
import type { Config } from '../config.js';

const REDACT = ['req.headers.cookie', 'req.headers.authorization'];

/** Whether pino-pretty is installed (a development dependency: absent from a production install). */
function prettyInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/**
 * The server's pino options: JSON lines (for log collectors) unless LOG_FORMAT=pretty, or LOG_FORMAT=auto (the
 * default) and standard output is a terminal — then one readable line per entry (`npm start` in a terminal), through
 * pino-pretty in pino's worker thread. Without pino-pretty installed it stays JSON.
 */
export function loggerOptions(config: Pick<Config, 'logLevel' | 'logFormat'>, isTTY = !!process.stdout.isTTY) {
  const base = { level: config.logLevel, redact: REDACT };
  const pretty = config.logFormat === 'pretty' || (config.logFormat === 'auto' && isTTY);
  if (!pretty || !prettyInstalled()) return base;
  return {
    ...base,
    transport: {
      target: 'pino-pretty',
      options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true },
    },
  };
}
