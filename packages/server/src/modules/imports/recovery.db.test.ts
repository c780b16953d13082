import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { failInterruptedImports } from './recovery.js';
import { importJobs } from './schema.js';

describe(`interrupted imports on ${testDbKind()}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it('closes jobs left running by a killed process; finished jobs and (on PostgreSQL) recent ones are kept', async () => {
    const db = database.db;
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    const [old] = await db
      .insert(importJobs)
      .values({ fileName: 'old.xlsx', status: 'reading', createdAt: twoHoursAgo })
      .returning();
    const [recent] = await db.insert(importJobs).values({ fileName: 'new.xlsx', status: 'applying' }).returning();
    const [done] = await db
      .insert(importJobs)
      .values({ fileName: 'done.xlsx', status: 'done', createdAt: twoHoursAgo })
      .returning();

    const closed = await failInterruptedImports(db, database.kind);
    const status = async (id: string) =>
      (await db.select({ s: importJobs.status }).from(importJobs).where(eq(importJobs.id, id)))[0]?.s;
    expect(await status(old!.id)).toBe('failed');
    expect(await status(done!.id)).toBe('done');
    // PGlite: nobody else can be importing, so the recent one is stale too; PostgreSQL: it may be alive elsewhere.
    expect(await status(recent!.id)).toBe(database.kind === 'pglite' ? 'failed' : 'applying');
    expect(closed).toBe(database.kind === 'pglite' ? 2 : 1);
  });
});
