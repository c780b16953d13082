import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real command as a user runs it: `shuangjiang serve` in its own process, on a fresh data directory.
const entry = new URL('./index.ts', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'sj-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string>): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    env: { ...process.env, DATA_DIR: dir, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => {
    out += b.toString();
  });
  child.stderr?.on('data', (b: Buffer) => {
    out += b.toString();
  });
  return Object.assign(child, { output: () => out });
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

describe('shuangjiang serve', () => {
  it('starts on PGlite, refuses a second process and a writing command on the same DATA_DIR, and drains on SIGTERM', {
    timeout: 180_000,
  }, async () => {
    const server = cli(['serve'], {});
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /is running: (http:\/\/\S+)/.exec(server.output());
        if (m) {
          clearInterval(timer);
          resolve(m[1]!.replace('localhost', '127.0.0.1'));
        }
      }, 100);
      server.once('exit', (code) => reject(new Error(`serve exited ${code}: ${server.output()}`)));
    });
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok', db: 'pglite' });
    // A real installation's first start: the administrator's one-time password, to be changed at first sign-in.
    expect(server.output()).toMatch(/first sign-in\): admin {2}[A-Za-z0-9]{14}\n/);

    const second = cli(['serve'], {});
    expect(await exitOf(second)).toBe(1);
    expect(second.output()).toContain(dir);
    expect(second.output()).toContain(String(server.pid));
    expect(second.output()).toContain('数据目录');

    const migrate = cli(['migrate'], {});
    expect(await exitOf(migrate)).toBe(1);
    expect(migrate.output()).toContain(String(server.pid));

    server.kill('SIGTERM');
    expect(await exitOf(server)).toBe(0);
    expect(existsSync(join(dir, 'shuangjiang.lock'))).toBe(false);
  });

  it('logs readable lines with LOG_FORMAT=pretty (the default on a terminal) and JSON lines with LOG_FORMAT=json', {
    timeout: 180_000,
  }, async () => {
    const firstLogLine = async (format: string) => {
      const server = cli(['serve'], { LOG_LEVEL: 'info', LOG_FORMAT: format });
      await new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (/is running: http/.test(server.output()) && /Server listening/.test(server.output())) {
            clearInterval(timer);
            resolve();
          }
        }, 100);
        server.once('exit', (code) => reject(new Error(`serve exited ${code}: ${server.output()}`)));
      });
      server.kill('SIGTERM');
      expect(await exitOf(server)).toBe(0);
      return server
        .output()
        .split('\n')
        .find((l) => l.includes('Server listening'))!;
    };
    const pretty = await firstLogLine('pretty');
    expect(pretty).toMatch(/^\[\d\d:\d\d:\d\d(\.\d+)?\] .*INFO.*Server listening/);
    const json = await firstLogLine('json');
    expect(JSON.parse(json)).toMatchObject({ level: 30, msg: expect.stringContaining('Server listening') });
  });

  it('with demo accounts it listens on this computer only unless HOST is set; a start without --demo warns', {
    timeout: 300_000,
  }, async () => {
    const demoDir = mkdtempSync(join(tmpdir(), 'sj-serve-demo-'));
    try {
      const seed = cli(['seed', '--demo'], { DATA_DIR: demoDir });
      expect(await exitOf(seed), seed.output()).toBe(0);
      const server = cli(['serve'], { DATA_DIR: demoDir, HOST: '', LOG_FORMAT: 'json' });
      await new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (/is running: http/.test(server.output())) {
            clearInterval(timer);
            resolve();
          }
        }, 100);
        server.once('exit', (code) => reject(new Error(`serve exited ${code}: ${server.output()}`)));
      });
      server.kill('SIGTERM');
      expect(await exitOf(server)).toBe(0);
      expect(server.output()).toMatch(/is running: http:\/\/127\.0\.0\.1:\d+/);
      const warning = server
        .output()
        .split('\n')
        .find((l) => l.includes('demo accounts with published passwords exist'));
      expect(JSON.parse(warning!)).toMatchObject({ level: 40, demoAccounts: expect.arrayContaining(['admin']) });
      expect(server.output()).not.toContain('first start: administrator created');
    } finally {
      rmSync(demoDir, { recursive: true, force: true });
    }
  });

  it('stops with a message naming the variable when a setting is invalid', async () => {
    const bad = cli(['serve'], { PORT: 'eighty' });
    expect(await exitOf(bad)).toBe(1);
    expect(bad.output()).toContain('PORT');
    expect(bad.output()).toContain('环境变量配置错误');
  });

  it('requires SESSION_SECRET with DATABASE_URL', async () => {
    const bad = cli(['serve'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test', SESSION_SECRET: '' });
    expect(await exitOf(bad)).toBe(1);
    expect(bad.output()).toContain('SESSION_SECRET');
  });
});
