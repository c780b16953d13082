/**
 * What /metrics says of backups (metrics.ts): on the embedded database the last success's time and whether the newest
 * finished run failed, from backup_runs; on PostgreSQL nothing (the backups are the DBA's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { finishRun, insertRun } from './repository.js';

function sample(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe(`backup metrics on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let app: App;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.cleanup();
  });

  const scrape = async () => {
    const res = await app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode, res.body).toBe(200);
    return res.body;
  };
  const run = async (status: 'ok' | 'failed', finishedAt: Date) => {
    const started = await insertRun(database.db, {
      reason: 'daily',
      startedAt: new Date(finishedAt.getTime() - 5000),
      requestedBy: null,
    });
    await finishRun(database.db, started.id, { status, finishedAt, ...(status === 'failed' ? { error: 'x' } : {}) });
  };

  it('reports the last successful backup and whether the newest run failed', async () => {
    const ok = new Date('2026-12-06T19:30:05Z');
    const failed = new Date('2026-12-07T19:30:05Z');
    if (database.kind !== 'pglite') {
      await run('ok', ok);
      const text = await scrape();
      expect(text).not.toContain('shuangjiang_backup_');
      return;
    }
    // Never backed up: 0, so "older than a day" alerts.
    let text = await scrape();
    expect(sample(text, 'shuangjiang_backup_last_success_timestamp_seconds')).toBe(0);

    await run('ok', ok);
    text = await scrape();
    expect(sample(text, 'shuangjiang_backup_last_success_timestamp_seconds')).toBe(ok.getTime() / 1000);
    expect(sample(text, 'shuangjiang_backup_last_run_failed')).toBe(0);

    await run('failed', failed);
    text = await scrape();
    expect(sample(text, 'shuangjiang_backup_last_success_timestamp_seconds')).toBe(ok.getTime() / 1000);
    expect(sample(text, 'shuangjiang_backup_last_run_failed')).toBe(1);
  });
});
