/**
 * Test peers for the channels: local HTTP servers that record every request and answer as the provider would, and a
 * local SMTP server (smtp-server) that records every message. The real SDKs and transports talk to them through the
 * same environment variables production uses (ALIYUN_SMS_ENDPOINT, WECOM_WEBHOOK_URL, SMTP_HOST …).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { openPglite, openPostgres } from '../../platform/db/client.js';
import { acquireDataDirLock } from '../../platform/db/lock.js';
import { JobRegistry, runDueJobs } from '../../platform/jobs/index.js';
import { buildChannels } from './channels/index.js';
import { loadNotifyConfig } from './config.js';
import { registerDeliveryJob } from './delivery.js';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Answer = { status?: number; json?: unknown; hang?: boolean };

export interface Recorder {
  url: string;
  requests: RecordedRequest[];
  /** The answer to the next requests (default 200 with `{}`); a function sees the request. */
  answer: Answer | ((r: RecordedRequest) => Answer);
  /** Resolves when `n` requests have arrived. */
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startRecorder(answer: Recorder['answer'] = { json: {} }): Promise<Recorder> {
  const requests: RecordedRequest[] = [];
  const hanging = new Set<() => void>();
  const recorder: Recorder = {
    url: '',
    requests,
    answer,
    waitFor: async (n, timeoutMs = 20_000) => {
      const until = Date.now() + timeoutMs;
      while (requests.length < n) {
        if (Date.now() > until) throw new Error(`recorder: ${requests.length} of ${n} requests after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: async () => {
      for (const release of hanging) release();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8');
    });
    req.on('end', () => {
      const r: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      requests.push(r);
      const a = typeof recorder.answer === 'function' ? recorder.answer(r) : recorder.answer;
      if (a.hang) {
        hanging.add(() => res.destroy());
        return;
      }
      res.statusCode = a.status ?? 200;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(a.json ?? {}));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  recorder.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return recorder;
}

export interface RecordedMail {
  from: string;
  to: string[];
  data: string;
}

export interface SmtpPeer {
  port: number;
  mails: RecordedMail[];
  close(): Promise<void>;
}

/** A plain SMTP server on 127.0.0.1 accepting any sender and recipient without authentication. */
export async function startSmtp(): Promise<SmtpPeer> {
  const mails: RecordedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (c: Buffer) => {
        data += c.toString('utf8');
      });
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data,
        });
        callback();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.server.address() as AddressInfo).port;
  return { port, mails, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Provider answers. */
export const ALIYUN_OK = { json: { Code: 'OK', Message: 'OK', BizId: 'biz-1', RequestId: 'req-1' } };
export const TENCENT_OK = {
  json: {
    Response: { SendStatusSet: [{ SerialNo: 'serial-1', Code: 'Ok', Message: 'send success' }], RequestId: 'r' },
  },
};
export const ROBOT_OK = { json: { errcode: 0, errmsg: 'ok' } };

/** The channels of the crash test: Aliyun SMS at `endpoint`. */
export function crashTestChannels(endpoint: string) {
  return buildChannels(
    loadNotifyConfig({
      NOTIFY_CHANNELS: 'sms',
      NOTIFY_SMS_PROVIDER: 'aliyun',
      ALIYUN_SMS_ACCESS_KEY_ID: 'ak',
      ALIYUN_SMS_ACCESS_KEY_SECRET: 'sk',
      ALIYUN_SMS_SIGN_NAME: '示例市司法局',
      ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1',
      ALIYUN_SMS_ENDPOINT: endpoint,
      NOTIFY_SEND_TIMEOUT_MS: '120000',
    }),
    { info() {} },
  );
}

/**
 * The child process of delivery.crash.db.test.ts: `node --import tsx testing.ts <pglite-dir | postgres-url> <now>
 * <sms-endpoint>` runs the due jobs with SMS pointed at the test's recorder (which never answers the first request),
 * so it is killed in the middle of a send.
 */
async function child(target: string, now: string, endpoint: string): Promise<void> {
  const database = target.startsWith('postgres')
    ? await openPostgres(target, { max: 2 })
    : await (async () => {
        acquireDataDirLock(target, 'notifications crash child');
        return openPglite(target);
      })();
  const registry = new JobRegistry();
  registerDeliveryJob(registry, () => ({ channels: crashTestChannels(endpoint) }));
  process.stdout.write('running\n');
  await runDueJobs(database.db, registry, { now: new Date(now), worker: `crash-child:${process.pid}` });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  child(process.argv[2]!, process.argv[3]!, process.argv[4]!).catch((err) => {
    process.stderr.write(`${String(err?.stack ?? err)}\n`);
    process.exit(1);
  });
}
