/**
 * Several server processes on one PostgreSQL database: a write in one must empty the read caches (readCache.ts) of
 * the others at once, or a list's total ("共 N 条") on another instance stays stale until its entry expires while the
 * page's rows are current (issue 18 §3). Every read-write transaction sends `NOTIFY` on CHANGE_CHANNEL with its
 * process's instance id — PostgreSQL delivers it when the transaction commits and drops it on rollback — and each
 * process LISTENs on a connection of its own and empties its cache when another instance's notice arrives.
 * If that connection is lost the cache is emptied (notices may have been missed) and it reconnects every second;
 * meanwhile the cache's time to live bounds staleness as before. PGlite has one process: nothing to do there.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';

export const CHANGE_CHANNEL = 'shuangjiang_changes';
const RECONNECT_MS = 1000;

type TransactionConfig = { accessMode?: string } | undefined;

/** Makes every read-write `db.transaction` send a change notice (delivered at commit) naming `instanceId`. */
export function notifyOnWrite(db: { transaction: (...args: never[]) => Promise<unknown> }, instanceId: string): void {
  const transaction = db.transaction.bind(db) as (
    fn: (tx: { execute: (q: unknown) => Promise<unknown> }) => Promise<unknown>,
    config?: TransactionConfig,
  ) => Promise<unknown>;
  (db as { transaction: unknown }).transaction = (
    fn: (tx: { execute: (q: unknown) => Promise<unknown> }) => Promise<unknown>,
    config?: TransactionConfig,
  ) => {
    if (config?.accessMode === 'read only') return transaction(fn, config);
    return transaction(async (tx) => {
      const result = await fn(tx);
      await tx.execute(sql`select pg_notify(${CHANGE_CHANNEL}, ${instanceId})`);
      return result;
    }, config);
  };
}

export interface ChangeListener {
  /** Whether the LISTEN connection is up now. */
  readonly listening: boolean;
  close(): Promise<void>;
}

/**
 * LISTENs on CHANGE_CHANNEL over its own connection to `url`; calls `onChange` for each notice from another instance
 * and whenever the connection is lost or comes back. Resolves once listening (a first connect failure throws).
 */
export async function listenForChanges(
  url: string,
  instanceId: string,
  onChange: () => void,
  onConnectionLost: (err: Error) => void = () => {},
): Promise<ChangeListener> {
  let client: pg.Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;

  const connect = async () => {
    const c = new pg.Client({ connectionString: url, application_name: 'shuangjiang-listen' });
    c.on('notification', (n) => {
      if (n.channel === CHANGE_CHANNEL && n.payload !== instanceId) onChange();
    });
    const lost = (err: Error) => {
      if (client !== c) return;
      client = null;
      c.removeAllListeners('error');
      c.on('error', () => {});
      c.end().catch(() => {});
      if (closed) return;
      onConnectionLost(err);
      onChange();
      retry();
    };
    c.on('error', lost);
    c.on('end', () => lost(new Error('LISTEN connection ended')));
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (err) {
      c.on('error', () => {});
      await c.end().catch(() => {});
      throw err;
    }
    client = c;
  };
  const retry = () => {
    timer = setTimeout(() => {
      timer = null;
      if (closed) return;
      connect().then(
        // Back: whatever was written meanwhile was not announced to us.
        () => onChange(),
        () => retry(),
      );
    }, RECONNECT_MS);
    timer.unref();
  };

  await connect();
  return {
    get listening() {
      return client !== null;
    },
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
