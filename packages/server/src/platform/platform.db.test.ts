import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from './db/schema.js';
import { createTestDatabase, type TestDatabase, testDbKind } from './db/testing.js';
import { buildTestApp } from './http/testing.js';

describe(`platform on ${testDbKind()}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it('applies the migrations from zero: every table and column of the schema registry exists', async () => {
    const tables = Object.values(schema)
      .filter((v): v is PgTable => is(v, PgTable))
      .map((t) => getTableConfig(t));
    // The registry is every module's tables (platform/db/schema.ts): a handful would mean the registry broke.
    expect(tables.length).toBeGreaterThan(20);
    const rows = await database.db.execute<{ table_name: string; column_name: string }>(
      sql`select table_name, column_name from information_schema.columns where table_schema = 'public'`,
    );
    const present = new Set(rows.rows.map((r) => `${r.table_name}.${r.column_name}`));
    const missing = tables.flatMap((t) =>
      t.columns.map((c) => `${t.name}.${c.name}`).filter((key) => !present.has(key)),
    );
    expect(missing).toEqual([]);
    const names = new Set(rows.rows.map((r) => r.table_name));
    expect(tables.map((t) => t.name).filter((n) => !names.has(n))).toEqual([]);
  });

  it('re-running the migrations is a no-op', async () => {
    const { runMigrations } = await import('./db/migrate.js');
    await expect(runMigrations(database)).resolves.toBeUndefined();
  });

  it('/healthz and /readyz report the database in use', async () => {
    const app = await buildTestApp(database);
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok', db: testDbKind() });
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.json()).toMatchObject({ status: 'ok', db: testDbKind() });
    expect(health.headers['content-security-policy']).toContain("default-src 'self'");
    const missing = await app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND' });
    await app.close();
  });

  it('/api/docs (Swagger UI) works over plain HTTP: no upgrade-insecure-requests unless COOKIE_SECURE', async () => {
    const csp = async (env: Record<string, string>) => {
      const app = await buildTestApp(database, env);
      const res = await app.inject({ method: 'GET', url: '/api/docs' });
      await app.close();
      expect(res.statusCode).toBe(200);
      return String(res.headers['content-security-policy']);
    };
    const plain = await csp({});
    expect(plain).not.toContain('upgrade-insecure-requests');
    expect(plain).toContain("style-src 'self' 'unsafe-inline'");
    expect(plain).toContain("script-src 'self'");
    expect(await csp({ COOKIE_SECURE: 'true' })).toContain('upgrade-insecure-requests');
  });

  it('survives its idle database connections being killed (server restart): the next query just works', async () => {
    // Open several pooled connections, then kill every other backend of this database from one of them. On
    // PostgreSQL the pool sees the idle ones die; without a listener that 'error' event would crash the process.
    await Promise.all([1, 2, 3].map(() => database.db.execute(sql`select pg_sleep(0.05)`)));
    await database.db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(database.ping()).resolves.toBeUndefined();
    const rows = await database.db.execute<{ n: number }>(sql`select 1 + 1 as n`);
    expect(rows.rows[0]?.n).toBe(2);
  });
});
