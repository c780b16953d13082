import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, lockFileName, readLock } from './lock.js';

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
});
