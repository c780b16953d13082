/**
 * A consistent copy of the embedded database's data directory, taken on disk (docs/OPERATIONS.md#backup-and-restore).
 *
 * PGlite keeps its files in `DATA_DIR/pgdata` on the real file system (Emscripten's NODEFS writes through), so a copy
 * of that directory taken while PGlite runs no statement is what a crash at that instant would leave: the committed
 * transactions are in it (WAL included), and opening it replays the WAL as after any crash. A CHECKPOINT first
 * makes that replay short. The copy is a plain file copy, so the database is held only for as long as the disk takes
 * to copy it — not for the dump-and-gzip in memory of PGlite's own `dumpDataDir` (which held every query for the
 * whole dump and needed the data directory's size twice over in memory). Compression happens afterwards, from the
 * copy, while the server goes on (backup.ts).
 */
import { cp, rm } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';

/**
 * Copies the data directory `dir` of the running `pg` to `to` (which must not exist). Waits for an open transaction
 * to end (PGlite's transaction lock), then holds PGlite's query lock while the files are copied.
 */
export async function snapshotDataDir(pg: PGlite, dir: string, to: string): Promise<void> {
  await pg.query('checkpoint');
  await pg._runExclusiveTransaction(() =>
    pg._runExclusiveQuery(async () => {
      try {
        await cp(dir, to, { recursive: true, errorOnExist: true, force: false, preserveTimestamps: true });
      } catch (err) {
        await rm(to, { recursive: true, force: true });
        throw err;
      }
    }),
  );
}
