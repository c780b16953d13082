import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, type LockTakeover, lockFileName, readLock } from './lock.js';

const dirs: string[] = [];
function tempDir() {
  const d = mkdtempSync(join(tmpdir(), 'sj-lock-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A separate process that takes the lock and waits; resolves once the lock file names it. */
async function holdLockInChild(dir: string) {
  const lockModule = new URL('./lock.ts', import.meta.url).pathname;
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `import(${JSON.stringify(lockModule)}).then(m => { m.acquireDataDirLock(${JSON.stringify(dir)}, 'test holder'); console.log('held'); setInterval(() => {}, 1000); })`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (b: Buffer) => b.toString().includes('held') && resolve());
    child.once('exit', (code) => reject(new Error(`holder exited ${code}`)));
  });
  return child;
}

describe('data directory lock', () => {
  it('refuses a second holder and names the directory and the PID', async () => {
    const dir = tempDir();
    const child = await holdLockInChild(dir);
    try {
      let error: unknown;
      try {
        acquireDataDirLock(dir, 'second');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataDirLockedError);
      const msg = (error as Error).message;
      expect(msg).toContain(dir);
      expect(msg).toContain(String(child.pid));
      const holder = readLock(join(dir, lockFileName))!;
      expect(msg).toContain(hostname());
      expect(msg).toContain(holder.since);
      expect(msg).toContain('数据目录');
      expect(msg).toContain('Data directory');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('takes over a stale lock whose holder was killed with -9', async () => {
    const dir = tempDir();
    const child = await holdLockInChild(dir);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(readLock(join(dir, lockFileName))?.pid).toBe(child.pid);
    const lock = acquireDataDirLock(dir, 'successor');
    expect(readLock(lock.file)?.pid).toBe(process.pid);
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  it('takes over an unreadable (half-written) lock file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, lockFileName), '{"pid": 12');
    const lock = acquireDataDirLock(dir, 'after crash');
    expect(readLock(lock.file)?.pid).toBe(process.pid);
    lock.release();
  });

  it('is exclusive within one process too', () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir, 'first');
    expect(() => acquireDataDirLock(dir, 'second')).toThrow(DataDirLockedError);
    lock.release();
    acquireDataDirLock(dir, 'third').release();
  });

  it('records the machine, the process, the directory and the start time', () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir, 'recorder');
    const info = JSON.parse(readFileSync(lock.file, 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, host: hostname(), dataDir: realpathSync(dir), command: 'recorder' });
    expect(Date.parse(info.since)).toBeGreaterThan(Date.now() - 60_000);
    expect(lock.takenOver).toBeNull();
    lock.release();
  });

  it('ignores a lock copied into another directory, even while its holder lives, and says so', async () => {
    const original = tempDir();
    const copy = tempDir();
    const child = await holdLockInChild(original);
    try {
      // The directory copied (or restored) with its lock: the lock names the original directory and a live PID.
      copyFileSync(join(original, lockFileName), join(copy, lockFileName));
      const told: LockTakeover[] = [];
      const lock = acquireDataDirLock(copy, 'copy', { onTakeover: (t) => told.push(t) });
      expect(lock.takenOver?.reason).toBe('other-directory');
      expect(told).toHaveLength(1);
      expect(told[0]!.message).toContain(realpathSync(original));
      expect(told[0]!.previous?.pid).toBe(child.pid);
      expect(readLock(lock.file)).toMatchObject({ pid: process.pid, dataDir: realpathSync(copy) });
      lock.release();
      // The original is still held by the live process.
      expect(() => acquireDataDirLock(original, 'second', { onTakeover: () => {} })).toThrow(DataDirLockedError);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('takes over a lock from another machine with a dead PID, with a line saying where it came from', () => {
    const dir = tempDir();
    const foreign = {
      pid: 2 ** 22 + 17, // above Linux's pid_max: no such process here
      host: 'county-server-01',
      startTime: '12345',
      command: 'shuangjiang serve',
      since: '2026-11-30T01:00:00.000Z',
      dataDir: realpathSync(dir),
    };
    writeFileSync(join(dir, lockFileName), JSON.stringify(foreign));
    const told: string[] = [];
    const lock = acquireDataDirLock(dir, 'restored', { onTakeover: (t) => told.push(t.message) });
    expect(lock.takenOver?.reason).toBe('other-host');
    expect(told[0]).toContain('county-server-01');
    expect(told[0]).toContain(String(foreign.pid));
    expect(readLock(lock.file)?.host).toBe(hostname());
    lock.release();
  });

  it('refuses a live holder on this machine whose lock predates the directory field (older version)', async () => {
    const dir = tempDir();
    const child = await holdLockInChild(dir);
    try {
      const file = join(dir, lockFileName);
      const { dataDir: _omitted, ...old } = readLock(file)!;
      writeFileSync(file, JSON.stringify(old));
      expect(() => acquireDataDirLock(dir, 'second')).toThrow(String(child.pid));
    } finally {
      child.kill('SIGKILL');
    }
  });
});
