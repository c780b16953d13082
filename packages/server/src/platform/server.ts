import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { type Database, openPglite, openPostgres } from './db/client.js';
import { acquireDataDirLock, type DataDirLock, type LockOptions, type LockTakeover } from './db/lock.js';
import { migrateAtStart } from './db/upgrade.js';
import { buildApp } from './http/app.js';
import type { App } from './http/types.js';
import { buildJobRegistry } from './jobs/build.js';
import { type JobWorker, startJobWorker } from './jobs/worker.js';

/** The built web app (`packages/web/dist`), relative to this file in `src/` and in `dist/`. */
export const defaultWebDir = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export interface OpenedDatabase {
  database: Database;
  lock: DataDirLock | null;
  close(): Promise<void>;
}

/**
 * Opens the configured database for a process: on PGlite it first takes the data-directory lock (a second process
 * would corrupt the files), on PostgreSQL it connects a pool. Used by the server and by every CLI command.
 */
export async function openDatabase(
  config: Config,
  command: string,
  lockOptions: LockOptions = {},
): Promise<OpenedDatabase> {
  if (config.dbKind === 'postgres') {
    const database = await openPostgres(config.databaseUrl!, { preparedStatements: config.pgPreparedStatements });
    return { database, lock: null, close: () => database.close() };
  }
  const lock = acquireDataDirLock(config.dataDir, command, lockOptions);
  try {
    const database = await openPglite(config.dataDir, { thread: config.pgliteWorker ? 'worker' : 'main' });
    return {
      database,
      lock,
      close: async () => {
        try {
          await database.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}

export interface StartOptions {
  /**
   * Called after migrations, before listening (e.g. load the demo data set into an empty database). It may report the
   * demo accounts that still accept their published passwords: then the server listens on this computer only.
   */
  beforeListen?: (database: Database, app: App) => Promise<undefined | { demoAccounts?: string[] }>;
  /** Install SIGTERM/SIGINT handlers that drain and close (the CLI does; tests don't). */
  handleSignals?: boolean;
}

export interface RunningServer {
  app: App;
  database: Database;
  url: string;
  close(): Promise<void>;
}

export async function startServer(config: Config, opts: StartOptions = {}): Promise<RunningServer> {
  // A stale, copied or foreign lock taken over is logged once the logger exists (db/lock.ts).
  let takeover: LockTakeover | null = null;
  const opened = await openDatabase(config, 'shuangjiang serve', { onTakeover: (t) => (takeover = t) });
  let app: App | undefined;
  let worker: JobWorker | undefined;
  const jobs = buildJobRegistry({ database: opened.database, config });
  let host = config.host;
  try {
    // On the embedded database, a backup first when migrations are pending (db/upgrade.ts); refuses to start if it fails.
    const upgrade = await migrateAtStart(opened.database, { backupDir: config.backupDir, keep: config.backupKeep });
    app = await buildApp({ config, database: opened.database, jobs });
    if (takeover) {
      const t = takeover as LockTakeover;
      app.log.warn({ reason: t.reason, previous: t.previous }, t.message);
    }
    if (upgrade.backup)
      app.log.info(
        { file: upgrade.backup.path, size: upgrade.backup.size, migrations: upgrade.before.pending },
        '迁移前已备份数据库 / backed up the database before migrating',
      );
    else if (upgrade.before.applied > 0 && upgrade.before.pending.length > 0)
      app.log.info(
        { migrations: upgrade.before.pending },
        'migrations applied (PostgreSQL: back up with pg_dump before upgrading)',
      );
    const found = await opts.beforeListen?.(opened.database, app);
    host = listenHost(config, found?.demoAccounts ?? []);
    if (host !== config.host)
      app.log.info(
        { host, demoAccounts: found?.demoAccounts },
        '演示账号（密码公开在 README 中）存在：仅在本机监听，如需对外提供服务请设置 HOST / demo accounts present: listening on this computer only; set HOST to override',
      );
    await app.listen({ port: config.port, host });
    // Background jobs and schedules (platform/jobs): off with JOBS_WORKER=false.
    if (config.jobsWorker)
      worker = startJobWorker(opened.database.db, jobs, {
        intervalMs: config.jobsIntervalSeconds * 1000,
        log: app.log.child({ component: 'jobs' }),
      });
  } catch (err) {
    await app?.close().catch(() => {});
    await opened.close();
    throw err;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const running: RunningServer = {
    app,
    database: opened.database,
    url: `http://${shownHost}:${port}`,
    close: once(async () => {
      // The job worker finishes the job in progress and stops; Fastify stops accepting, waits for in-flight
      // requests; then the database closes and the lock goes.
      await worker?.stop();
      await app!.close();
      await opened.close();
    }),
  };
  if (opts.handleSignals) {
    const stop = (signal: string) => {
      app!.log.info({ signal }, 'shutting down');
      const force = setTimeout(() => process.exit(1), 15_000);
      force.unref();
      running.close().then(
        () => process.exit(0),
        (err) => {
          app!.log.error({ err }, 'error while shutting down');
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  }
  return running;
}

/**
 * Where to listen: HOST when it is set; otherwise everywhere (0.0.0.0), except while demo accounts with published
 * passwords exist — anyone on the network could sign in as the administrator — when only this computer may connect.
 */
export function listenHost(config: Pick<Config, 'host' | 'hostFromEnv'>, demoAccounts: string[]): string {
  if (config.hostFromEnv || demoAccounts.length === 0) return config.host;
  return '127.0.0.1';
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let p: Promise<void> | undefined;
  return () => {
    p ??= fn();
    return p;
  };
}
