// The product's server (the built @shuangjiang/server, started by the same `startServer` the CLI's `serve` uses) with
// a few routes only the benchmark has, in its own process: `node --import tsx bench/lib/benchServer.ts`.
//   GET  /bench/cpu             process.cpuUsage() of this process (the PGlite worker thread included)
//   GET  /bench/aggregate       the dashboard-style aggregate of aggregate-baseline.ts, once
//   GET  /bench/import?file=…   importCasesFromXlsx of an Excel file into this server's database
//   GET  /bench/record/start    begins recording the statements sent to the database client
//   GET  /bench/record/stop     ends it and answers the statements (text and parameters), in order
// (GET, not POST: the app's CSRF check guards every other method, and these are no browser's business.)
// Everything else is the real app: the routes measured are the product's own.
import { importCasesFromXlsx, loadConfig, startServer, systemPrincipal } from '@shuangjiang/server';
import { sql } from 'drizzle-orm';

const AGGREGATE = sql`
  select c.region_code, q.quarter,
    count(*) filter (where q.what = 'new') as new_cases,
    count(*) filter (where q.what = 'concluded') as concluded,
    count(*) filter (where q.what = 'concluded' and c.government_lost) as losses
  from cases c
  cross join lateral (values ('new', date_trunc('quarter', c.filed_date)), ('concluded', date_trunc('quarter', c.outcome_date))) as q(what, quarter)
  where c.deleted_at is null and c.kind = 'litigation' and q.quarter is not null
  group by 1, 2 order by 1, 2`;

export interface RecordedStatement {
  text: string;
  params: unknown[];
}

const running = await startServer(loadConfig(process.env), {
  handleSignals: true,
  beforeListen: async (database, app) => {
    const pub = { config: { access: 'public' as const } };
    app.get('/bench/cpu', pub, async () => process.cpuUsage());
    app.get('/bench/aggregate', pub, async () => {
      const t = performance.now();
      const r = (await database.db.execute(AGGREGATE)) as unknown as { rows: unknown[] };
      return { ms: performance.now() - t, rows: r.rows.length };
    });
    app.get('/bench/import', pub, async (req) => {
      const file = (req.query as { file: string }).file;
      const t = performance.now();
      const r = await importCasesFromXlsx(database.db, systemPrincipal(), file, { fileName: 'bench.xlsx' });
      return { ms: performance.now() - t, status: r.status, created: r.created };
    });
    // The client drizzle sends every statement to: PGlite (or its worker client) or the pg Pool.
    const client = (database.db as unknown as { $client: { query: (...a: unknown[]) => unknown } }).$client;
    const query = client.query.bind(client);
    let recording: RecordedStatement[] | null = null;
    client.query = (...a: unknown[]) => {
      if (recording) {
        const first = a[0] as string | { text: string; values?: unknown[] };
        recording.push(
          typeof first === 'string'
            ? { text: first, params: (a[1] as unknown[]) ?? [] }
            : // drizzle's node-postgres driver passes the values beside the config: query({ text, … }, values)
              { text: first.text, params: first.values ?? (a[1] as unknown[]) ?? [] },
        );
      }
      return query(...a);
    };
    app.get('/bench/record/start', pub, async () => {
      recording = [];
      return { recording: true };
    });
    app.get('/bench/record/stop', pub, async () => {
      const out = recording ?? [];
      recording = null;
      return out;
    });
    return undefined;
  },
});
process.stdout.write(`Shuangjiang (bench) is running: ${running.url}\n`);
