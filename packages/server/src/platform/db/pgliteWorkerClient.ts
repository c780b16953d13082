/**
 * The server's side of the PGlite worker (pgliteWorker.ts): an object with PGlite's own `query`, `exec`,
 * `transaction`, `dumpDataDir`, `close` and `closed`, which drizzle's PGlite driver and our code use as they would
 * PGlite, while the database runs in a worker thread. The server's event loop stays free during a long query.
 *
 * - Transactions keep to one connection, as in PGlite: `transaction(fn)` opens a session in the worker and every
 *   statement of `fn` runs in it; other requests wait until it commits or rolls back (PGlite has one connection).
 * - Errors arrive as PGlite's own classes with every PostgreSQL field (code 23505, 40001, constraint, detail…), so
 *   the error mapping sees what it would see in-thread.
 * - The worker does not keep the process alive while nothing is asked of it (PGlite in-thread does not either).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { messages, type QueryOptions, type Results, TransactionAbortedError } from '@electric-sql/pglite';
import type { WireError, WireQueryOptions, WorkerHello, WorkerReply, WorkerRequest } from './pgliteProtocol.js';

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = Distribute<WorkerRequest>;

export interface PgliteTransactionLike {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(sql: string, options?: QueryOptions): Promise<Results[]>;
  rollback(): Promise<void>;
  readonly closed: boolean;
}

/** Rebuilds an error from the worker as the class PGlite would have thrown in-thread, with all its fields. */
export function fromWireError(w: WireError): Error {
  let err: Error;
  if (w.kind === 'TransactionAbortedError') err = new TransactionAbortedError();
  else if (w.kind === 'DatabaseError')
    err = new messages.DatabaseError(w.message, Number(w.fields.length ?? 0), 'error');
  else err = new Error(w.message);
  for (const [k, v] of Object.entries(w.fields)) if (v !== undefined && k !== 'length') (err as never)[k] = v as never;
  err.message = w.message;
  if (w.kind === 'Error' && w.name !== 'Error') err.name = w.name;
  err.stack = `${w.stack ?? `${err.name}: ${w.message}`}\n    at (PGlite worker thread)`;
  return err;
}

/**
 * Query options as they cross to the worker. Drizzle's parsers keep dates, timestamps and intervals as text: each
 * parser is checked to be such an identity; any other parser or a serializer cannot run in the worker and is refused.
 */
function wireOptions(o: QueryOptions | undefined): WireQueryOptions {
  if (!o) return {};
  const out: WireQueryOptions = {};
  if (o.rowMode) out.rowMode = o.rowMode;
  if (o.paramTypes) out.paramTypes = o.paramTypes;
  if (o.parsers) {
    const probe = '\u0000probe';
    out.rawTypes = Object.entries(o.parsers).map(([oid, parse]) => {
      let same = false;
      try {
        same = parse(probe, Number(oid)) === probe;
      } catch {
        same = false;
      }
      if (!same) throw new Error(`PGlite worker: only text-preserving parsers cross threads (type ${oid})`);
      return Number(oid);
    });
  }
  if (o.serializers || o.blob || o.onNotice)
    throw new Error('PGlite worker: serializers, blob and onNotice are not supported');
  return out;
}

/**
 * Holds plain statements back while a transaction owns the one connection, first come first served (as PGlite's
 * own transaction lock does in-thread): a statement asked for after a transaction runs after it.
 */
class Gate {
  #owner = 0;
  #queue: { tx: number; wake: () => void; at: number }[] = [];
  /** Resolves when no transaction owns the connection; undefined when none does now (no extra tick). */
  free(): Promise<void> | undefined {
    if (this.#owner === 0 && this.#queue.length === 0) return undefined;
    return new Promise<void>((wake) => this.#queue.push({ tx: 0, wake, at: performance.now() }));
  }
  take(tx: number): Promise<void> | undefined {
    if (this.#owner === 0 && this.#queue.length === 0) {
      this.#owner = tx;
      return undefined;
    }
    return new Promise<void>((wake) => this.#queue.push({ tx, wake, at: performance.now() }));
  }
  /** Statements and transactions waiting for the connection. */
  get waiting(): number {
    return this.#queue.length;
  }
  /** When the longest waiting one arrived (performance.now()), if any waits. */
  get oldestAt(): number | undefined {
    return this.#queue[0]?.at;
  }
  release(): void {
    this.#owner = 0;
    while (this.#owner === 0 && this.#queue.length > 0) {
      const next = this.#queue.shift()!;
      this.#owner = next.tx;
      next.wake();
    }
  }
}

/**
 * A worker on the built `pgliteWorker.js` beside this file; running from sources (tests, tsx scripts), a worker that
 * loads `pgliteWorker.ts` through tsx's API (tsx's `--import` hook does not reach a worker thread on Node 20).
 */
function spawnWorker(dataDir: string | null): Worker {
  const workerData = { dataDir };
  const js = new URL('./pgliteWorker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js, { workerData });
  // tsx's ESM API (the `import` condition of its `./esm/api` export), found from its package.json.
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const exported = (
    JSON.parse(readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }
  ).exports['./esm/api']!.import.default;
  const api = pathToFileURL(join(dirname(pkg), exported)).href;
  const ts = new URL('./pgliteWorker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(ts)}, ${JSON.stringify(ts)}))`;
  return new Worker(code, { eval: true, workerData });
}

export class PgliteWorkerClient {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; at: number }>();
  readonly #gate = new Gate();
  #nextId = 1;
  #nextTx = 1;
  #closed = false;
  #dead: Error | null = null;

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.on('message', (m: WorkerReply) => {
      const p = this.#pending.get(m.id);
      if (!p) return;
      this.#pending.delete(m.id);
      if (this.#pending.size === 0) this.#worker.unref();
      if (m.ok) p.resolve(m.result);
      else p.reject(fromWireError(m.error));
    });
    const die = (err: Error) => {
      this.#dead ??= err;
      for (const p of this.#pending.values()) p.reject(err);
      this.#pending.clear();
    };
    worker.on('error', die);
    worker.on('exit', (code) => die(new Error(`PGlite worker thread exited (code ${code})`)));
  }

  /** Starts the worker and opens PGlite in `dataDir` (a PGlite data directory), or in memory when null. */
  static async start(dataDir: string | null): Promise<PgliteWorkerClient> {
    const worker = spawnWorker(dataDir);
    let onMessage!: (m: WorkerHello) => void;
    let onError!: (e: Error) => void;
    let onExit!: (code: number) => void;
    const hello = await new Promise<WorkerHello>((resolve, reject) => {
      onMessage = resolve;
      onError = reject;
      onExit = (code) => reject(new Error(`PGlite worker thread exited (code ${code}) while opening`));
      worker.once('message', onMessage).once('error', onError).once('exit', onExit);
    }).finally(() => {
      // Only these three: Node's own listeners on the worker keep its port running.
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    });
    if ('error' in hello) {
      await worker.terminate();
      throw fromWireError(hello.error);
    }
    worker.unref();
    return new PgliteWorkerClient(worker);
  }

  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Requests waiting for the database: statements sent to the worker and not yet answered, plus statements and
   * transactions held back while a transaction owns the one connection (load shedding and /metrics read it).
   */
  get queueLength(): number {
    return this.#pending.size + this.#gate.waiting;
  }

  /** How long the oldest of those has been waiting (ms; the one running now included), 0 when none waits. */
  get oldestWaitMs(): number {
    // A Map iterates in insertion order: the first pending statement is the oldest.
    const first = this.#pending.values().next().value?.at;
    const gated = this.#gate.oldestAt;
    const oldest = Math.min(first ?? Number.POSITIVE_INFINITY, gated ?? Number.POSITIVE_INFINITY);
    return oldest === Number.POSITIVE_INFINITY ? 0 : performance.now() - oldest;
  }

  #call<T>(req: Request, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.#dead) return Promise.reject(this.#dead);
    if (this.#closed) return Promise.reject(new Error('PGlite is closed'));
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject, at: performance.now() });
      if (this.#pending.size === 1) this.#worker.ref();
      this.#worker.postMessage({ ...req, id }, transfer);
    });
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = [], options?: QueryOptions) {
    const wire = wireOptions(options);
    const wait = this.#gate.free();
    if (wait) await wait;
    return this.#call<Results<T>>({ op: 'query', tx: 0, sql, params, options: wire });
  }

  async exec(sql: string, options?: QueryOptions): Promise<Results[]> {
    const wire = wireOptions(options);
    const wait = this.#gate.free();
    if (wait) await wait;
    return this.#call<Results[]>({ op: 'exec', tx: 0, sql, options: wire });
  }

  /** As `PGlite.transaction`: commits when `fn` returns, rolls back when it throws or calls `rollback()`. */
  async transaction<T>(fn: (tx: PgliteTransactionLike) => Promise<T>): Promise<T> {
    const tx = this.#nextTx++;
    const turn = this.#gate.take(tx);
    if (turn) await turn;
    try {
      await this.#call({ op: 'begin', tx });
      let closed = false;
      const open = () => {
        if (closed) throw new Error('Transaction is closed');
      };
      const handle: PgliteTransactionLike = {
        query: async <R>(sql: string, params: unknown[] = [], options?: QueryOptions) => {
          open();
          return this.#call<Results<R>>({ op: 'query', tx, sql, params, options: wireOptions(options) });
        },
        exec: async (sql: string, options?: QueryOptions) => {
          open();
          return this.#call<Results[]>({ op: 'exec', tx, sql, options: wireOptions(options) });
        },
        rollback: async () => {
          open();
          closed = true;
          await this.#call({ op: 'rollback', tx });
        },
        get closed() {
          return closed;
        },
      };
      let result: T;
      try {
        result = await fn(handle);
      } catch (err) {
        if (!closed) {
          closed = true;
          await this.#call({ op: 'rollback', tx }).catch(() => {});
        }
        throw err;
      }
      if (!closed) {
        closed = true;
        await this.#call({ op: 'commit', tx });
      }
      return result;
    } finally {
      this.#gate.release();
    }
  }

  /** PGlite's own backup: the data directory as a tarball (File). */
  async dumpDataDir(compression: 'gzip' | 'auto' | 'none' = 'auto'): Promise<File> {
    const wait = this.#gate.free();
    if (wait) await wait;
    const r = await this.#call<{ name: string; type: string; bytes: ArrayBuffer }>({ op: 'dump', compression });
    return new File([new Uint8Array(r.bytes)], r.name, { type: r.type });
  }

  /** A copy of the data directory at `to`, taken between transactions (pgliteSnapshot.ts). */
  async snapshotDataDir(to: string): Promise<void> {
    const wait = this.#gate.free();
    if (wait) await wait;
    await this.#call({ op: 'snapshot', to });
  }

  /** Closes PGlite (its files are synced) and ends the thread. Waits for an open transaction to finish first. */
  async close(): Promise<void> {
    if (this.#closed) return;
    if (!this.#dead) {
      const wait = this.#gate.free();
      if (wait) await wait;
      await this.#call({ op: 'close' });
    }
    this.#closed = true;
    await this.#worker.terminate();
  }
}
