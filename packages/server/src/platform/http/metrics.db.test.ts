/**
 * GET /metrics on the real databases: Prometheus text with requests by route and status, the latency histogram, the
 * database's queue (and pool, on PostgreSQL), the job queue and Node's process metrics; readable from this computer
 * directly, from elsewhere only with the METRICS_TOKEN bearer token, never through a proxy without it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/testing.js';
import { jobs } from '../jobs/schema.js';
import { buildTestApp } from './testing.js';
import type { App } from './types.js';

const TOKEN = 'metrics-token-0123456789abcdef';

/** The value of one series line, e.g. `name{a="b"}`; undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  let database: TestDatabase;
  let app: App;
  let withToken: App;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp(database);
    withToken = await buildTestApp(database, { METRICS_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await app?.close();
    await withToken?.close();
    await database?.cleanup();
  });

  const metrics = (target: App, opts: { remoteAddress?: string; headers?: Record<string, string> } = {}) =>
    target.inject({ method: 'GET', url: '/metrics', ...opts });

  it('reports requests by route and status, latency, the database and the job queue', async () => {
    for (let i = 0; i < 3; i++) await app.inject({ method: 'GET', url: '/api/v1/auth/csrf' });
    await app.inject({ method: 'GET', url: '/api/v1/auth/me' }); // 401
    await app.inject({ method: 'GET', url: `/api/v1/no-such-route/${crypto.randomUUID()}` }); // 404
    const past = new Date(Date.now() - 60_000);
    const future = new Date(Date.now() + 3_600_000);
    await database.db.insert(jobs).values([
      { name: 'metrics.test', key: `metrics-test-${crypto.randomUUID()}`, payload: {}, runAt: past },
      { name: 'metrics.test', key: `metrics-test-${crypto.randomUUID()}`, payload: {}, runAt: future },
    ]);

    const res = await metrics(app);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.body;
    const requests = (route: string, status: number) =>
      sample(text, `shuangjiang_http_requests_total{route="${route}",method="GET",status="${status}"}`);
    expect(requests('/api/v1/auth/csrf', 200)).toBe(3);
    expect(requests('/api/v1/auth/me', 401)).toBe(1);
    // An unknown path is one series, not one per URL.
    expect(requests('unmatched', 404)).toBe(1);
    expect(text).not.toContain('no-such-route');
    expect(
      sample(text, 'shuangjiang_http_request_duration_seconds_count{route="/api/v1/auth/csrf",method="GET"}'),
    ).toBe(3);
    expect(
      sample(text, 'shuangjiang_http_request_duration_seconds_bucket{le="10",route="/api/v1/auth/csrf",method="GET"}'),
    ).toBe(3);

    expect(sample(text, 'shuangjiang_db_waiting_requests')).toBe(0);
    if (database.kind === 'postgres')
      expect(sample(text, 'shuangjiang_db_pool_connections{state="open"}')).toBeGreaterThan(0);
    else expect(text).not.toContain('shuangjiang_db_pool_connections');
    expect(sample(text, 'shuangjiang_db_up')).toBe(1);
    expect(sample(text, 'shuangjiang_jobs{state="queued"}')).toBe(2);
    expect(sample(text, 'shuangjiang_jobs{state="due"}')).toBe(1);
    expect(sample(text, 'shuangjiang_jobs{state="running"}')).toBe(0);
    // Node's own, once per process.
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text.match(/^# TYPE process_cpu_user_seconds_total /gm)).toHaveLength(1);
  });

  it('answers this computer directly, and refuses other addresses and proxied requests without the token', async () => {
    expect((await metrics(app, { remoteAddress: '127.0.0.1' })).statusCode).toBe(200);
    expect((await metrics(app, { remoteAddress: '::1' })).statusCode).toBe(200);

    const remote = await metrics(app, { remoteAddress: '10.0.0.5' });
    expect(remote.statusCode).toBe(403);
    expect(remote.json()).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('METRICS_TOKEN') });
    expect(remote.body).not.toContain('shuangjiang_');
    // A reverse proxy on this computer connects from 127.0.0.1 on behalf of anyone.
    const proxied = await metrics(app, { remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(proxied.statusCode).toBe(403);
    // Without METRICS_TOKEN set, no bearer token opens it.
    expect((await metrics(app, { remoteAddress: '10.0.0.5', headers: { authorization: 'Bearer ' } })).statusCode).toBe(
      403,
    );
  });

  it('answers any address with the METRICS_TOKEN bearer token, and no other token', async () => {
    const ok = await metrics(withToken, { remoteAddress: '10.0.0.5', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.body).toContain('shuangjiang_http_requests_total');
    const viaProxy = await metrics(withToken, {
      remoteAddress: '127.0.0.1',
      headers: { authorization: `Bearer ${TOKEN}`, 'x-forwarded-for': '203.0.113.9' },
    });
    expect(viaProxy.statusCode).toBe(200);
    for (const authorization of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, TOKEN, 'Bearer '])
      expect(
        (await metrics(withToken, { remoteAddress: '10.0.0.5', headers: { authorization } })).statusCode,
        authorization,
      ).toBe(403);
    expect((await metrics(withToken, { remoteAddress: '10.0.0.5' })).statusCode).toBe(403);
  });
});
