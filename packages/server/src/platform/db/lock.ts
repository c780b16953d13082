import { closeSync, existsSync, mkdirSync, openSync, readFileSync, realpathSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * PGlite has no cross-process lock: two processes on one data directory corrupt it. Every process that opens the
 * embedded database first takes `DATA_DIR/shuangjiang.lock` (created with O_EXCL). The lock names the machine, the
 * process (PID and its start time) and the directory it was taken for, so a lock found in a directory is judged by
 * what it says:
 *
 * - same machine, same directory, holder alive → refused (DataDirLockedError names host, PID, command and start);
 * - same machine, same directory, holder gone (killed with -9, or a reused PID of another process) → taken over;
 * - taken for another directory (the directory was copied or restored here with its lock) → taken over;
 * - taken on another machine (the directory was copied from it) → taken over. The data directory must be on a local
 *   disk: PGlite on a directory shared between machines is not supported, so a foreign lock cannot be a live holder.
 *
 * Every takeover is reported (`onTakeover`, by default one line on standard error; the server logs it).
 */
export interface LockInfo {
  pid: number;
  host: string;
  startTime: string | null;
  command: string;
  since: string;
  /** The directory the lock was taken for (absolute, symlinks resolved). Absent in locks of older versions. */
  dataDir?: string;
}

export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED';
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `数据目录 ${dataDir} 正被本机（${holder.host}）的进程 ${holder.pid}（${holder.command}，启动于 ${holder.since}）占用，` +
        `同一目录不能同时由两个进程打开。请先停止该进程，或使用另一个 DATA_DIR。\n` +
        `Data directory ${dataDir} is in use by process ${holder.pid} on ${holder.host} (${holder.command}, started ` +
        `${holder.since}); two processes cannot open the embedded database at once. Stop that process or use another DATA_DIR.`,
    );
  }
}

/** Why a lock found in the directory was not a live holder. */
export type TakeoverReason = 'dead-process' | 'other-directory' | 'other-host' | 'unreadable';

export interface LockTakeover {
  reason: TakeoverReason;
  previous: LockInfo | null;
  message: string;
}

export interface DataDirLock {
  readonly file: string;
  /** The stale lock this process replaced, if any. */
  readonly takenOver: LockTakeover | null;
  release(): void;
}

export interface LockOptions {
  /** Told when a stale, copied or foreign lock is taken over (default: one line on standard error). */
  onTakeover?: (takeover: LockTakeover) => void;
}

export const lockFileName = 'shuangjiang.lock';

export function acquireDataDirLock(dataDir: string, command: string, opts: LockOptions = {}): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const dir = canonical(dataDir);
  const file = join(dataDir, lockFileName);
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    startTime: processStartTime(process.pid),
    command,
    since: new Date().toISOString(),
    dataDir: dir,
  };
  let takenOver: LockTakeover | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o644);
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      if (takenOver) (opts.onTakeover ?? printTakeover)(takenOver);
      let released = false;
      return {
        file,
        takenOver,
        release() {
          if (released) return;
          released = true;
          try {
            const current = readLock(file);
            if (current?.pid === process.pid && current.host === info.host) unlinkSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readLock(file);
      const reason = staleReason(holder, dir);
      if (reason === null) throw new DataDirLockedError(dataDir, holder!);
      takenOver = { reason, previous: holder, message: takeoverMessage(reason, holder, dataDir) };
      // Stale: take it over. Only one process wins the O_EXCL create that follows, so two processes racing for a
      // stale lock cannot both get it.
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

/** Null when the holder is a live process on this machine holding this directory; otherwise why it is stale. */
function staleReason(holder: LockInfo | null, dir: string): TakeoverReason | null {
  if (!holder) return 'unreadable';
  if (holder.host !== hostname()) return 'other-host';
  if (holder.dataDir !== undefined && holder.dataDir !== dir) return 'other-directory';
  return isAlive(holder) ? null : 'dead-process';
}

function takeoverMessage(reason: TakeoverReason, holder: LockInfo | null, dataDir: string): string {
  const who = holder ? `主机 ${holder.host} 上的进程 ${holder.pid}（${holder.command}，启动于 ${holder.since}）` : '';
  const whoEn = holder ? `process ${holder.pid} on ${holder.host} (${holder.command}, started ${holder.since})` : '';
  switch (reason) {
    case 'unreadable':
      return `数据目录 ${dataDir} 的锁文件不完整（进程写入时中断），已接管 / the lock file of ${dataDir} was unreadable (half-written); taken over`;
    case 'dead-process':
      return `数据目录 ${dataDir} 的锁属于${who}，该进程已结束，已接管 / the lock of ${dataDir} belonged to ${whoEn}, which has ended; taken over`;
    case 'other-directory':
      return (
        `数据目录 ${dataDir} 中的锁是为 ${holder!.dataDir} 所建（目录被复制或恢复到此处），已忽略并接管 / the lock in ` +
        `${dataDir} was taken for ${holder!.dataDir} by ${whoEn} (the directory was copied or restored here); taken over`
      );
    case 'other-host':
      return (
        `数据目录 ${dataDir} 中的锁来自另一台计算机：${who}（目录是从那台计算机复制来的），已忽略并接管 / the lock in ` +
        `${dataDir} came from another machine: ${whoEn} (the directory was copied from it); taken over`
      );
  }
}

function printTakeover(t: LockTakeover): void {
  process.stderr.write(`${t.message}\n`);
}

function canonical(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}

function isAlive(holder: LockInfo): boolean {
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
