/**
 * The backup directory (BACKUP_DIR, default `<DATA_DIR>-backups`; docs in the README's environment table): files
 * named `shuangjiang-<UTC timestamp>-<reason>.tar.gz` (embedded database, platform/db/backup.ts), written under a
 * temporary name and renamed (backup.ts), so a half-written file never looks like a backup; the newest `keep` are kept.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupKind } from './backup.js';

/** Why a backup was taken: the daily schedule, an administrator's "back up now", or before migrations at start. */
export type BackupReason = 'daily' | 'manual' | 'pre-migration';

const EXT: Record<BackupKind, string> = { pglite: 'tar.gz', postgres: 'dump' };
const NAME = /^shuangjiang-(\d{8}T\d{6}Z)-(daily|manual|pre-migration)(?:-(\d+))?\.(tar\.gz|dump)$/;

export interface BackupFile {
  name: string;
  path: string;
  size: number;
  /** The instant in the name (when the backup started). */
  at: Date;
  reason: BackupReason;
}

/** `20261207T030000Z`: UTC, no separators a file system could refuse; sorts by time. */
function stamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Takes a backup into `dir` (created if missing) under the next free name: `write` writes the file at the path given
 * (atomically: backup.ts writes a temporary name and renames). Returns the file.
 */
export async function writeBackupFile(
  dir: string,
  opts: { at: Date; reason: BackupReason; kind: BackupKind },
  write: (path: string) => Promise<unknown>,
): Promise<BackupFile> {
  mkdirSync(dir, { recursive: true });
  const base = `shuangjiang-${stamp(opts.at)}-${opts.reason}`;
  let name = `${base}.${EXT[opts.kind]}`;
  for (let n = 2; existsSync(join(dir, name)); n++) name = `${base}-${n}.${EXT[opts.kind]}`;
  const path = join(dir, name);
  await write(path);
  return { name, path, size: statSync(path).size, at: opts.at, reason: opts.reason };
}

/** The backups in `dir`, newest first (other files are left alone and not listed). */
export function listBackupFiles(dir: string): BackupFile[] {
  if (!existsSync(dir)) return [];
  const out: (BackupFile & { n: number })[] = [];
  for (const name of readdirSync(dir)) {
    const m = NAME.exec(name);
    if (!m) continue;
    const path = join(dir, name);
    const s = m[1]!;
    const at = new Date(
      `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`,
    );
    out.push({ name, path, size: statSync(path).size, at, reason: m[2] as BackupReason, n: Number(m[3] ?? 1) });
  }
  // Newest first; within one second, the later file has the higher suffix (-2, -3 …).
  return out.sort((a, b) => b.at.getTime() - a.at.getTime() || b.n - a.n).map(({ n: _n, ...file }) => file);
}

/** Deletes all but the newest `keep` backups in `dir`; returns the names deleted. */
export function pruneBackupFiles(dir: string, keep: number): string[] {
  const old = listBackupFiles(dir).slice(Math.max(1, keep));
  for (const f of old) rmSync(f.path, { force: true });
  return old.map((f) => f.name);
}
