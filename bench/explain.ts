/**
 * The query plans of the case list's common requests, checked in beside the figures they explain:
 *
 *   npx tsx --tsconfig bench/tsconfig.json bench/explain.ts [--scale small|full] [--db pglite|postgres|both]
 *
 * On the benchmark data set of that scale (made by `npm run bench` first), each request of the list benchmark is run
 * through the product's own service (`listCasesFor`, as the signed-in city or county coordinator) while every SQL
 * statement it sends is recorded; each recorded statement is then run again under
 * `EXPLAIN (ANALYZE, BUFFERS)` with the same parameters. Written to docs/explain/list-<db>-<cases>.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listQuery } from '../packages/server/src/modules/cases/dto.js';
import { listCasesFor } from '../packages/server/src/modules/cases/service.js';
import { principalOfUsername } from '../packages/server/src/modules/users/public.js';
import type { Principal } from '../packages/server/src/platform/auth/principal.js';
import type { Database } from '../packages/server/src/platform/db/client.js';
import { type DataSet, ensureDataSet, openDataSet } from './lib/data.js';
import { CITY, COUNTY, LIST_FILTERS } from './lib/shared.js';
import type { BenchContext, DbKind } from './lib/types.js';

const { values: args } = parseArgs({
  options: { scale: { type: 'string', default: 'full' }, db: { type: 'string', default: 'both' } },
});
const scale = args.scale === 'small' ? 'small' : 'full';
const dbs: DbKind[] = args.db === 'both' ? ['pglite', 'postgres'] : [args.db as DbKind];
const root = new URL('..', import.meta.url).pathname;
const ctx: BenchContext = {
  root,
  tmp: join(root, 'tmp', 'bench'),
  scale,
  dbs,
  cases: scale === 'full' ? 1_000_000 : 50_000,
  log: (m: string) => process.stderr.write(`[explain] ${m}\n`),
};

interface Recorded {
  text: string;
  params: unknown[];
}

/** Records every statement the database client is sent, on either driver (drizzle's `$client`). */
function record(database: Database): { take(): Recorded[] } {
  const client = (database.db as unknown as { $client: { query: (...a: unknown[]) => unknown } }).$client;
  const original = client.query.bind(client);
  let seen: Recorded[] = [];
  client.query = (...a: unknown[]) => {
    const [q, params] = a;
    const text = typeof q === 'string' ? q : (q as { text: string }).text;
    seen.push({ text, params: (params as unknown[] | undefined) ?? [] });
    return original(...a);
  };
  return {
    take() {
      const out = seen;
      seen = [];
      return out;
    },
  };
}

async function principalOf(database: Database, username: string): Promise<Principal> {
  const u = await principalOfUsername(database.db, username);
  if (!u) throw new Error(`no user ${username} in the data set`);
  const { disabled: _d, mustChangePassword: _m, ...principal } = u;
  return { ...principal, sessionId: 'explain' };
}

async function explain(database: Database, r: Recorded): Promise<string> {
  const client = (database.db as unknown as { $client: { query: (t: string, p: unknown[]) => Promise<unknown> } })
    .$client;
  const res = (await client.query(`explain (analyze, buffers) ${r.text}`, r.params)) as {
    rows: Record<string, string>[];
  };
  return res.rows.map((row) => Object.values(row)[0]).join('\n');
}

async function explainAll(kind: DbKind, data: DataSet): Promise<string> {
  const database = await openDataSet(data);
  const lines: string[] = [];
  try {
    const recorder = record(database);
    const who = {
      city: await principalOf(database, CITY.username),
      county: await principalOf(database, COUNTY.username),
    };
    for (const { who: w, filters } of LIST_FILTERS) {
      const principal = who[w];
      const query = listQuery.parse(Object.fromEntries(new URLSearchParams(filters)));
      recorder.take();
      const t = performance.now();
      const page = await listCasesFor(database.db, principal, { ...query, pageSize: 20 });
      const ms = performance.now() - t;
      const statements = recorder.take();
      lines.push(
        `## ${w === 'city' ? 'City' : 'County'} coordinator: \`${decodeURIComponent(filters)}\``,
        '',
        `${page.items.length} rows of ${page.total}${page.totalIsEstimate ? '+' : ''}; ${statements.length} statements, ${ms.toFixed(1)} ms through the service (first run, cold plans).`,
        '',
      );
      for (const [i, s] of statements.entries()) {
        lines.push(
          `### Statement ${i + 1}`,
          '',
          '```sql',
          s.text,
          '```',
          '',
          `Parameters: \`${JSON.stringify(s.params)}\``,
          '',
          '```',
          await explain(database, s),
          '```',
          '',
        );
      }
    }
  } finally {
    await database.close();
  }
  const head = [
    `# Case list query plans: ${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}, ${data.cases.toLocaleString('en')} cases`,
    '',
    `Generated by \`bench/explain.ts --scale ${scale} --db ${kind}\` on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB. The requests are the list benchmark's (bench/lib/shared.ts \`LIST_FILTERS\`), page of 20 as the screen asks.`,
    '',
  ];
  return [...head, ...lines].join('\n');
}

mkdirSync(join(root, 'docs', 'explain'), { recursive: true });
for (const kind of dbs) {
  const data = await ensureDataSet(ctx, kind, ctx.cases);
  const file = join(root, 'docs', 'explain', `list-${kind}-${data.cases}.md`);
  writeFileSync(file, `${await explainAll(kind, data)}\n`);
  ctx.log(`wrote ${file}`);
}
