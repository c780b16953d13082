import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * PGlite has no cross-process lock: two processes on one data directory corrupt it. Every process that opens the
 * embedded database first takes `DATA_DIR/shuangjiang.lock` (created with O_EXCL). A lock whose holder is gone
 * (killed with -9) is detected by PID and process start time, and taken over.
 */
export interface LockInfo {
  pid: number;
  host: string;
  startTime: string | null;
  command: string;
  since: string;
}

export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED';
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `数据目录 ${dataDir} 正被进程 ${holder.pid}（${holder.command}，自 ${holder.since}）占用，` +
        `同一目录不能同时由两个进程打开。请先停止该进程，或使用另一个 DATA_DIR。\n` +
        `Data directory ${dataDir} is in use by process ${holder.pid} (${holder.command}, since ${holder.since}); ` +
        'two processes cannot open the embedded database at once. Stop that process or use another DATA_DIR.',
    );
  }
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

export const lockFileName = 'shuangjiang.lock';

export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, lockFileName);
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    startTime: processStartTime(process.pid),
    command,
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o644);
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      let released = false;
      return {
        file,
        release() {
          if (released) return;
          released = true;
          try {
            const current = readLock(file);
            if (current?.pid === process.pid) unlinkSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readLock(file);
      if (holder && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
      // Stale (holder dead) or unreadable (crash while writing it): take it over. Only one process wins the
      // O_EXCL create that follows, so two processes racing for a stale lock cannot both get it.
      try {
        unlinkSync(file);
      } catch {
        // someone else removed it first
      }
    }
  }
  const holder = readLock(file);
  throw new DataDirLockedError(dataDir, holder ?? { pid: -1, host: '?', startTime: null, command: '?', since: '?' });
}

export function readLock(file: string): LockInfo | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
    return typeof parsed.pid === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

function isAlive(holder: LockInfo): boolean {
  // A lock from another host cannot be checked: treat it as held (shared network directories are not supported).
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  // The PID exists; make sure it is the same process and not a new one that reused the number.
  const start = processStartTime(holder.pid);
  return holder.startTime === null || start === null || start === holder.startTime;
}

/** Linux: field 22 of /proc/<pid>/stat, the start time in clock ticks since boot. Null elsewhere. */
function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const afterComm = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return afterComm[19] ?? null;
  } catch {
    return null;
  }
}
