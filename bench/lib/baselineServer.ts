// The hand-written baseline of "what the layers cost" (issue 11): the statements the real case list and case detail
// send to the database (recorded from the real server by benchServer.ts), sent again through plain `pg` (a Pool) or
// PGlite's own `query` on the main thread, from a bare node:http server — no Fastify, no zod, no ORM, no
// presenters. Each answer is the rows of every statement as JSON. `node --import tsx bench/lib/baselineServer.ts`.
//   GET /list/:i     the statements of list request i
//   GET /detail/:i   the statements of the i-th recorded case detail
//   GET /cpu         process.cpuUsage()
// Environment: STATEMENTS (a JSON file: { list: RecordedStatement[][], detail: RecordedStatement[][] }), and either
// DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite, files in DATA_DIR/pgdata).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { RecordedStatement } from './benchServer.js';

const statements = JSON.parse(readFileSync(process.env.STATEMENTS!, 'utf8')) as {
  list: RecordedStatement[][];
  detail: RecordedStatement[][];
};

let run: (text: string, params: unknown[]) => Promise<unknown[]>;
let close: () => Promise<void>;
if (process.env.DATABASE_URL) {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  run = async (text, params) => (await pool.query(text, params)).rows;
  close = () => pool.end();
} else {
  const db = await PGlite.create(join(process.env.DATA_DIR!, 'pgdata'));
  run = async (text, params) => (await db.query(text, params)).rows;
  close = () => db.close();
}

const server = createServer(async (req, res) => {
  try {
    const m = /^\/(list|detail)\/(\d+)$/.exec(req.url ?? '');
    if (req.url === '/cpu') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(process.cpuUsage()));
      return;
    }
    const batch = m ? statements[m[1] as 'list' | 'detail'][Number(m[2])] : undefined;
    if (!batch) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const results: unknown[][] = [];
    for (const s of batch) results.push(await run(s.text, s.params));
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(results));
  } catch (err) {
    res.statusCode = 500;
    res.end(String(err));
  }
});
server.listen(0, '127.0.0.1', () => {
  const addr = server.address() as { port: number };
  process.stdout.write(`baseline is running: http://127.0.0.1:${addr.port}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  close().then(() => process.exit(0));
});
