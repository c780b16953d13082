import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

/** Settings come from the environment only; a bad value stops the start with a message naming the variable. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** JSON lines, readable lines, or readable when standard output is a terminal (http/logging.ts). */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Set when the app is served behind TLS: session cookies get the Secure flag. */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  NODE_ENV: z.string().default('production'),
  /**
   * Trust X-Forwarded-For from a reverse proxy: `true`, or comma-separated proxy addresses/CIDRs. Off by
   * default: otherwise any client could forge its address and slip past the per-address login limits and the audit log.
   */
  TRUST_PROXY: z.string().default('false'),
  /**
   * Requests per minute on /api: per session for a signed-in user, per client address for anonymous requests (login
   * has its own, stricter limits). http/rateLimit.ts.
   */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  /**
   * Load shedding (http/loadShedding.ts): answer 503 at once, rather than let requests queue into time-outs, while the
   * event loop's mean delay exceeds this many milliseconds (0: off) …
   */
  LOAD_SHED_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(200),
  /**
   * … or while more than this many requests wait for the database (pool queue / PGlite worker queue; 0, the default:
   * off — how long they wait says more, as the count's meaning depends on the pool's size and the queries) …
   */
  LOAD_SHED_DB_QUEUE: z.coerce.number().int().min(0).default(0),
  /** … or while the oldest of them has waited longer than this many milliseconds (0: off). */
  LOAD_SHED_DB_WAIT_MS: z.coerce.number().int().min(0).default(5000),
  /**
   * … or while this many API requests are already being answered (a burst arrives before any of it queues for the
   * database). Default 64 on the embedded database, 0 (off) on PostgreSQL.
   */
  LOAD_SHED_IN_FLIGHT: z.coerce.number().int().min(0).optional(),
  /** Bearer token that lets a monitoring server read /metrics from another machine (always allowed from this one). */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** PostgreSQL: prepare repeated statements per connection. `false` behind a transaction-pooling PgBouncer < 1.21. */
  PG_PREPARED_STATEMENTS: z.enum(['true', 'false']).default('true'),
  /** Run background jobs and schedules in this server process (platform/jobs). `false` for tests or a second server. */
  JOBS_WORKER: z.enum(['true', 'false']).default('true'),
  /** Seconds between two looks for due jobs. */
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** PGlite in a worker thread (default), so a long query does not stop the server; `false`: on the main thread. */
  PGLITE_WORKER: z.enum(['true', 'false']).default('true'),
  /** Where the embedded database's backups go (daily, "back up now", before migrations). Default `<DATA_DIR>-backups`. */
  BACKUP_DIR: z.string().min(1).optional(),
  /** How many backups to keep in BACKUP_DIR (the newest). */
  BACKUP_KEEP: z.coerce.number().int().min(1).max(365).default(7),
  /** When the daily backup runs, China time (HH:MM). */
  BACKUP_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (China time), e.g. 03:00')
    .default('03:00'),
});

export interface Config {
  port: number;
  host: string;
  /** HOST was set: it wins over the demo's loopback-only default (server.ts listenHost). */
  hostFromEnv: boolean;
  dataDir: string;
  databaseUrl: string | undefined;
  dbKind: 'pglite' | 'postgres';
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  logFormat: z.infer<typeof envSchema>['LOG_FORMAT'];
  sessionSecret: string;
  cookieSecure: boolean;
  rateLimitPerMinute: number;
  /**
   * Load shedding thresholds (LOAD_SHED_EVENT_LOOP_DELAY_MS, LOAD_SHED_DB_QUEUE, LOAD_SHED_DB_WAIT_MS,
   * LOAD_SHED_IN_FLIGHT); 0 turns one off.
   */
  loadShedEventLoopDelayMs: number;
  loadShedDbQueue: number;
  loadShedDbWaitMs: number;
  loadShedInFlight: number;
  /** METRICS_TOKEN: /metrics from elsewhere than this computer with `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
  trustProxy: boolean | string[];
  pgPreparedStatements: boolean;
  /** PGlite runs in a worker thread (platform/db/pgliteWorkerClient.ts), not on the event loop (PGLITE_WORKER). */
  pgliteWorker: boolean;
  /** Run the job worker loop in the server (JOBS_WORKER). */
  jobsWorker: boolean;
  jobsIntervalSeconds: number;
  /** The embedded database's backups: directory (absolute), how many to keep, daily time (China time, HH:MM). */
  backupDir: string;
  backupKeep: number;
  backupTime: string;
  /** Directory of the built web app, served at `/` when present. */
  webDir: string | undefined;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

/**
 * Reads and validates the environment. On the embedded database a missing SESSION_SECRET is generated once and
 * stored in DATA_DIR; on PostgreSQL it is required (several servers must share it and nothing local is kept).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, opts: { cwd?: string; webDir?: string } = {}): Config {
  const parsed = envSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`环境变量配置错误 / invalid environment settings:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const cwd = opts.cwd ?? process.cwd();
  const dataDir = isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(cwd, e.DATA_DIR);
  const dbKind = e.DATABASE_URL ? 'postgres' : 'pglite';
  let sessionSecret = e.SESSION_SECRET;
  if (!sessionSecret) {
    if (dbKind === 'postgres') {
      throw new ConfigError(
        '使用 PostgreSQL 时必须设置 SESSION_SECRET（至少 32 个字符）/ SESSION_SECRET (≥ 32 chars) is required with DATABASE_URL',
      );
    }
    sessionSecret = readOrCreateSecret(dataDir);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    hostFromEnv: stripEmpty(env).HOST !== undefined,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    dbKind,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    sessionSecret,
    cookieSecure: e.COOKIE_SECURE === 'true',
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    loadShedEventLoopDelayMs: e.LOAD_SHED_EVENT_LOOP_DELAY_MS,
    loadShedDbQueue: e.LOAD_SHED_DB_QUEUE,
    loadShedDbWaitMs: e.LOAD_SHED_DB_WAIT_MS,
    loadShedInFlight: e.LOAD_SHED_IN_FLIGHT ?? (dbKind === 'pglite' ? 64 : 0),
    metricsToken: e.METRICS_TOKEN,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    pgPreparedStatements: e.PG_PREPARED_STATEMENTS === 'true',
    pgliteWorker: e.PGLITE_WORKER === 'true',
    jobsWorker: e.JOBS_WORKER === 'true',
    jobsIntervalSeconds: e.JOBS_INTERVAL_SECONDS,
    backupDir: e.BACKUP_DIR
      ? isAbsolute(e.BACKUP_DIR)
        ? e.BACKUP_DIR
        : resolve(cwd, e.BACKUP_DIR)
      : join(dirname(dataDir), `${basename(dataDir)}-backups`),
    backupKeep: e.BACKUP_KEEP,
    backupTime: e.BACKUP_TIME,
    webDir: opts.webDir,
  };
}

function parseTrustProxy(v: string): boolean | string[] {
  if (v === 'true') return true;
  if (v === 'false') return false;
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

function readOrCreateSecret(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
