/**
 * Load shedding: when the server cannot keep up, a request is refused at once with 503 and Retry-After — before it
 * costs a session lookup or a query — instead of queueing until the client times out (issue 18 §2: at 200
 * connections on the embedded database /healthz took 2.2 s and 4.6% of requests timed out at 10 s). The signals:
 *   - the event loop's mean delay (@fastify/under-pressure samples it), LOAD_SHED_EVENT_LOOP_DELAY_MS;
 *   - requests waiting for the database (the PostgreSQL pool's queue, the PGlite worker's queue: Database.load()),
 *     the oldest of them waiting longer than LOAD_SHED_DB_WAIT_MS, or (off by default) more than LOAD_SHED_DB_QUEUE
 *     of them — a count alone says little about time when one statement may take 5 ms or 500 ms.
 *     Read on every request;
 *   - API requests being answered, more than LOAD_SHED_IN_FLIGHT (default on the embedded database only): a burst of
 *     requests all arrive before any of them queues for the database, so the signals above come too late for it.
 * A route with `config.shedLoad: false` (/healthz, /readyz, /metrics) is always answered: probes and monitoring must
 * see the server as it is. The answer is the project's error body, code SERVICE_UNAVAILABLE.
 */
import underPressure from '@fastify/under-pressure';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/client.js';
import type { ErrorBody } from './errorSchema.js';
import type { App } from './types.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `false`: never refused by load shedding (health probes, metrics). */
    shedLoad?: boolean;
  }
}

/** Seconds a refused client is asked to wait (Retry-After). */
export const SHED_RETRY_AFTER_SECONDS = 2;
/** How often the event loop's delay is sampled. */
const SAMPLE_INTERVAL_MS = 500;

export type ShedReason = 'eventLoopDelay' | 'databaseQueue' | 'databaseWait' | 'inFlight';

export interface LoadSheddingOptions {
  /** Mean event loop delay (ms) above which requests are refused; 0: not checked. */
  maxEventLoopDelayMs: number;
  /** Requests waiting for the database above which requests are refused; 0: not checked. */
  maxDatabaseQueue: number;
  /** How long (ms) the oldest of them may have waited before requests are refused; 0: not checked. */
  maxDatabaseWaitMs?: number;
  /** API requests in progress above which new ones are refused; 0: not checked. */
  maxInFlight?: number;
  /** Called for each refused request (the metrics count them). */
  onShed?: (reason: ShedReason) => void;
}

export async function installLoadShedding(app: App, database: Database, opts: LoadSheddingOptions): Promise<void> {
  const refuse = (req: FastifyRequest, reply: FastifyReply, reason: ShedReason): ErrorBody => {
    opts.onShed?.(reason);
    reply.status(503).header('retry-after', String(SHED_RETRY_AFTER_SECONDS));
    return { code: 'SERVICE_UNAVAILABLE', message: '服务器繁忙，请稍后重试', details: { reason }, requestId: req.id };
  };
  const exempt = (req: FastifyRequest) => req.routeOptions.config?.shedLoad === false;

  if (opts.maxEventLoopDelayMs > 0) {
    await app.register(underPressure, {
      maxEventLoopDelay: opts.maxEventLoopDelayMs,
      sampleInterval: SAMPLE_INTERVAL_MS,
      // Returning nothing lets the request through; returning a body sends it (under-pressure's code does so,
      // its types say void).
      pressureHandler: ((req: FastifyRequest, reply: FastifyReply) =>
        exempt(req) ? undefined : refuse(req, reply, 'eventLoopDelay')) as unknown as () => void,
    });
  }
  const maxQueue = opts.maxDatabaseQueue > 0 ? opts.maxDatabaseQueue : Number.POSITIVE_INFINITY;
  const maxWait = (opts.maxDatabaseWaitMs ?? 0) > 0 ? opts.maxDatabaseWaitMs! : Number.POSITIVE_INFINITY;
  if (maxQueue < Number.POSITIVE_INFINITY || maxWait < Number.POSITIVE_INFINITY) {
    app.addHook('onRequest', (req, reply, done) => {
      const load = database.load();
      const reason: ShedReason | null =
        load.waiting > maxQueue ? 'databaseQueue' : (load.oldestWaitMs ?? 0) > maxWait ? 'databaseWait' : null;
      if (reason && !exempt(req)) {
        reply.send(refuse(req, reply, reason));
        return;
      }
      done();
    });
  }
  const maxInFlight = opts.maxInFlight ?? 0;
  if (maxInFlight > 0) {
    let inFlight = 0;
    const counted = new WeakSet<FastifyRequest>();
    const finished = (req: FastifyRequest) => {
      if (counted.delete(req)) inFlight--;
    };
    app.addHook('onRequest', (req, reply, done) => {
      // API routes only (static files cost no query); a refused request never counts.
      if (!req.routeOptions.config?.access || exempt(req)) return done();
      if (inFlight >= maxInFlight) {
        reply.send(refuse(req, reply, 'inFlight'));
        return;
      }
      inFlight++;
      counted.add(req);
      done();
    });
    // Answered (whatever the status), or the client went away first: counted down once.
    app.addHook('onResponse', async (req) => finished(req));
    app.addHook('onRequestAbort', async (req) => finished(req));
  }
}
