/**
 * A small per-database cache for expensive read-only answers that many requests repeat: the capped count of a case
 * list (what "共 N 条" shows while one pages through it), a region's path. An entry is valid while
 *   - no transaction has finished on this database object since it was computed (every write of the registry runs in
 *     a transaction that also writes its audit row, so "a transaction ended" covers every change; `openPglite` and
 *     `openPostgres` wrap `db.transaction` to invalidate), and
 *   - no other server process on the same PostgreSQL database has committed a write since (changeNotifier.ts: every
 *     read-write transaction sends NOTIFY, every process LISTENs and empties its cache), and
 *   - it is younger than its time to live: the bound on staleness should that LISTEN connection be down.
 * A value computed while a transaction ended is not stored (it may predate the change). Reads inside a transaction
 * (`tx`) are never cached: only database objects registered here have a cache.
 */

/** Entries per database; the oldest go first. */
const MAX_ENTRIES = 2000;
export const DEFAULT_TTL_MS = 30_000;

interface Entry {
  at: number;
  value: unknown;
}
interface Cache {
  version: number;
  entries: Map<string, Entry>;
}

const caches = new WeakMap<object, Cache>();

export function enableReadCache(db: object): void {
  if (!caches.has(db)) caches.set(db, { version: 0, entries: new Map() });
}

export function invalidateReadCache(db: object): void {
  const c = caches.get(db);
  if (!c) return;
  c.version++;
  c.entries.clear();
}

export async function cachedRead<T>(
  db: object,
  key: string,
  compute: () => Promise<T>,
  ttlMs = DEFAULT_TTL_MS,
): Promise<T> {
  const c = caches.get(db);
  if (!c) return compute();
  const now = Date.now();
  const hit = c.entries.get(key);
  if (hit && now - hit.at < ttlMs) return hit.value as T;
  const version = c.version;
  const value = await compute();
  if (c.version === version) {
    c.entries.delete(key);
    c.entries.set(key, { at: now, value });
    if (c.entries.size > MAX_ENTRIES) c.entries.delete(c.entries.keys().next().value!);
  }
  return value;
}

/** Makes `db.transaction` invalidate the cache of `db` when it ends (committed or rolled back). */
export function invalidateOnTransactionEnd<D extends { transaction: (...args: never[]) => Promise<unknown> }>(
  db: D,
): void {
  enableReadCache(db);
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  (db as { transaction: unknown }).transaction = async (...args: unknown[]) => {
    try {
      return await transaction(...args);
    } finally {
      invalidateReadCache(db);
    }
  };
}
