import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type ExtractTablesWithRelations, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { type ChangeListener, listenForChanges, notifyOnWrite } from './changeNotifier.js';
import { snapshotDataDir } from './pgliteSnapshot.js';
import { PgliteWorkerClient } from './pgliteWorkerClient.js';
import { PreparingClient } from './preparedClient.js';
import { invalidateOnTransactionEnd, invalidateReadCache } from './readCache.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** The one database type used everywhere: both drivers produce a PgDatabase. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Repositories accept either, so a service can pass its transaction down. */
export type DbOrTx = Db | Tx;

export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  /** Round-trip to the database (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Embedded database only: a consistent copy of its data directory — on disk at `to` (a directory that must not
   * exist; pgliteSnapshot.ts) when the database lives in a data directory, else (in memory) PGlite's own dump as a
   * gzipped tar. Taken between transactions, so a running server can back itself up (platform/db/backup.ts).
   */
  snapshot?(to: string): Promise<{ directory: string } | { tarGz: Buffer }>;
  /** How busy the database is now, read synchronously (load shedding, /metrics). */
  load(): DatabaseLoad;
}

/**
 * PostgreSQL: the pool's connections (open, idle) and the requests waiting for one. PGlite (one connection): the
 * statements sent to it and not yet answered plus those held back behind a transaction, as `waiting`.
 */
export interface DatabaseLoad {
  waiting: number;
  /**
   * How long (ms) the oldest of those has waited: PostgreSQL for a pooled connection; PGlite in its worker for its
   * answer, the statement running now included. Absent on PGlite in the main thread.
   */
  oldestWaitMs?: number;
  total?: number;
  idle?: number;
}

export interface PgliteOptions {
  /**
   * Where PGlite runs: in a worker thread (default: a long query does not stop the server's event loop;
   * pgliteWorkerClient.ts), or on the calling thread (`'main'`: `PGLITE_WORKER=false`, and for comparison in the bench).
   */
  thread?: 'worker' | 'main';
}

/** Embedded PGlite in `dataDir/pgdata`, or in memory when `dataDir` is null (tests). The caller holds the lock. */
export async function openPglite(dataDir: string | null, opts: PgliteOptions = {}): Promise<Database> {
  let dir: string | null = null;
  if (dataDir) {
    dir = join(dataDir, 'pgdata');
    mkdirSync(dir, { recursive: true });
  }
  let client: Pick<PGlite, 'closed' | 'close' | 'dumpDataDir'>;
  let snapshotDir: ((to: string) => Promise<unknown>) | null = null;
  // On the main thread a statement blocks the event loop while it runs: nothing measurable queues up.
  let load = (): DatabaseLoad => ({ waiting: 0 });
  if ((opts.thread ?? 'worker') === 'worker') {
    const worker = await PgliteWorkerClient.start(dir);
    load = () => ({ waiting: worker.queueLength, oldestWaitMs: worker.oldestWaitMs });
    client = worker;
    snapshotDir = (to) => worker.snapshotDataDir(to);
  } else {
    const pg = dir ? await PGlite.create(dir) : await PGlite.create();
    client = pg;
    if (dir) snapshotDir = (to) => snapshotDataDir(pg, dir, to);
  }
  // The worker client has PGlite's query/exec/transaction: drizzle's PGlite driver uses it as it would PGlite.
  const db = drizzlePglite({ client: client as PGlite, schema, casing: 'snake_case' }) as unknown as Db;
  invalidateOnTransactionEnd(db);
  return {
    db,
    kind: 'pglite',
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
    snapshot: async (to) => {
      if (dir && snapshotDir) {
        await snapshotDir(to);
        return { directory: to };
      }
      return { tarGz: Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer()) };
    },
    load,
  };
}

export interface PostgresOptions {
  max?: number;
  /**
   * Called when an idle pooled connection dies (server restart, `pg_terminate_backend`, DROP DATABASE … FORCE).
   * node-postgres emits that as an 'error' event on the pool, which without a listener crashes the process; the pool
   * drops the dead connection and opens a new one on the next query, so a warning is all it deserves.
   */
  onIdleError?: (err: Error) => void;
  /** Prepare repeated statements once per connection (PreparingClient); default true. */
  preparedStatements?: boolean;
  /**
   * LISTEN for other processes' writes on a connection of its own and empty the read cache when one commits
   * (changeNotifier.ts); default true. Writes always announce themselves.
   */
  listenForChanges?: boolean;
}

export async function openPostgres(url: string, opts: PostgresOptions = {}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    application_name: 'shuangjiang',
    ...(opts.preparedStatements === false ? {} : { Client: PreparingClient }),
  });
  const onIdleError =
    opts.onIdleError ?? ((err: Error) => process.emitWarning(`idle PostgreSQL connection closed: ${err.message}`));
  pool.on('error', onIdleError);
  const oldestWaitMs = measureConnectWaits(pool);
  // Fail fast with a clear message rather than on the first request.
  const conn = await pool.connect();
  conn.release();
  const db = drizzlePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
  invalidateOnTransactionEnd(db);
  // Other server processes on this database empty their read caches when this one writes, and this one when they do.
  const instanceId = randomUUID();
  notifyOnWrite(db, instanceId);
  let listener: ChangeListener | null = null;
  if (opts.listenForChanges !== false) {
    try {
      listener = await listenForChanges(url, instanceId, () => invalidateReadCache(db), onIdleError);
    } catch (err) {
      await pool.end();
      throw err;
    }
  }
  return {
    db,
    kind: 'postgres',
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: async () => {
      await listener?.close();
      await pool.end();
    },
    load: () => ({
      waiting: pool.waitingCount,
      total: pool.totalCount,
      idle: pool.idleCount,
      oldestWaitMs: oldestWaitMs(),
    }),
  };
}

type ConnectCallback = (err: Error | undefined, client: unknown, release: unknown) => void;

/**
 * Times every wait for a pooled connection (pool.query and drizzle's transactions both go through pool.connect) and
 * returns how long the oldest one still waiting has waited, 0 when none waits: node-postgres counts its queue but
 * does not time it.
 */
function measureConnectWaits(pool: pg.Pool): () => number {
  const waits = new Map<number, number>();
  let next = 0;
  const connect = pool.connect.bind(pool) as (cb?: ConnectCallback) => Promise<unknown> | undefined;
  (pool as unknown as { connect: unknown }).connect = (cb?: ConnectCallback) => {
    const id = next++;
    waits.set(id, performance.now());
    if (typeof cb === 'function')
      return connect((err, client, release) => {
        waits.delete(id);
        cb(err, client, release);
      });
    return connect()!.finally(() => waits.delete(id));
  };
  // A Map iterates in insertion order: the first entry is the oldest still waiting.
  return () => {
    const first = waits.values().next().value;
    return first === undefined ? 0 : performance.now() - first;
  };
}
