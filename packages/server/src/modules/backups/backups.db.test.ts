/**
 * The embedded database's own backups (modules/backups), on PGlite and PostgreSQL: the administrator sees the last
 * run and backs up now (audited), the daily schedule writes a file and keeps the newest BACKUP_KEEP, a failed run is
 * recorded with its reason and the job tried again; on PostgreSQL the server takes none and says it is the DBA's
 * pg_dump. Anyone but the administrator is refused.
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import type { Config } from '../../platform/config.js';
import { backupKindOf, restorePglite } from '../../platform/db/backup.js';
import { listBackupFiles } from '../../platform/db/backupFiles.js';
import { openPglite } from '../../platform/db/client.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildApp } from '../../platform/http/app.js';
import { testConfig } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { JobRegistry, runDueJobs } from '../../platform/jobs/index.js';
import { backupJobs } from './jobs.js';
import { backupStatus, runBackup } from './service.js';

const kind = testDbKind();
const scratch = mkdtempSync(join(tmpdir(), 'sj-backups-test-'));
const backupDir = join(scratch, 'backups');
let database: TestDatabase;
let config: Config;
let app: App;
let admin: TestSession;
let coordinator: TestSession;

beforeAll(async () => {
  database = await createTestDatabase();
  config = testConfig({
    SESSION_SECRET: 'b'.repeat(40),
    DATA_DIR: join(scratch, 'data'),
    BACKUP_DIR: backupDir,
    BACKUP_KEEP: '2',
    BACKUP_TIME: '03:30',
    LOG_LEVEL: 'silent',
  });
  app = await buildApp({ config, database }, { logger: false });
  await app.ready();
  admin = await sessionAs(app, database.db, await createTestUser(database.db, { role: 'admin' }));
  coordinator = await sessionAs(app, database.db, await createTestUser(database.db, { role: 'city_coordinator' }));
});
afterAll(async () => {
  await app?.close();
  await database?.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

const runCount = async () =>
  ((await database.db.execute(sql`select count(*)::int as n from backup_runs`)).rows[0] as { n: number }).n;

describe(`backups on ${kind}`, () => {
  it('only the administrator: a coordinator gets 403 and writes nothing, anonymous 401', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const res = await coordinator.inject({ method, url: '/api/v1/admin/backups' });
      expect(res.statusCode, method).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
      expect((await app.inject({ method, url: '/api/v1/admin/backups' })).statusCode).toBe(401);
    }
    expect(await runCount()).toBe(0);
    expect(listBackupFiles(backupDir)).toEqual([]);
  });

  it('before any backup the administrator sees none, and the mode', async () => {
    const res = await admin.inject({ method: 'GET', url: '/api/v1/admin/backups' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      database: kind,
      automatic: kind === 'pglite',
      directory: kind === 'pglite' ? backupDir : null,
      keep: 2,
      dailyAt: '03:30',
      lastRun: null,
      lastSuccess: null,
      runs: [],
      files: [],
    });
  });

  it('back up now: a file that restores, the run recorded and audited (PostgreSQL: refused, the DBA’s pg_dump)', async () => {
    const res = await admin.inject({ method: 'POST', url: '/api/v1/admin/backups' });
    if (kind === 'postgres') {
      expect(res.statusCode).toBe(422);
      expect(res.json().message).toContain('pg_dump');
      expect(await runCount()).toBe(0);
      return;
    }
    expect(res.statusCode).toBe(200);
    const run = res.json();
    expect(run).toMatchObject({ reason: 'manual', status: 'ok', error: null });
    expect(run.file).toMatch(/^shuangjiang-\d{8}T\d{6}Z-manual\.tar\.gz$/);
    expect(Date.parse(run.finishedAt)).toBeGreaterThanOrEqual(Date.parse(run.startedAt));
    const content = readFileSync(join(backupDir, run.file));
    expect(run.sizeBytes).toBe(content.length);
    expect(backupKindOf(content)).toBe('pglite');
    // It restores into a data directory holding this database (the administrator's account among its users).
    const restored = join(scratch, 'restored');
    await restorePglite(join(backupDir, run.file), restored);
    const copy = await openPglite(restored);
    try {
      const { rows } = await copy.db.execute(sql`select count(*)::int as n from users where role = 'admin'`);
      expect((rows[0] as { n: number }).n).toBe(1);
    } finally {
      await copy.close();
    }
    const audit = (
      await database.db.execute(sql`select entity_id, actor_user_id from audit_log where action = 'backup_run'`)
    ).rows as { entity_id: string; actor_user_id: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.entity_id).toBe(run.id);
    const status = (await admin.inject({ method: 'GET', url: '/api/v1/admin/backups' })).json();
    expect(status.lastRun).toEqual(run);
    expect(status.lastSuccess).toEqual(run);
    expect(status.files).toEqual([
      { name: run.file, reason: 'manual', at: expect.any(String), sizeBytes: run.sizeBytes },
    ]);
  });

  it('the daily schedule backs up at BACKUP_TIME and keeps the newest BACKUP_KEEP (PostgreSQL: does nothing)', {
    timeout: 60_000,
  }, async () => {
    const registry = new JobRegistry();
    backupJobs(registry, { database, config });
    expect(registry.schedules).toEqual([{ name: 'backups.daily', spec: { every: 'day', at: '03:30' } }]);
    const before = await runCount();
    const early = await runDueJobs(database.db, registry, { now: new Date('2026-12-01T03:29:00+08:00') });
    expect(early.jobs.map((j) => `${j.key} ${j.status}`)).toEqual(['schedule:backups.daily:2026-11-30 done']);
    for (const day of ['01', '02', '03']) {
      const r = await runDueJobs(database.db, registry, { now: new Date(`2026-12-${day}T03:30:00+08:00`) });
      expect(r.jobs.map((j) => `${j.key} ${j.status}`)).toEqual([`schedule:backups.daily:2026-12-${day} done`]);
    }
    if (kind === 'postgres') {
      expect(await runCount()).toBe(0);
      expect(listBackupFiles(backupDir)).toEqual([]);
      return;
    }
    expect(await runCount()).toBe(before + 4);
    const files = listBackupFiles(backupDir);
    expect(files).toHaveLength(2);
    const { runs } = await backupStatus(database, config);
    expect(runs.slice(0, 2).map((r) => r.file)).toEqual(files.map((f) => f.name));
    expect(runs.slice(0, 4).every((r) => r.reason === 'daily' && r.status === 'ok')).toBe(true);
  });

  it('a backup that cannot be written is recorded as failed with its reason; the job is tried again', async () => {
    const blocked = join(scratch, 'not-a-directory');
    writeFileSync(blocked, 'x');
    const broken = { ...config, backupDir: blocked };
    if (kind === 'postgres') {
      await expect(runBackup(database, broken, { reason: 'daily' })).rejects.toThrow('pg_dump');
      return;
    }
    const lastGood = (await backupStatus(database, config)).lastSuccess;
    const registry = new JobRegistry();
    backupJobs(registry, { database, config: broken });
    const r = await runDueJobs(database.db, registry, { now: new Date('2026-12-04T03:30:00+08:00') });
    expect(r.jobs[0]).toMatchObject({ key: 'schedule:backups.daily:2026-12-04', status: 'retry' });
    expect(r.jobs[0]!.error).toContain('备份失败');
    const status = (await admin.inject({ method: 'GET', url: '/api/v1/admin/backups' })).json();
    expect(status.lastRun).toMatchObject({ reason: 'daily', status: 'failed', file: null, sizeBytes: null });
    expect(status.lastRun.error).toContain('备份失败');
    expect(status.lastSuccess).toEqual(lastGood);
  });

  it('a run its process did not finish (killed mid-backup) is shown as interrupted, not running for ever', async () => {
    if (kind === 'postgres') return; // no runs on PostgreSQL
    // What a process killed during its dump leaves behind: a row still running.
    await database.db.execute(
      sql`insert into backup_runs (reason, status, started_at) values ('daily', 'running', now() + interval '1 hour')`,
    );
    const status = (await admin.inject({ method: 'GET', url: '/api/v1/admin/backups' })).json();
    expect(status.lastRun).toMatchObject({ reason: 'daily', status: 'failed', file: null });
    expect(status.lastRun.error).toContain('备份中断');
    expect(status.lastRun.finishedAt).not.toBeNull();
  });
});
