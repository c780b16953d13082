/**
 * Load shedding on the real databases: with requests waiting for the database beyond LOAD_SHED_DB_QUEUE, or the event
 * loop lagging beyond LOAD_SHED_EVENT_LOOP_DELAY_MS, a request is refused at once with 503, Retry-After and the error
 * body, while /healthz still answers; the requests already waiting complete once the database is free.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession } from '../auth/testing.js';
import { createTestDatabase, type TestDatabase } from '../db/testing.js';
import { SHED_RETRY_AFTER_SECONDS } from './loadShedding.js';
import { buildTestApp } from './testing.js';
import type { App } from './types.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

describe('load shedding', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  describe('when requests queue for the database', () => {
    let app: App;
    let session: TestSession;
    beforeAll(async () => {
      app = await buildTestApp(database, { LOAD_SHED_DB_QUEUE: '3', LOAD_SHED_EVENT_LOOP_DELAY_MS: '0' });
      session = await sessionAs(app, database.db, await createTestUser(database.db, { role: 'admin' }));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('refuses new requests at once with 503 + Retry-After, keeps /healthz, and serves the waiting ones', async () => {
      // Occupy every connection (PostgreSQL: the test pool's 5; PGlite: its one), so requests queue behind them.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const connections = database.kind === 'pglite' ? 1 : 5;
      let holding = 0;
      const holders = Array.from({ length: connections }, () =>
        database.db.transaction(async () => {
          holding++;
          await held;
        }),
      );
      await until(() => holding === connections, 'every connection held');
      expect(database.load().waiting).toBe(0);
      const me = () => session.inject({ method: 'GET', url: '/api/v1/auth/me' });
      const waiting = [me(), me(), me(), me()];
      await until(() => database.load().waiting > 3, 'more than 3 waiting for the database');

      const started = Date.now();
      const refused = await me();
      expect(Date.now() - started).toBeLessThan(500);
      expect(refused.statusCode, refused.body).toBe(503);
      expect(refused.headers['retry-after']).toBe(String(SHED_RETRY_AFTER_SECONDS));
      expect(refused.json()).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        message: '服务器繁忙，请稍后重试',
        details: { reason: 'databaseQueue' },
        requestId: expect.any(String),
      });
      const health = await app.inject({ method: 'GET', url: '/healthz' });
      expect(health.statusCode).toBe(200);

      release();
      await Promise.all(holders);
      for (const res of await Promise.all(waiting)) expect(res.statusCode, res.body).toBe(200);
      expect((await me()).statusCode).toBe(200);
    });
  });

  describe('when the oldest request has waited too long for the database', () => {
    let app: App;
    let session: TestSession;
    beforeAll(async () => {
      app = await buildTestApp(database, {
        LOAD_SHED_DB_QUEUE: '0',
        LOAD_SHED_DB_WAIT_MS: '300',
        LOAD_SHED_EVENT_LOOP_DELAY_MS: '0',
      });
      session = await sessionAs(app, database.db, await createTestUser(database.db, { role: 'admin' }));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('refuses new requests with 503 + Retry-After, and serves the waiting one', async () => {
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const connections = database.kind === 'pglite' ? 1 : 5;
      let holding = 0;
      const holders = Array.from({ length: connections }, () =>
        database.db.transaction(async () => {
          holding++;
          await held;
        }),
      );
      await until(() => holding === connections, 'every connection held');
      expect(database.load().oldestWaitMs).toBeLessThan(300);
      const me = () => session.inject({ method: 'GET', url: '/api/v1/auth/me' });
      const first = me();
      await until(() => database.load().waiting === 1, 'one request waiting');
      await sleep(400);
      // PostgreSQL: waiting for a pooled connection; PGlite: for its worker.
      expect(database.load().oldestWaitMs).toBeGreaterThan(300);
      const refused = await me();
      expect(refused.statusCode, refused.body).toBe(503);
      expect(refused.headers['retry-after']).toBe(String(SHED_RETRY_AFTER_SECONDS));
      expect(refused.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { reason: 'databaseWait' } });
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

      release();
      await Promise.all(holders);
      expect((await first).statusCode).toBe(200);
      expect(database.load().oldestWaitMs).toBe(0);
      expect((await me()).statusCode).toBe(200);
    });
  });

  describe('when a burst of requests is already in progress', () => {
    let app: App;
    let session: TestSession;
    beforeAll(async () => {
      app = await buildTestApp(database, {
        LOAD_SHED_IN_FLIGHT: '3',
        LOAD_SHED_DB_QUEUE: '0',
        LOAD_SHED_DB_WAIT_MS: '0',
        LOAD_SHED_EVENT_LOOP_DELAY_MS: '0',
      });
      session = await sessionAs(app, database.db, await createTestUser(database.db, { role: 'admin' }));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('refuses API requests beyond LOAD_SHED_IN_FLIGHT, and counts them down as they are answered', async () => {
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const connections = database.kind === 'pglite' ? 1 : 5;
      let holding = 0;
      const holders = Array.from({ length: connections }, () =>
        database.db.transaction(async () => {
          holding++;
          await held;
        }),
      );
      await until(() => holding === connections, 'every connection held');
      const me = () => session.inject({ method: 'GET', url: '/api/v1/auth/me' });
      // Four at once, before any of them reaches the database: one is refused (which one is inject's order).
      const answered: Awaited<ReturnType<typeof me>>[] = [];
      const four = Array.from({ length: 4 }, async () => {
        const r = await me();
        answered.push(r);
        return r;
      });
      await until(() => answered.length === 1, 'the refusal');
      expect(answered[0]!.statusCode, answered[0]!.body).toBe(503);
      expect(answered[0]!.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { reason: 'inFlight' } });
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

      release();
      await Promise.all(holders);
      const statuses = (await Promise.all(four)).map((r) => r.statusCode).sort();
      expect(statuses).toEqual([200, 200, 200, 503]);
      // Answered, so no longer counted: three more fit again.
      for (const res of await Promise.all([me(), me(), me()])) expect(res.statusCode, res.body).toBe(200);
    });
  });

  describe('when the event loop lags', () => {
    let app: App;
    beforeAll(async () => {
      app = await buildTestApp(database, { LOAD_SHED_EVENT_LOOP_DELAY_MS: '100', LOAD_SHED_DB_QUEUE: '0' });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('refuses API requests with 503 while /healthz answers, and serves again once it recovers', async () => {
      const csrf = () => app.inject({ method: 'GET', url: '/api/v1/auth/csrf' });
      // Served (a loaded CI machine may lag past the threshold by itself for a moment: wait for that to pass).
      const served = async () => {
        for (let i = 0; i < 40; i++) {
          if ((await csrf()).statusCode === 200) return true;
          await sleep(250);
        }
        return false;
      };
      expect(await served()).toBe(true);
      // Block the event loop 400 ms at a time for 2 s: the sampled mean delay (every 500 ms) goes far above 100 ms.
      for (let i = 0; i < 5; i++) {
        const until = Date.now() + 400;
        while (Date.now() < until) {}
        await new Promise((r) => setImmediate(r));
      }
      const refused = await csrf();
      expect(refused.statusCode, refused.body).toBe(503);
      expect(refused.headers['retry-after']).toBe(String(SHED_RETRY_AFTER_SECONDS));
      expect(refused.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { reason: 'eventLoopDelay' } });
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

      expect(await served()).toBe(true);
    });
  });
});
