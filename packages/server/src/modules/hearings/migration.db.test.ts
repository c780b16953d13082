/**
 * Migrations 0013/0014 keep the hearings the case registry had: a database left at 0012 with the old minimal rows
 * (head_appearance, head_name, spoke) is migrated, and each old row is found again as a hearing with its status, its
 * first history row and, where a head appeared, the head's appearance (the head from the heads list when the name
 * matches one of the first defendant's heads).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openPglite, openPostgres } from '../../platform/db/client.js';
import { migrationsFolder, runMigrations } from '../../platform/db/migrate.js';
import { testDbKind } from '../../platform/db/testing.js';

const LAST_BEFORE = '0012_backup_runs';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The migrations as a release before the hearings module had them. */
function olderMigrations(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sj-hearings-migrations-'));
  dirs.push(dir);
  cpSync(migrationsFolder, dir, { recursive: true });
  const file = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(file, 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === LAST_BEFORE);
  expect(last).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(file, JSON.stringify(journal));
  return dir;
}

async function emptyDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  if (testDbKind() === 'pglite') {
    const database = await openPglite(null, { thread: 'main' });
    return { database, drop: () => database.close() };
  }
  const serverUrl = process.env.TEST_DATABASE_URL!;
  const name = `sj_hearings_mig_${process.pid}`;
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), { max: 2 });
  return {
    database,
    drop: async () => {
      await database.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

describe(`hearings migrations keep the old hearings on ${testDbKind()}`, () => {
  it('moves head_appearance / head_name / spoke into appearances, sets statuses and starts the history', async () => {
    const { database, drop } = await emptyDatabase();
    const q = async <T>(s: ReturnType<typeof sql>) => (await database.db.execute(s)).rows as T[];
    try {
      await runMigrations(database, olderMigrations());
      const [agency] = await q<{ id: string }>(sql`
        with r as (insert into regions (code, name, level, parent_code, path) values ('999900', '测试市', 'city', null, '/999900/') returning code)
        insert into agencies (name, kind, region_code) select '测试局', 'department', code from r returning id`);
      const [head] = await q<{ id: string }>(sql`
        insert into agency_heads (agency_id, name, title, head_role) values (${agency!.id}, '周正', '局长', 'principal') returning id`);
      const [c] = await q<{ id: string }>(sql`
        insert into cases (kind, region_code, region_path, first_defendant_agency_id)
        values ('litigation', '999900', '/999900/', ${agency!.id}) returning id`);
      const hearing = async (at: string, appearance: string, name: string | null, spoke: boolean) =>
        (
          await q<{ id: string }>(sql`
            insert into hearings (case_id, scheduled_at, courtroom, head_appearance, head_name, spoke)
            values (${c!.id}, ${at}, '第一法庭', ${appearance}, ${name}, ${spoke}) returning id`)
        )[0]!.id;
      const known = await hearing('2025-05-01T01:00:00Z', 'principal', '周正', true);
      const unknown = await hearing('2025-06-01T01:00:00Z', 'deputy', '无名氏', false);
      const absent = await hearing('2025-07-01T01:00:00Z', 'none', null, false);
      const future = await hearing('2099-07-01T01:00:00Z', 'none', null, false);

      await runMigrations(database);

      const statuses = await q<{ id: string; status: string; version: number; kind: string }>(
        sql`select id, status, version, kind from hearings order by scheduled_at`,
      );
      expect(statuses.map((h) => [h.id, h.status, h.version, h.kind])).toEqual([
        [known, 'held', 1, 'trial'],
        [unknown, 'held', 1, 'trial'],
        [absent, 'held', 1, 'trial'],
        [future, 'scheduled', 1, 'trial'],
      ]);
      const history = await q<{ hearing_id: string; from_status: string | null; to_status: string; reason: string }>(
        sql`select hearing_id, from_status, to_status, reason from hearing_status_changes`,
      );
      expect(history).toHaveLength(4);
      expect(history.every((r) => r.from_status === null && r.reason === '原有庭审记录迁入庭审模块')).toBe(true);
      const appearances = await q<Record<string, unknown>>(sql`
        select a.hearing_id, a.role, a.head_id, a.name, a.title, a.head_role, a.agency_id, a.designated, a.appeared, a.spoke,
          a.identity_proof_filed
        from hearing_appearances a join hearings h on h.id = a.hearing_id order by h.scheduled_at`);
      expect(appearances).toEqual([
        {
          hearing_id: known,
          role: 'head',
          head_id: head!.id,
          name: '周正',
          title: '局长',
          head_role: 'principal',
          agency_id: agency!.id,
          designated: true,
          appeared: true,
          spoke: true,
          identity_proof_filed: true,
        },
        {
          hearing_id: unknown,
          role: 'head',
          head_id: null,
          name: '无名氏',
          title: null,
          head_role: 'deputy',
          agency_id: agency!.id,
          designated: true,
          appeared: true,
          spoke: false,
          identity_proof_filed: true,
        },
      ]);
      const legacy = await q<{ n: number }>(sql`
        select count(*)::int as n from information_schema.columns
        where table_name = 'hearings' and column_name in ('head_appearance', 'head_name', 'spoke')`);
      expect(legacy[0]!.n).toBe(0);
    } finally {
      await drop();
    }
  });
});
