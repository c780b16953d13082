/**
 * A sending process killed mid-send (SIGKILL, a real child process): the SMS provider (a local recorder) has the
 * request, the process never records the answer. After a restart, once the claims' lease has expired, that delivery
 * is marked uncertain and not sent again; every message went out at most once, and each is sent or uncertain; a
 * coordinator's resend sends the uncertain one once more, under its own key.
 * PGlite: a file-backed data directory (the dead child's lock is taken over); PostgreSQL: a database of this test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/audit.js';
import { createTestUser } from '../../platform/auth/testing.js';
import { type Database, openPglite } from '../../platform/db/client.js';
import { acquireDataDirLock } from '../../platform/db/lock.js';
import { runMigrations } from '../../platform/db/migrate.js';
import { createPostgresDatabase, type ScratchDatabase } from '../../platform/db/scratch.js';
import { testDbKind } from '../../platform/db/testing.js';
import { JobRegistry, runDueJobs } from '../../platform/jobs/index.js';
import { users } from '../users/schema.js';
import { registerDeliveryJob } from './delivery.js';
import { notify } from './notify.js';
import { notificationDeliveries } from './schema.js';
import { resendDelivery } from './service.js';
import { ALIYUN_OK, crashTestChannels, type Recorder, startRecorder } from './testing.js';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const childEntry = fileURLToPath(new URL('./testing.ts', import.meta.url));
const kind = testDbKind();
const dir = mkdtempSync(join(tmpdir(), 'sj-notify-crash-'));
const t0 = new Date('2026-12-07T00:00:00Z');
const after = (sec: number) => new Date(t0.getTime() + sec * 1000);

let pgDatabase: ScratchDatabase | null = null;
let pgUrl = '';
let recorder: Recorder;

async function open(): Promise<{ database: Database; close(): Promise<void> }> {
  if (pgDatabase) return { database: pgDatabase, close: async () => {} };
  const lock = acquireDataDirLock(dir, 'delivery.crash.db.test');
  const database = await openPglite(dir);
  return {
    database,
    close: async () => {
      await database.close();
      lock.release();
    },
  };
}

beforeAll(async () => {
  recorder = await startRecorder((r) => (recorder.requests.indexOf(r) === 0 ? { hang: true } : ALIYUN_OK));
  if (kind === 'postgres') {
    const name = `sj_notify_crash_${process.pid}_${randomBytes(3).toString('hex')}`;
    pgDatabase = await createPostgresDatabase(process.env.TEST_DATABASE_URL!, name, { max: 3 });
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    pgUrl = url.toString();
  }
  const { database, close } = await open();
  await runMigrations(database);
  const clerk = await createTestUser(database.db, { role: 'agency_clerk' });
  await database.db.update(users).set({ phone: '13800003333' }).where(eq(users.id, clerk.id));
  for (let i = 1; i <= 3; i++) {
    await database.db.transaction((tx) =>
      notify(tx, { recipients: [clerk.id], kind: 'general', title: `消息${i}`, body: '', channels: ['sms'], at: t0 }),
    );
  }
  await close();
}, 300_000);

afterAll(async () => {
  await recorder?.close();
  await pgDatabase?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

function startChild(): ChildProcess {
  const tsconfig = join(dir, 'tsconfig.child.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        baseUrl: root,
        paths: { '@shuangjiang/domain': ['packages/domain/src/index.ts'] },
      },
    }),
  );
  const target = kind === 'postgres' ? pgUrl : dir;
  return spawn(process.execPath, ['--import', 'tsx', childEntry, target, after(1).toISOString(), recorder.url], {
    cwd: root,
    env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const outIds = () => recorder.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('OutId'));

describe(`a sending process killed mid-send on ${kind}`, () => {
  it('each message once, or marked uncertain; never resent by itself', async () => {
    const child = startChild();
    let err = '';
    child.stderr?.on('data', (b: Buffer) => {
      err += b.toString();
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    await Promise.race([
      recorder.waitFor(1, 90_000),
      exited.then(() => {
        throw new Error(`child exited before sending: ${err}`);
      }),
    ]);
    child.kill('SIGKILL');
    await exited;
    expect(recorder.requests).toHaveLength(1);
    const first = outIds()[0]!;

    const { database, close } = await open();
    try {
      const registry = new JobRegistry();
      registerDeliveryJob(registry, () => ({ channels: crashTestChannels(recorder.url) }));
      const statuses = async () =>
        Object.fromEntries(
          (await database.db.select().from(notificationDeliveries)).map((d) => [d.idempotencyKey, d.status]),
        );
      // The child's transactions died with it: nothing recorded; its claims (a batch of jobs) hold until the lease.
      expect(Object.values(await statuses())).toEqual(['queued', 'queued', 'queued']);
      await runDueJobs(database.db, registry, { now: after(200) });
      expect(recorder.requests).toHaveLength(1);
      // After the lease (300 s) every job the dead worker held comes back: the interrupted send is uncertain, and so
      // is any delivery it had claimed in the same batch (the runner cannot tell which it reached); a delivery it had
      // not claimed is sent once. PostgreSQL may need a moment to end the dead child's session and its row locks.
      for (let i = 0; i < 40 && Object.values(await statuses()).includes('queued'); i++) {
        await runDueJobs(database.db, registry, { now: after(400) });
        if (Object.values(await statuses()).includes('queued')) await new Promise((r) => setTimeout(r, 250));
      }
      const s = await statuses();
      expect(s[first]).toBe('uncertain');
      const sends = (key: string) => outIds().filter((k) => k === key).length;
      for (const [key, status] of Object.entries(s)) {
        expect(['sent', 'uncertain']).toContain(status);
        expect(sends(key)).toBeLessThanOrEqual(1);
        if (status === 'sent') expect(sends(key)).toBe(1);
      }
      const before = recorder.requests.length;
      await runDueJobs(database.db, registry, { now: after(100_000) });
      expect(recorder.requests).toHaveLength(before);

      // The coordinator resends it: once more, under its own key.
      const [row] = await database.db
        .select()
        .from(notificationDeliveries)
        .where(eq(notificationDeliveries.idempotencyKey, first));
      await resendDelivery(database.db, systemActor('测试协调员'), row!.id, after(100_001));
      await expect(
        resendDelivery(database.db, systemActor('测试协调员'), row!.id, after(100_002)),
      ).rejects.toMatchObject({
        code: 'DUPLICATE',
      });
      await runDueJobs(database.db, registry, { now: after(100_010) });
      expect(outIds().at(-1)).toBe(`${first}#resend`);
      expect(outIds().filter((k) => k === `${first}#resend`)).toHaveLength(1);
      expect((await statuses())[`${first}#resend`]).toBe('sent');
    } finally {
      await close();
    }
  }, 180_000);
});
