import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { DbOrTx } from './client.js';

/** Per connection, at most this many statements are kept prepared; later new texts run unnamed (parsed each time). */
export const MAX_PREPARED_PER_CONNECTION = 500;
/** Longer texts (bulk statements with long parameter lists) are one-offs: not worth a slot. */
const MAX_PREPARED_TEXT = 16 * 1024;
const DML = /^\s*(select|with|insert|update|delete)\b/i;

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
 * Not for a transaction-pooling PgBouncer before 1.21 (it does not track prepared statements); set
 * `PG_PREPARED_STATEMENTS=false` there.
 */
export class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();

  // biome-ignore lint/suspicious/noExplicitAny: pg's overloads (config, values, callback) are passed through as given.
  override query(config: any, values?: any, callback?: any): any {
    const c = config as QueryConfigLike | null;
    if (
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

/**
 * For a transaction that writes in bulk (an import): every statement is planned for its own parameters and the
 * table as it is now. A prepared statement's generic plan is made once and kept; inside one long transaction the
 * tables grow by hundreds of thousands of rows that no statistics have seen yet, and a plan made when they were
 * small (a whole-table scan) stays — measured: the import's per-batch case lookup went from 0.4 to 10.6 s per
 * 20,000 rows. Parsing is still saved. Harmless on PGlite (same setting, nothing prepared).
 */
export async function planEachStatement(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`set local plan_cache_mode = force_custom_plan`);
}
