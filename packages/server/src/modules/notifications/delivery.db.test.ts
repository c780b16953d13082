/**
 * notify → outbox → the jobs runner → the channels, on a real database, with the real SDKs and webhooks pointed at
 * local recording servers: in-app rows exactly once, one outbox row and one job per channel × recipient, a rolled-back
 * cause leaves nothing, retries with backoff, fallback to the next channel the user has, and two workers on one
 * database sending each message once.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, type TestUser } from '../../platform/auth/testing.js';
import { type Database, openPostgres } from '../../platform/db/client.js';
import {
  createPostgresDatabase,
  createTestDatabase,
  type TestDatabase,
  testDbKind,
} from '../../platform/db/testing.js';
import { JobRegistry, runDueJobs } from '../../platform/jobs/index.js';
import { users } from '../users/schema.js';
import { buildChannels } from './channels/index.js';
import { loadNotifyConfig } from './config.js';
import { registerDeliveryJob } from './delivery.js';
import { notify } from './notify.js';
import { notificationDeliveries, notificationMessages, notifications } from './schema.js';
import { ALIYUN_OK, type Recorder, ROBOT_OK, startRecorder } from './testing.js';

const kind = testDbKind();
let database: TestDatabase;
let pgUrl = '';
let sms: Recorder;
let wecom: Recorder;
let clerk: TestUser;
let other: TestUser;
let registry: JobRegistry;
const t0 = new Date('2026-12-07T00:00:00Z');
const at = (sec: number) => new Date(t0.getTime() + sec * 1000);

function channelsEnv(): NodeJS.ProcessEnv {
  return {
    NOTIFY_CHANNELS: 'sms,wecom',
    NOTIFY_SMS_PROVIDER: 'aliyun',
    ALIYUN_SMS_ACCESS_KEY_ID: 'ak',
    ALIYUN_SMS_ACCESS_KEY_SECRET: 'sk',
    ALIYUN_SMS_SIGN_NAME: '示例市司法局',
    ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1',
    ALIYUN_SMS_ENDPOINT: sms.url,
    WECOM_WEBHOOK_URL: `${wecom.url}/send?key=k`,
    NOTIFY_SEND_TIMEOUT_MS: '2000',
  };
}

beforeAll(async () => {
  if (kind === 'postgres') {
    const name = `sj_notify_${process.pid}_${randomBytes(3).toString('hex')}`;
    database = await createPostgresDatabase(process.env.TEST_DATABASE_URL!, name, { max: 4 });
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    pgUrl = url.toString();
  } else {
    database = await createTestDatabase();
  }
  sms = await startRecorder(ALIYUN_OK);
  wecom = await startRecorder(ROBOT_OK);
  clerk = await createTestUser(database.db, { role: 'agency_clerk' });
  other = await createTestUser(database.db, { role: 'agency_clerk' });
  await database.db
    .update(users)
    .set({ phone: '13800001111', wecomUserId: 'clerk-wecom' })
    .where(eq(users.id, clerk.id));
  await database.db.update(users).set({ phone: '13800002222' }).where(eq(users.id, other.id));
  const config = loadNotifyConfig(channelsEnv());
  registry = new JobRegistry();
  registerDeliveryJob(registry, () => ({ channels: buildChannels(config, { info() {} }) }));
});
afterAll(async () => {
  await sms?.close();
  await wecom?.close();
  await database?.cleanup();
});

const deliveriesOf = (messageId: string) =>
  database.db
    .select()
    .from(notificationDeliveries)
    .where(eq(notificationDeliveries.messageId, messageId))
    .orderBy(notificationDeliveries.createdAt, notificationDeliveries.channel);

const smsRequestsFor = (messageId: string) =>
  sms.requests.filter((r) => new URL(r.url, 'http://x').searchParams.get('OutId')?.startsWith(messageId));

describe(`notifications on ${kind}`, () => {
  it('notify: in-app rows once per recipient, outbox rows per channel × recipient, a repeated cause does nothing', async () => {
    const input = {
      recipients: [clerk.id, other.id, clerk.id],
      kind: 'general' as const,
      title: '测试通知',
      body: '正文',
      link: '/cases/00000000-0000-4000-8000-000000000001',
      channels: ['sms' as const],
      dedupeKey: `test:${randomBytes(4).toString('hex')}`,
      at: at(0),
    };
    const first = await database.db.transaction((tx) => notify(tx, input));
    expect(first).toMatchObject({ inApp: 2, queued: 2 });
    const again = await database.db.transaction((tx) => notify(tx, input));
    expect(again).toEqual({ messageId: null, inApp: 0, queued: 0 });
    const inApp = await database.db.select().from(notifications).where(eq(notifications.messageId, first.messageId!));
    expect(inApp.map((r) => r.userId).sort()).toEqual([clerk.id, other.id].sort());
    const jobs = await database.db.execute(
      sql`select count(*)::int as n from jobs where name = 'notifications.deliver' and key like ${`deliver:${first.messageId}%`}`,
    );
    expect((jobs as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(2);

    const run = await runDueJobs(database.db, registry, { now: at(1) });
    expect(run.failed).toBe(0);
    const rows = await deliveriesOf(first.messageId!);
    expect(rows.map((r) => [r.status, r.attempts, r.addressMasked])).toEqual([
      ['sent', 1, expect.stringMatching(/^138\*+\d{4}$/)],
      ['sent', 1, expect.stringMatching(/^138\*+\d{4}$/)],
    ]);
    expect(smsRequestsFor(first.messageId!)).toHaveLength(2);
    await runDueJobs(database.db, registry, { now: at(600) });
    expect(smsRequestsFor(first.messageId!)).toHaveLength(2);
  });

  it('a rolled-back cause leaves no message, no in-app row, no outbox row and no job', async () => {
    const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(notificationMessages);
    await expect(
      database.db.transaction(async (tx) => {
        await notify(tx, { recipients: [clerk.id], kind: 'general', title: '回滚', body: '', channels: ['sms'] });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const after = await database.db.select({ n: sql<number>`count(*)::int` }).from(notificationMessages);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('bad input is refused with the field named in Chinese', async () => {
    await expect(
      database.db.transaction((tx) =>
        notify(tx, { recipients: [clerk.id], kind: 'general', title: ' ', body: '', link: 'https://evil.example' }),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: expect.arrayContaining([expect.objectContaining({ field: 'title' })]),
    });
  });

  it('a provider that is down is retried with backoff, never twice at once, and then sent', async () => {
    sms.answer = { status: 503, json: { Code: 'ServiceUnavailable' } };
    const { messageId } = await database.db.transaction((tx) =>
      notify(tx, { recipients: [other.id], kind: 'general', title: '重试', body: '', channels: ['sms'], at: at(1000) }),
    );
    await runDueJobs(database.db, registry, { now: at(1001) });
    let [row] = await deliveriesOf(messageId!);
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row!.nextAttemptAt.getTime()).toBe(at(1001).getTime() + 60_000);
    expect(row!.lastError).toMatch(/503/);
    sms.answer = ALIYUN_OK;
    await runDueJobs(database.db, registry, { now: at(1030) }); // before the backoff: nothing
    expect(smsRequestsFor(messageId!)).toHaveLength(1);
    await runDueJobs(database.db, registry, { now: at(1062) });
    [row] = await deliveriesOf(messageId!);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(smsRequestsFor(messageId!)).toHaveLength(2);
  });

  it('a channel that refuses for good falls back to the next the user has (SMS → WeCom)', async () => {
    sms.answer = { json: { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '号码无效' } };
    const { messageId } = await database.db.transaction((tx) =>
      notify(tx, {
        recipients: [clerk.id, other.id],
        kind: 'general',
        title: '换渠道',
        body: 'b',
        channels: ['sms'],
        at: at(2000),
      }),
    );
    await runDueJobs(database.db, registry, { now: at(2001) });
    const rows = await deliveriesOf(messageId!);
    const clerkRows = rows.filter((r) => r.userId === clerk.id);
    expect(clerkRows.map((r) => [r.channel, r.status])).toEqual([
      ['sms', 'failed'],
      ['wecom', 'sent'],
    ]);
    expect(clerkRows[1]!.previousId).toBe(clerkRows[0]!.id);
    // The other clerk has no WeCom id: nothing to fall back to.
    expect(rows.filter((r) => r.userId === other.id).map((r) => [r.channel, r.status])).toEqual([['sms', 'failed']]);
    const sent = wecom.requests.filter((r) => JSON.parse(r.body).text.content.startsWith('换渠道'));
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!.body).text.mentioned_list).toEqual(['clerk-wecom']);
    sms.answer = ALIYUN_OK;
  });

  it('two workers on one database: each message once', async () => {
    const second: Database = kind === 'postgres' ? await openPostgres(pgUrl, { max: 3 }) : database;
    try {
      const before = sms.requests.length;
      const recipients = [clerk.id, other.id];
      const ids: string[] = [];
      for (let i = 0; i < 15; i++) {
        const r = await database.db.transaction((tx) =>
          notify(tx, { recipients, kind: 'general', title: `并发${i}`, body: '', channels: ['sms'], at: at(3000) }),
        );
        ids.push(r.messageId!);
      }
      const [a, b] = await Promise.all([
        runDueJobs(database.db, registry, { now: at(3001), worker: 'worker-a' }),
        runDueJobs(second.db, registry, { now: at(3001), worker: 'worker-b' }),
      ]);
      expect(a.failed + b.failed).toBe(0);
      if (kind === 'postgres') expect(a.ran).toBeGreaterThan(0);
      const keys = sms.requests.slice(before).map((r) => new URL(r.url, 'http://x').searchParams.get('OutId'));
      expect(keys).toHaveLength(30);
      expect(new Set(keys).size).toBe(30);
      const statuses = await database.db
        .select({ status: notificationDeliveries.status, n: sql<number>`count(*)::int` })
        .from(notificationDeliveries)
        .where(and(sql`${notificationDeliveries.messageId} in ${ids}`))
        .groupBy(notificationDeliveries.status);
      expect(statuses).toEqual([{ status: 'sent', n: 30 }]);
    } finally {
      if (second !== database) await second.close();
    }
  });
});
