/**
 * Load shedding: when the server cannot keep up, a request is refused at once with 503 and Retry-After — before it
 * costs a session lookup or a query — instead of queueing until the client times out (issue 18 §2: at 200
 * connections on the embedded database /healthz took 2.2 s and 4.6% of requests timed out at 10 s). Two signals:
 *   - the event loop's mean delay (@fastify/under-pressure samples it), LOAD_SHED_EVENT_LOOP_DELAY_MS;
 *   - requests waiting for the database (the PostgreSQL pool's queue, the PGlite worker's queue: Database.load()),
 *     LOAD_SHED_DB_QUEUE, read on every request.
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

export type ShedReason = 'eventLoopDelay' | 'databaseQueue';

export interface LoadSheddingOptions {
  /** Mean event loop delay (ms) above which requests are refused; 0: not checked. */
  maxEventLoopDelayMs: number;
  /** Requests waiting for the database above which requests are refused; 0: not checked. */
  maxDatabaseQueue: number;
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
  if (opts.maxDatabaseQueue > 0) {
    const max = opts.maxDatabaseQueue;
    app.addHook('onRequest', (req, reply, done) => {
      if (database.load().waiting > max && !exempt(req)) {
        reply.send(refuse(req, reply, 'databaseQueue'));
        return;
      }
      done();
    });
  }
}
