/**
 * The demo registry on the bundled calendar (2019–2026): the cases whose deadlines fall in 2027 show a 暂定 date, not
 * "—" (before provisional dates, 198 of 242 open demo cases had no next deadline).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../platform/db/testing.js';
import { seedDemoIfEmpty } from '../demo/seed.js';

describe(`demo deadlines in 2027 on ${testDbKind()}`, () => {
  let database: TestDatabase;
  const q = async <T>(text: ReturnType<typeof sql>) =>
    ((await database.db.execute(text)) as unknown as { rows: T[] }).rows;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoIfEmpty(database);
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it('every open deadline has a date; those in 2027 are 暂定 and say why', async () => {
    const [r] = await q<{ open_cases: number; no_date: number; provisional_cases: number; rows: number }>(sql`
      select count(distinct c.id)::int as open_cases,
             count(*) filter (where d.due_date is null)::int as no_date,
             count(distinct c.id) filter (where d.provisional)::int as provisional_cases,
             count(*) filter (where d.provisional and d.explanation not like '%暂定：2027年放假安排尚未录入%')::int as rows
      from cases c join case_deadlines d on d.case_id = c.id and d.status = 'open'
      where c.deleted_at is null and c.status in ('registered', 'in_progress')`);
    console.info(
      `demo: ${r!.open_cases} open cases with open deadlines, ${r!.provisional_cases} with a 暂定 one, ${r!.no_date} without a date`,
    );
    expect(r!.no_date).toBe(0);
    expect(r!.provisional_cases).toBeGreaterThan(0);
    expect(r!.rows).toBe(0);
    const [y] = await q<{ years: string }>(
      sql`select string_agg(distinct extract(year from due_date)::text, ',') as years from case_deadlines where provisional`,
    );
    expect(y!.years.split(',').every((year) => Number(year) >= 2027)).toBe(true);
  });
});
