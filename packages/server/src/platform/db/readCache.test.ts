import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedRead, DEFAULT_TTL_MS, enableReadCache, invalidateOnTransactionEnd } from './readCache.js';

/** A stand-in for a database object: a `transaction` that runs its callback (or fails like a rollback). */
function fakeDb() {
  return {
    async transaction<T>(fn: () => Promise<T>): Promise<T> {
      return fn();
    },
  };
}

describe('readCache', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('computes once per key while nothing changed', async () => {
    const db = fakeDb();
    enableReadCache(db);
    const compute = vi.fn(async () => 42);
    expect(await cachedRead(db, 'k', compute)).toBe(42);
    expect(await cachedRead(db, 'k', compute)).toBe(42);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(await cachedRead(db, 'other', async () => 7)).toBe(7);
  });

  it('never caches for an object it was not enabled on (a transaction)', async () => {
    const tx = {};
    let n = 0;
    const compute = async () => ++n;
    expect(await cachedRead(tx, 'k', compute)).toBe(1);
    expect(await cachedRead(tx, 'k', compute)).toBe(2);
  });

  it('forgets everything when a transaction ends, committed or rolled back', async () => {
    const db = fakeDb();
    invalidateOnTransactionEnd(db);
    let n = 0;
    const compute = async () => ++n;
    expect(await cachedRead(db, 'k', compute)).toBe(1);
    await db.transaction(async () => 'written');
    expect(await cachedRead(db, 'k', compute)).toBe(2);
    await expect(
      db.transaction(async () => {
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await cachedRead(db, 'k', compute)).toBe(3);
    expect(await cachedRead(db, 'k', compute)).toBe(3);
  });

  it('does not keep a value computed while a transaction ended (it may predate the change)', async () => {
    const db = fakeDb();
    invalidateOnTransactionEnd(db);
    let n = 0;
    await cachedRead(db, 'k', async () => {
      await db.transaction(async () => 'a write finishing meanwhile');
      return ++n;
    });
    expect(await cachedRead(db, 'k', async () => ++n)).toBe(2);
  });

  it('expires an entry after its time to live (other server processes may have written)', async () => {
    vi.useFakeTimers();
    const db = fakeDb();
    enableReadCache(db);
    let n = 0;
    const compute = async () => ++n;
    expect(await cachedRead(db, 'k', compute)).toBe(1);
    vi.advanceTimersByTime(DEFAULT_TTL_MS - 1);
    expect(await cachedRead(db, 'k', compute)).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await cachedRead(db, 'k', compute)).toBe(2);
  });
});
