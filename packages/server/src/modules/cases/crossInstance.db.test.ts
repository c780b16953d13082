/**
 * Two server instances on one database: a case created on A shows in B's list total at once, not when B's cached
 * count expires (platform/db/changeNotifier.ts: NOTIFY at commit, LISTEN in every process). On PostgreSQL the
 * instances are two apps with a pool each, as two processes would have; PGlite has one process, so there the two apps
 * share its one database object (nothing crosses processes) and the test shows the total follows all the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sessionAs, type TestSession } from '../../platform/auth/testing.js';
import { type Database, openPostgres } from '../../platform/db/client.js';
import { DEFAULT_TTL_MS } from '../../platform/db/readCache.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { buildTestApp } from '../../platform/http/testing.js';
import type { App } from '../../platform/http/types.js';
import { litigationInput, type OrgFixture, seedOrgFixture } from './testing.js';

describe(`list totals across two instances on ${testDbKind()}`, () => {
  let database: TestDatabase;
  let second: Database;
  let appA: App;
  let appB: App;
  let org: OrgFixture;
  let onA: TestSession;
  let onB: TestSession;
  let cases = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await seedOrgFixture(database.db);
    if (database.kind === 'postgres') {
      const url = new URL(process.env.TEST_DATABASE_URL!);
      const name = await database.db.execute<{ name: string }>('select current_database() as name' as never);
      url.pathname = `/${(name as unknown as { rows: { name: string }[] }).rows[0]!.name}`;
      second = await openPostgres(url.toString(), { max: 3 });
    } else second = database;
    appA = await buildTestApp(database);
    appB = await buildTestApp(second);
    const user = await createTestUser(database.db, { role: 'city_coordinator', regionCode: '329900' });
    // Sessions live in the database: the same user signed in on each instance.
    onA = await sessionAs(appA, database.db, user);
    onB = await sessionAs(appB, second.db, user);
  });
  afterAll(async () => {
    await appA?.close();
    await appB?.close();
    if (second && second !== database) await second.close();
    await database?.cleanup();
  });

  const create = async () => {
    cases++;
    const res = await onA.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: litigationInput(org.agency('county-0-dept-0'), { caseNumber: `（2025）苏9902行初${cases}号` }),
    });
    expect(res.statusCode, res.body).toBe(201);
  };
  // One case per page: the total is counted (and cached) rather than read off a page that holds them all.
  const totalOnB = async () => {
    const res = await onB.inject({ method: 'GET', url: '/api/v1/cases?pageSize=1' });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ total: number }>().total;
  };

  it("follows a case created on A in B's list total at once", async () => {
    await create();
    await create();
    expect(await totalOnB()).toBe(2);
    expect(await totalOnB()).toBe(2); // now from B's cache

    await create();
    const started = Date.now();
    let total = await totalOnB();
    // The notice travels A → PostgreSQL → B's LISTEN connection: milliseconds, against the cache's 30 s.
    while (total !== 3 && Date.now() - started < 2000) {
      await new Promise((r) => setTimeout(r, 10));
      total = await totalOnB();
    }
    expect(total).toBe(3);
    expect(Date.now() - started).toBeLessThan(DEFAULT_TTL_MS / 10);
  });
});
