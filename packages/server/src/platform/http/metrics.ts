/**
 * `GET /metrics` in Prometheus's text format (prom-client): requests by route and status, their latency, requests
 * refused by load shedding, the database's connections and queue, the job queue, Node's own process metrics, and
 * whatever modules register (platform/http/modules.ts `moduleMetrics`, e.g. the last backup). It tells an operator
 * how the server is doing, and some of it (routes, volumes) is not for everyone: it answers only a request from this
 * computer that came straight (not through a proxy), or one with `Authorization: Bearer <METRICS_TOKEN>`.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { AppError } from '../errors.js';
import { queueDepth } from '../jobs/repository.js';
import type { ShedReason } from './loadShedding.js';
import type { App, AppDeps } from './types.js';

/** What a module adds to /metrics: metrics registered on `registry`, typically gauges with a `collect()`. */
export type RegisterMetrics = (registry: Registry, deps: AppDeps) => void;

export interface AppMetrics {
  /** Counts a request refused by load shedding (loadShedding.ts onShed). */
  shed(reason: ShedReason): void;
  /** Adds GET /metrics: after the auth plugin (its route table lists it), with the modules' routes. */
  registerRoute(): void;
}

const PREFIX = 'shuangjiang_';

/** Node's process metrics (CPU, memory, event loop lag, GC) are the process's: collected once, whatever the apps. */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** Installs the request metrics hook (first, so every answer is counted); the route comes with registerRoute(). */
export function installMetrics(app: App, deps: AppDeps, contributors: RegisterMetrics[]): AppMetrics {
  const registry = new Registry();
  const requests = new Counter({
    name: `${PREFIX}http_requests_total`,
    help: 'HTTP requests answered, by route (its pattern), method and status',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: `${PREFIX}http_request_duration_seconds`,
    help: 'Time to answer an HTTP request, by route (its pattern) and method',
    labelNames: ['route', 'method'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const shed = new Counter({
    name: `${PREFIX}load_shed_total`,
    help: 'Requests refused with 503 by load shedding, by reason (eventLoopDelay, databaseQueue, databaseWait, inFlight)',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  registerDatabaseMetrics(registry, deps);
  for (const register of contributors) register(registry, deps);

  app.addHook('onResponse', (req, reply, done) => {
    // The route's pattern, never the raw URL (ids would make a series per record); unknown paths share one.
    const route = req.routeOptions.url ?? 'unmatched';
    requests.inc({ route, method: req.method, status: String(reply.statusCode) });
    duration.observe({ route, method: req.method }, reply.elapsedTime / 1000);
    done();
  });

  const registerRoute = () =>
    app.get(
      '/metrics',
      {
        // Checked in the handler: this computer, or the bearer token (see above); answered under load too.
        config: { access: 'public', shedLoad: false },
        schema: { tags: ['health'], summary: '运行指标（Prometheus 格式；仅本机或持有 METRICS_TOKEN）' },
      },
      async (req, reply) => {
        if (!mayReadMetrics(req, deps.config.metricsToken))
          throw new AppError('FORBIDDEN', '运行指标仅限本机或持有监控令牌（METRICS_TOKEN）读取');
        const text = (await processMetrics().metrics()) + (await registry.metrics());
        return reply.type(registry.contentType).send(text);
      },
    );

  return { shed: (reason) => shed.inc({ reason }), registerRoute: () => void registerRoute() };
}

/** The database's connections and queue (Database.load()), whether it answers, and the job queue's depth. */
function registerDatabaseMetrics(registry: Registry, { database }: AppDeps): void {
  new Gauge({
    name: `${PREFIX}db_waiting_requests`,
    help: 'Requests waiting for the database (PostgreSQL: for a pooled connection; PGlite: for its worker)',
    registers: [registry],
    collect() {
      this.set(database.load().waiting);
    },
  });
  if (database.kind === 'postgres') {
    new Gauge({
      name: `${PREFIX}db_pool_connections`,
      help: 'PostgreSQL pool connections, by state (open: all of them, idle: not in use)',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const load = database.load();
        this.set({ state: 'open' }, load.total ?? 0);
        this.set({ state: 'idle' }, load.idle ?? 0);
      },
    });
  }
  // One query per scrape for both gauges below (prom-client collects them concurrently); null: it failed.
  let inFlight: Promise<Awaited<ReturnType<typeof queueDepth>> | null> | null = null;
  const readDepth = () => {
    inFlight ??= queueDepth(database.db, new Date())
      .catch(() => null)
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
  new Gauge({
    name: `${PREFIX}db_up`,
    help: '1 when the database answered the job queue query of this scrape, else 0',
    registers: [registry],
    async collect() {
      this.set((await readDepth()) ? 1 : 0);
    },
  });
  new Gauge({
    name: `${PREFIX}jobs`,
    help: 'Background jobs by state: queued (all), due (queued and due now), running',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      // The database unreachable: no series, and db_up says why.
      const depth = await readDepth();
      if (depth) for (const state of ['queued', 'due', 'running'] as const) this.set({ state }, depth[state]);
    },
  });
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

/**
 * This computer, asking directly: the socket's address is loopback and no proxy header is present (a reverse proxy
 * on this computer connects from 127.0.0.1 on behalf of anyone). Or any address with the right bearer token.
 */
export function mayReadMetrics(req: FastifyRequest, token: string | undefined): boolean {
  const auth = req.headers.authorization;
  if (token && typeof auth === 'string' && auth.startsWith('Bearer ') && sameSecret(auth.slice(7).trim(), token))
    return true;
  if (PROXY_HEADERS.some((h) => req.headers[h] !== undefined)) return false;
  return LOOPBACK.test(req.socket.remoteAddress ?? '');
}

function sameSecret(a: string, b: string): boolean {
  const h = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(h(a), h(b));
}
