import { createRequire } from 'node:module';
import { stdSerializers } from 'pino';
import type { Config } from '../config.js';

const REDACT = ['req.headers.cookie', 'req.headers.authorization'];

/**
 * Errors as logged: pino's own shape, without the bound parameters of a failed SQL statement. Drizzle puts them in
 * the message ("Failed query: … params: …") and on the error; they hold personal data and secrets (a session token's
 * hash is a parameter of every authenticated request), so the statement stays (it names the query) and the values go.
 */
export function safeErrorSerializer(err: unknown): unknown {
  const out = stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  return scrub(out, 0);
}

/** Drizzle's "\nparams: …" part of a message or stack, up to the first stack frame. */
function withoutParams(text: string): string {
  const at = text.indexOf('\nparams:');
  if (at < 0) return text;
  const frame = text.indexOf('\n    at ', at);
  return text.slice(0, at) + (frame < 0 ? '' : text.slice(frame));
}

function scrub(value: unknown, depth: number): unknown {
  if (!value || typeof value !== 'object' || depth > 5) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === 'params' || k === 'parameters' || k === 'values') continue;
    if ((k === 'message' || k === 'stack') && typeof v === 'string') out[k] = withoutParams(v);
    else if (k === 'stack' || k === 'message') out[k] = v;
    else out[k] = typeof v === 'object' ? scrub(v, depth + 1) : v;
  }
  return out;
}

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
  const base = { level: config.logLevel, redact: REDACT, serializers: { err: safeErrorSerializer } };
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
