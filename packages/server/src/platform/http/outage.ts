/**
 * The database is unreachable (PostgreSQL down or restarting, the network cut): every request then fails the same way.
 * Instead of a 500 `INTERNAL` and a stack with the SQL for each of them, requests get 503 `SERVICE_UNAVAILABLE` with
 * Retry-After, and the log says so twice: once when the outage is first seen, once when the database answers again
 * (a probe pings it every second meanwhile). See docs/OPERATIONS.md#database-outage.
 */

/** Error codes of a database that cannot be reached or is shutting down (Node socket errors, PostgreSQL SQLSTATE). */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up)
  '53300', // too_many_connections
]);
const UNAVAILABLE_TEXT =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly/i;

/** Whether an error (or any error it was caused by) says the database cannot be reached. */
export function isDatabaseUnavailable(err: unknown): boolean {
  let cur: unknown = err;
  for (let depth = 0; cur && depth < 6; depth++) {
    const e = cur as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown[] };
    if (typeof e.code === 'string' && (UNAVAILABLE_CODES.has(e.code) || e.code.startsWith('08'))) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_TEXT.test(e.message)) return true;
    // AggregateError (a connect to several addresses, e.g. ::1 and 127.0.0.1): any one tells.
    if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x))) return true;
    cur = e.cause;
  }
  return false;
}

interface OutageLog {
  error(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export interface OutageMonitor {
  /** A request failed because the database is unreachable; logs only when this starts an outage. */
  report(): void;
  /** Whether an outage is in progress (the probe has not yet reached the database). */
  readonly active: boolean;
  stop(): void;
}

export function createOutageMonitor(log: OutageLog, ping: () => Promise<void>, probeMs = 1000): OutageMonitor {
  let since: number | null = null;
  let timer: NodeJS.Timeout | null = null;
  let failedRequests = 0;
  const probe = () => {
    timer = setTimeout(async () => {
      try {
        await ping();
        log.info({ downForMs: Date.now() - (since ?? Date.now()), failedRequests }, 'database reachable again');
        since = null;
        timer = null;
      } catch {
        probe();
      }
    }, probeMs);
    timer.unref();
  };
  return {
    report() {
      failedRequests++;
      if (since !== null) return;
      since = Date.now();
      failedRequests = 1;
      log.error({}, 'database unreachable: answering 503 until it is back');
      probe();
    },
    get active() {
      return since !== null;
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
