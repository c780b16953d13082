/**
 * A consistent copy of the embedded database's data directory, taken on disk (docs/OPERATIONS.md#backup-and-restore).
 *
 * PGlite keeps its files in `DATA_DIR/pgdata` on the real file system (Emscripten's NODEFS writes through), so a copy
 * of that directory taken while PGlite runs no statement is what a crash at that instant would leave: the committed
 * transactions are in it (WAL included), and opening it replays the WAL as after any crash. Taken in two passes, as
 * rsync-based PostgreSQL backups are: a first copy while the database goes on serving (inconsistent), then, holding
 * PGlite's transaction and query locks, a second pass that copies again only the files whose size or modification
 * time changed since the first copied them and removes those gone. Requests wait for the second pass only — the few
 * files the meantime touched — not for the whole directory, nor for the compression (backup.ts, from the copy).
 */
import type { Dirent } from 'node:fs';
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

/** A file's size and modification time in nanoseconds: what the second pass compares. */
async function signature(path: string): Promise<string | null> {
  try {
    const s = await stat(path, { bigint: true });
    return `${s.size}:${s.mtimeNs}`;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Every file and directory under `dir` (directories too: PostgreSQL refuses to start without its empty ones). */
async function* entries(dir: string, rel = ''): AsyncGenerator<{ rel: string; directory: boolean }> {
  let list: Dirent[];
  try {
    list = await readdir(join(dir, rel), { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  for (const e of list) {
    const path = rel ? join(rel, e.name) : e.name;
    if (e.isDirectory()) {
      yield { rel: path, directory: true };
      yield* entries(dir, path);
    } else if (e.isFile()) yield { rel: path, directory: false };
  }
}

/**
 * Copies to `to` every file of `from` whose signature differs from `copied` (all of them on the first pass), noting
 * the signature read before each copy (a write during the copy changes the file's time, so the next pass copies it
 * again); with `prune`, removes from `to` the files `from` no longer has. Returns the number of files copied.
 */
async function sync(from: string, to: string, copied: Map<string, string>, prune: boolean): Promise<number> {
  const seen = new Set<string>();
  let n = 0;
  for await (const { rel, directory } of entries(from)) {
    if (directory) {
      await mkdir(join(to, rel), { recursive: true });
      continue;
    }
    seen.add(rel);
    const sig = await signature(join(from, rel));
    if (sig === null || copied.get(rel) === sig) continue;
    await mkdir(join(to, rel, '..'), { recursive: true });
    try {
      await copyFile(join(from, rel), join(to, rel));
    } catch (err) {
      // Deleted between listing and copying (a dropped relation, a recycled WAL segment): the next pass settles it.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      continue;
    }
    copied.set(rel, sig);
    n++;
  }
  if (prune)
    for (const rel of [...copied.keys()])
      if (!seen.has(rel)) {
        await rm(join(to, rel), { force: true });
        copied.delete(rel);
      }
  return n;
}

/**
 * Copies the data directory `dir` of the running `pg` to `to` (which must not exist). The first pass runs beside
 * the database's work; the second waits for an open transaction to end (PGlite's transaction lock) and holds its
 * query lock while it copies what changed. Returns how many files each pass copied.
 */
export async function snapshotDataDir(
  pg: PGlite,
  dir: string,
  to: string,
): Promise<{ firstPass: number; underLock: number }> {
  await mkdir(to, { recursive: false });
  const copied = new Map<string, string>();
  try {
    // Dirty pages to their files first, so the second pass finds little left to copy.
    await pg.query('checkpoint');
    const firstPass = await sync(dir, to, copied, false);
    const underLock = await pg._runExclusiveTransaction(() => pg._runExclusiveQuery(() => sync(dir, to, copied, true)));
    return { firstPass, underLock };
  } catch (err) {
    await rm(to, { recursive: true, force: true });
    throw err;
  }
}
