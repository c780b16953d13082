import { tmpdir } from 'node:os';
import { type Config, loadConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { buildApp } from './app.js';
import type { App } from './types.js';

/**
 * Load shedding off: on a loaded 2-core CI machine a test's own event loop can lag past the threshold and turn an
 * ordinary answer into a 503 that says nothing about the route under test. loadShedding.db.test.ts sets its own.
 */
const NO_LOAD_SHEDDING = {
  LOAD_SHED_EVENT_LOOP_DELAY_MS: '0',
  LOAD_SHED_DB_QUEUE: '0',
  LOAD_SHED_DB_WAIT_MS: '0',
  LOAD_SHED_IN_FLIGHT: '0',
};

/** Test settings: a session secret, a temporary data directory, no logging, no load shedding; `env` overrides. */
export function testConfig(env: Record<string, string | undefined> = {}): Config {
  return loadConfig({
    SESSION_SECRET: 'x'.repeat(40),
    DATA_DIR: tmpdir(),
    LOG_LEVEL: 'silent',
    ...NO_LOAD_SHEDDING,
    ...env,
  });
}

/** The whole HTTP application on a test database, ready for `inject` (testConfig's settings). */
export async function buildTestApp(database: Database, env: Record<string, string> = {}): Promise<App> {
  const config = testConfig(env);
  const app = await buildApp({ config, database }, { logger: false });
  await app.ready();
  return app;
}

/** A multipart body with one file part named `file`, for `app.inject` (uploads in tests). */
export function multipartFile(content: Buffer, name = 'file.pdf') {
  const boundary = `----sj${Date.now()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
