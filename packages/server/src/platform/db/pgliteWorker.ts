/**
 * The PGlite worker thread: owns the embedded database, so a long query (an aggregate over every case, an import's
 * writes) runs on its own core instead of stopping the server's event loop. The server's thread talks to it through
 * pgliteWorkerClient.ts; the messages are in pgliteProtocol.ts.
 *
 * A transaction is a session: `begin` opens `PGlite.transaction` and keeps it open (its callback waits) until `commit`
 * or `rollback`; the statements in between name the session and run on its transaction object. PGlite has one
 * connection, so while a session is open nothing else runs (the client holds other requests back, and PGlite's own
 * transaction lock would too).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { messages, PGlite, type QueryOptions, type Results, TransactionAbortedError } from '@electric-sql/pglite';
import { toWireError, type WireError, type WireQueryOptions, type WorkerRequest } from './pgliteProtocol.js';
import { snapshotDataDir } from './pgliteSnapshot.js';

type Transaction = Parameters<Parameters<PGlite['transaction']>[0]>[0];
type Target = Pick<Transaction, 'query' | 'exec'>;

interface Session {
  tx: Transaction;
  /** Ends the transaction's callback: normally (PGlite commits) or by throwing ROLLBACK (PGlite rolls back). */
  end(commit: boolean): void;
  /** The `PGlite.transaction` call: settles after COMMIT or ROLLBACK. */
  done: Promise<unknown>;
}

const ROLLBACK = Symbol('rollback requested');
const port = parentPort!;
const { dataDir } = workerData as { dataDir: string | null };
const sessions = new Map<number, Session>();

const identity = (v: string) => v;

function queryOptions(o: WireQueryOptions): QueryOptions {
  const out: QueryOptions = {};
  if (o.rowMode) out.rowMode = o.rowMode;
  if (o.paramTypes) out.paramTypes = o.paramTypes;
  if (o.rawTypes) out.parsers = Object.fromEntries(o.rawTypes.map((t) => [t, identity]));
  return out;
}

/** Results without the blob (never used here): rows, fields and affected rows clone as they are. */
const plain = (r: Results) => ({ rows: r.rows, fields: r.fields, affectedRows: r.affectedRows });

function wireError(err: unknown): WireError {
  const kind =
    err instanceof TransactionAbortedError
      ? 'TransactionAbortedError'
      : err instanceof messages.DatabaseError
        ? 'DatabaseError'
        : 'Error';
  return toWireError(err, kind);
}

function begin(db: PGlite, id: number): Promise<void> {
  return new Promise<void>((opened, failed) => {
    let began = false;
    const done = db.transaction(async (tx) => {
      let end!: (commit: boolean) => void;
      const ended = new Promise<boolean>((r) => {
        end = r;
      });
      sessions.set(id, { tx, end, done });
      began = true;
      opened();
      if (!(await ended)) throw ROLLBACK;
    });
    // Before the callback ran (BEGIN failed): the begin fails. After: commit/rollback report the outcome.
    done.catch((err) => {
      if (!began) failed(err);
    });
  });
}

async function finish(id: number, commit: boolean): Promise<void> {
  const s = sessions.get(id);
  if (!s) throw new Error(`no open transaction ${id} in the PGlite worker`);
  try {
    s.end(commit);
    await s.done;
  } catch (err) {
    if (err !== ROLLBACK) throw err;
  } finally {
    sessions.delete(id);
  }
}

function target(db: PGlite, tx: number): Target {
  if (tx === 0) return db;
  const s = sessions.get(tx);
  if (!s) throw new Error(`no open transaction ${tx} in the PGlite worker`);
  return s.tx;
}

async function handle(db: PGlite, m: WorkerRequest): Promise<{ result: unknown; transfer?: ArrayBuffer[] }> {
  switch (m.op) {
    case 'query':
      return { result: plain(await target(db, m.tx).query(m.sql, m.params, queryOptions(m.options))) };
    case 'exec':
      return { result: (await target(db, m.tx).exec(m.sql, queryOptions(m.options))).map(plain) };
    case 'begin':
      await begin(db, m.tx);
      return { result: null };
    case 'commit':
      await finish(m.tx, true);
      return { result: null };
    case 'rollback':
      await finish(m.tx, false);
      return { result: null };
    case 'dump': {
      const file = await db.dumpDataDir(m.compression);
      const bytes = await file.arrayBuffer();
      return { result: { name: (file as File).name ?? 'pgdata.tar', type: file.type, bytes }, transfer: [bytes] };
    }
    case 'snapshot':
      if (!dataDir) throw new Error('an in-memory PGlite has no data directory to copy');
      await snapshotDataDir(db, dataDir, m.to);
      return { result: null };
    case 'close':
      if (!db.closed) await db.close();
      return { result: null };
  }
}

try {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  port.on('message', (m: WorkerRequest) => {
    handle(db, m).then(
      ({ result, transfer }) => port.postMessage({ id: m.id, ok: true, result }, transfer ?? []),
      (err) => port.postMessage({ id: m.id, ok: false, error: wireError(err) }),
    );
  });
  port.postMessage({ hello: 'ready' });
} catch (err) {
  port.postMessage({ hello: 'failed', error: wireError(err) });
}
