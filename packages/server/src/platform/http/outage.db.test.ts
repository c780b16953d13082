/**
 * A database outage as clients and operators see it, against a real PostgreSQL behind a TCP proxy the test cuts and
 * restores (PGlite is in-process and cannot go away; this file runs on PostgreSQL in both database runs, so it needs
 * TEST_DATABASE_URL — set in CI and by `npm test`): 503 with Retry-After while the database is unreachable, one log line
 * when the outage starts and one when it ends, no bound parameter in the log, and service again once it is back.
 */

import { randomBytes } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession } from '../auth/testing.js';
import { openPostgres } from '../db/client.js';
import { createPostgresDatabase, type ScratchDatabase } from '../db/scratch.js';
import { buildApp } from './app.js';
import { loggerOptions } from './logging.js';
import { testConfig } from './testing.js';
import type { App } from './types.js';

/** A TCP proxy to PostgreSQL that can be cut (listener closed, every connection destroyed) and restored. */
function pgProxy(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const up = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  const down = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server?.close(() => resolve());
    });
  return { up, down, port: () => port };
}

describe('a database outage', () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let scratch: ScratchDatabase;
  let proxy: ReturnType<typeof pgProxy>;
  let app: App;
  let session: TestSession;
  const log: string[] = [];
  let closeDatabase = async () => {};

  beforeAll(async () => {
    if (!serverUrl) throw new Error('this test needs TEST_DATABASE_URL (PostgreSQL): npm test and .ci/run set it');
    const name = `sj_outage_${randomBytes(4).toString('hex')}`;
    scratch = await createPostgresDatabase(serverUrl, name, { max: 2 });
    proxy = pgProxy(new URL(serverUrl));
    await proxy.up();
    const viaProxy = new URL(serverUrl);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port());
    viaProxy.pathname = `/${name}`;
    const database = await openPostgres(viaProxy.toString(), { max: 2, onIdleError: () => {} });
    const config = testConfig({ SESSION_SECRET: 'x'.repeat(40), DATA_DIR: tmpdir(), LOG_LEVEL: 'info' });
    const stream = new Writable({
      write(chunk, _enc, done) {
        log.push(String(chunk));
        done();
      },
    });
    app = await buildApp({ config, database }, { logger: { ...loggerOptions(config, false), stream } });
    await app.ready();
    session = await sessionAs(app, database.db, await createTestUser(database.db, { role: 'admin' }));
    closeDatabase = () => database.close();
  });
  afterAll(async () => {
    await app?.close();
    await closeDatabase();
    await proxy?.down();
    await scratch?.cleanup();
  });

  it('answers 503 with Retry-After, logs the outage once and its end once, and serves again', async () => {
    const list = () => session.inject({ method: 'GET', url: '/api/v1/users' });
    expect((await list()).statusCode).toBe(200);

    await proxy.down();
    const during = await Promise.all(Array.from({ length: 8 }, list));
    for (const res of during) {
      expect(res.statusCode, res.body).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: expect.stringContaining('数据库') });
    }
    const outageLines = () => log.filter((l) => l.includes('database unreachable'));
    expect(outageLines()).toHaveLength(1);
    expect(log.filter((l) => /"level":50/.test(l) && !l.includes('database unreachable'))).toEqual([]);

    await proxy.up();
    for (let i = 0; i < 50 && !log.some((l) => l.includes('database reachable again')); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(log.filter((l) => l.includes('database reachable again'))).toHaveLength(1);
    expect((await list()).statusCode).toBe(200);
    // The session token's hash is a bound parameter of every authenticated request: never in the log.
    const token = /sj_session=([^;]+)/.exec(session.cookie)?.[1];
    expect(token).toBeTruthy();
    expect(log.join('\n')).not.toContain(token!);
    expect(log.join('\n')).not.toMatch(/params:/);
  }, 60_000);
});
