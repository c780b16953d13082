import { createHash } from 'node:crypto';
import pg from 'pg';

/** Per connection, at most this many statements are kept prepared; later new texts run unnamed (parsed each time). */
export const MAX_PREPARED_PER_CONNECTION = 500;
/** Longer texts (bulk statements with long parameter lists) are one-offs: not worth a slot. */
const MAX_PREPARED_TEXT = 16 * 1024;
const DML = /^\s*(select|with|insert|update|delete)\b/i;
const BEGIN = /^\s*(begin|start\s+transaction)\b/i;
/** Ends a transaction; not `rollback to savepoint …` (drizzle's nested transactions), which stays inside it. */
const END = /^\s*(commit|end|abort|rollback(?!\s+to\b))\b/i;

interface QueryConfigLike {
  text?: unknown;
  name?: unknown;
}

/**
 * A node-postgres client that prepares every repeated DML statement once per connection: the query config gets a
 * name derived from its text, so the second and later runs of the same SQL skip PostgreSQL's parse step (and, once
 * PostgreSQL finds a generic plan as cheap as custom ones — not for `like $1` prefixes — its planning too). The
 * product's SQL is a bounded set of texts (values are always parameters); the cap keeps a connection's statements
 * bounded even so. Same text → same name, so a name can never stand for two texts.
 *
 * Statements inside an explicit transaction run unnamed, planned for their own parameters each time: the bulk
 * one is an import, where one transaction grows the tables by hundreds of thousands of rows that no statistics have
 * seen, and a generic plan made while they were small (a whole-table scan) would stay for the rest of it — measured:
 * the per-batch case lookup went from 0.4 to 10.6 s per 20,000 rows. (`set local plan_cache_mode =
 * force_custom_plan` was tried first and made the import 2–3× slower: it also re-plans the foreign-key triggers'
 * cached checks for every inserted row.) Writes are rare next to reads, so little is lost.
 *
 * Not for a transaction-pooling PgBouncer before 1.21 (it does not track prepared statements); set
 * `PG_PREPARED_STATEMENTS=false` there.
 */
export class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();
  private inTransaction = false;

  // biome-ignore lint/suspicious/noExplicitAny: pg's overloads (config, values, callback) are passed through as given.
  override query(config: any, values?: any, callback?: any): any {
    const c = config as QueryConfigLike | null;
    const text = typeof config === 'string' ? config : typeof c?.text === 'string' ? c.text : '';
    if (BEGIN.test(text)) this.inTransaction = true;
    else if (END.test(text)) this.inTransaction = false;
    if (
      !this.inTransaction &&
      c !== null &&
      typeof c === 'object' &&
      c.name === undefined &&
      typeof c.text === 'string' &&
      c.text.length <= MAX_PREPARED_TEXT &&
      DML.test(c.text)
    ) {
      const name = statementName(c.text);
      if (this.prepared.has(name) || this.prepared.size < MAX_PREPARED_PER_CONNECTION) {
        this.prepared.add(name);
        return super.query({ ...config, name }, values, callback);
      }
    }
    return super.query(config, values, callback);
  }
}

export function statementName(text: string): string {
  return `sj_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
}
