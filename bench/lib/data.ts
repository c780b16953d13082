// The benchmark data sets: N generated cases of the demo city (packages/server/src/modules/demo/generate.ts), on
// PGlite (tmp/bench/pglite-<n>/) and on PostgreSQL (database sj_bench_<n>), each reused while its marker says it
// holds the same N and generator version — migrated forward when migrations were appended since.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Database,
  GENERATOR_VERSION,
  generateCases,
  openPglite,
  openPostgres,
  runMigrations,
} from '@shuangjiang/server';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { BenchContext, DbKind } from './types.js';

/** PostgreSQL server for the bench databases (trust auth); the maintenance database is `test`. */
export const PG_BASE = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const pgUrl = (dbName: string) => `${PG_BASE}/${dbName}`;

export interface DataSet {
  kind: DbKind;
  cases: number;
  /** PGlite: the DATA_DIR (the database files are in DATA_DIR/pgdata). */
  dataDir?: string;
  /** PostgreSQL: the connection URL. */
  url?: string;
  /** Seconds spent generating in this run (0 when reused). */
  generatedSeconds: number;
  /** Up to 2,000 case ids spread over the data set (for random single-case reads). */
  sampleIds: string[];
}

interface Marker {
  cases: number;
  requested: number;
  schema: string;
  generator: number;
  generatedSeconds: number;
  sampleIds: string[];
  /** The migrations' tags the data set was generated (or last migrated) with; older markers have none. */
  migrations?: string[];
}

/** The migrations' tags in order (drizzle's journal). */
export function migrationTags(root: string): string[] {
  const journal = JSON.parse(readFileSync(join(root, 'packages/server/drizzle/meta/_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((e) => e.tag);
}

/**
 * A data set made by the same generator under fewer migrations is migrated forward, as a production database is on
 * upgrade, instead of generated again (a million cases take 15–25 minutes): migrations are append-only
 * (docs/CONVENTIONS.md), so the tags it was made with being a prefix of today's means the same schema history.
 */
const migratable = (m: Marker, tags: string[]) =>
  !!m.migrations && m.migrations.length < tags.length && m.migrations.every((t, i) => tags[i] === t);

/** Hash of the migrations (SQL and journal) and the generator version: a change rebuilds the data sets. */
export function schemaHash(root: string): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(sql|json)$/.test(e.name) && !e.name.endsWith('_snapshot.json'))
        h.update(e.name).update(readFileSync(p));
    }
  };
  walk(join(root, 'packages/server/drizzle'));
  h.update(`generator ${GENERATOR_VERSION}`);
  return h.digest('hex').slice(0, 16);
}

export async function openDataSet(d: DataSet): Promise<Database> {
  return d.kind === 'pglite' ? openPglite(d.dataDir!) : openPostgres(d.url!, { max: 4 });
}

export const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

/** The tables the generator fills with cases and what hangs on them. */
const CASE_TABLES = ['cases', 'case_parties', 'case_events', 'case_deadlines', 'case_links', 'hearings', 'audit_log'];

/**
 * A bulk load's usual move: the case tables' secondary indexes (every index that does not back a primary-key or
 * unique constraint: foreign keys still have their targets) are dropped before the load and built again after it,
 * from their own definitions, by sorting (much faster than a million random insertions into each of ~25 indexes).
 * The data and the final schema are the same as with the indexes in place.
 */
async function dropSecondaryIndexes(database: Database): Promise<() => Promise<void>> {
  const defs = rowsOf<{ name: string; def: string }>(
    await database.db.execute(sql`
      select i.indexname as name, i.indexdef as def from pg_indexes i
      where i.schemaname = 'public' and i.tablename in (${sql.join(
        CASE_TABLES.map((t) => sql`${t}`),
        sql`, `,
      )})
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
      order by i.tablename, i.indexname`),
  );
  for (const d of defs) await database.db.execute(sql.raw(`drop index ${d.name}`));
  return async () => {
    if (database.kind === 'postgres') await database.db.execute(sql`set maintenance_work_mem = '512MB'`);
    for (const d of defs) await database.db.execute(sql.raw(d.def));
  };
}

/** Fills a migrated, empty database; then VACUUM ANALYZE (what autovacuum would do) and samples ids. */
async function fill(ctx: BenchContext, database: Database, n: number): Promise<Omit<Marker, 'schema' | 'generator'>> {
  const t = performance.now();
  await runMigrations(database);
  let last = performance.now();
  const rebuild = await dropSecondaryIndexes(database);
  const res = await generateCases(database, {
    cases: n,
    chunkSize: 20_000,
    onChunk: (p) => {
      if (performance.now() - last > 15_000 || p.chunk === p.chunks) {
        last = performance.now();
        ctx.log(
          `  ${database.kind}: chunk ${p.chunk}/${p.chunks}, ${p.cases.toLocaleString('en')} cases, ${((performance.now() - t) / 1000).toFixed(0)} s`,
        );
      }
    },
  });
  const ti = performance.now();
  await rebuild();
  ctx.log(`  ${database.kind}: secondary indexes rebuilt in ${((performance.now() - ti) / 1000).toFixed(0)} s`);
  await database.db.execute(sql`vacuum analyze`);
  // Every k-th id in id order: uniformly spread over the (random) uuids, deterministic for a given data set.
  const step = Math.max(1, Math.floor(res.cases / 2000));
  const ids = rowsOf<{ id: string }>(
    await database.db.execute(
      sql`select id from (select id, row_number() over (order by id) as r from cases) t where r % ${step} = 0 limit 2000`,
    ),
  ).map((r) => r.id);
  return {
    cases: res.cases,
    requested: n,
    generatedSeconds: Math.round((performance.now() - t) / 1000),
    sampleIds: ids,
  };
}

/** The data set of `n` cases on `kind`, generated unless a valid one exists. */
export async function ensureDataSet(ctx: BenchContext, kind: DbKind, n: number): Promise<DataSet> {
  const schema = schemaHash(ctx.root);
  const tags = migrationTags(ctx.root);
  const sameGenerator = (m: Marker | null): m is Marker =>
    !!m && m.requested === n && m.generator === GENERATOR_VERSION;
  const valid = (m: Marker | null): m is Marker => sameGenerator(m) && m.schema === schema;
  const forward = (m: Marker | null): m is Marker => sameGenerator(m) && migratable(m, tags);
  const migrateForward = async (database: Database, m: Marker): Promise<Marker> => {
    const t = performance.now();
    await runMigrations(database);
    ctx.log(
      `  ${database.kind}: migrated forward ${tags.length - (m.migrations?.length ?? 0)} migration(s) in ${((performance.now() - t) / 1000).toFixed(0)} s`,
    );
    return { ...m, schema, migrations: tags };
  };
  if (kind === 'pglite') {
    const dataDir = join(ctx.tmp, `pglite-${n}`);
    const markerFile = join(dataDir, 'bench-marker.json');
    const marker = existsSync(markerFile) ? (JSON.parse(readFileSync(markerFile, 'utf8')) as Marker) : null;
    if (valid(marker)) return { kind, cases: marker.cases, dataDir, generatedSeconds: 0, sampleIds: marker.sampleIds };
    if (forward(marker)) {
      const database = await openPglite(dataDir);
      try {
        const m = await migrateForward(database, marker);
        writeFileSync(markerFile, `${JSON.stringify(m)}\n`);
        return { kind, cases: m.cases, dataDir, generatedSeconds: 0, sampleIds: m.sampleIds };
      } finally {
        await database.close();
      }
    }
    ctx.log(`generating ${n.toLocaleString('en')} cases on PGlite in ${dataDir} …`);
    rmSync(dataDir, { recursive: true, force: true });
    const database = await openPglite(dataDir);
    let m: Marker;
    try {
      m = { ...(await fill(ctx, database, n)), schema, generator: GENERATOR_VERSION, migrations: tags };
    } finally {
      await database.close();
    }
    writeFileSync(markerFile, `${JSON.stringify(m)}\n`);
    ctx.log(`  PGlite: ${m.cases.toLocaleString('en')} cases generated in ${m.generatedSeconds} s`);
    return { kind, cases: m.cases, dataDir, generatedSeconds: m.generatedSeconds, sampleIds: m.sampleIds };
  }

  const name = `sj_bench_${n}`;
  const url = pgUrl(name);
  const admin = new pg.Client({ connectionString: pgUrl('test') });
  await admin.connect();
  try {
    const found = await admin.query<{ c: string | null }>(
      `select shobj_description(oid, 'pg_database') as c from pg_database where datname = $1`,
      [name],
    );
    let marker: Marker | null = null;
    try {
      marker = found.rows[0]?.c ? (JSON.parse(found.rows[0].c) as Marker) : null;
    } catch {
      marker = null;
    }
    if (forward(marker)) {
      const database = await openPostgres(url, { max: 2 });
      try {
        const m = await migrateForward(database, marker);
        await admin.query(`comment on database ${name} is '${JSON.stringify(m)}'`);
        marker = m;
      } finally {
        await database.close();
      }
    }
    if (valid(marker)) {
      const database = await openPostgres(url, { max: 1 });
      try {
        const ids = await sampleIds(database, marker.cases);
        return { kind, cases: marker.cases, url, generatedSeconds: 0, sampleIds: ids };
      } finally {
        await database.close();
      }
    }
    ctx.log(`generating ${n.toLocaleString('en')} cases on PostgreSQL in database ${name} …`);
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    const database = await openPostgres(url, { max: 2 });
    let m: Marker;
    try {
      const filled = await fill(ctx, database, n);
      m = { ...filled, schema, generator: GENERATOR_VERSION, migrations: tags, sampleIds: [] };
      await admin.query(`comment on database ${name} is '${JSON.stringify(m)}'`);
      ctx.log(`  PostgreSQL: ${m.cases.toLocaleString('en')} cases generated in ${m.generatedSeconds} s`);
      return { kind, cases: m.cases, url, generatedSeconds: m.generatedSeconds, sampleIds: filled.sampleIds };
    } finally {
      await database.close();
    }
  } finally {
    await admin.end();
  }
}

async function sampleIds(database: Database, cases: number): Promise<string[]> {
  const step = Math.max(1, Math.floor(cases / 2000));
  return rowsOf<{ id: string }>(
    await database.db.execute(
      sql`select id from (select id, row_number() over (order by id) as r from cases) t where r % ${step} = 0 limit 2000`,
    ),
  ).map((r) => r.id);
}
