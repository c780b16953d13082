/**
 * The messages between the server's thread and the PGlite worker (pgliteWorker.ts, pgliteWorkerClient.ts), and how
 * an error crosses the thread boundary. Everything here is structured-cloneable: no functions, no class instances.
 */

/** What drizzle and our own code pass as query options, in a form that crosses threads. */
export interface WireQueryOptions {
  rowMode?: 'array' | 'object';
  /** Type OIDs whose values stay the text PostgreSQL sent (drizzle's parsers for dates, timestamps, intervals…). */
  rawTypes?: number[];
  paramTypes?: number[];
}

export type WorkerRequest =
  | { id: number; op: 'query'; tx: number; sql: string; params: unknown[]; options: WireQueryOptions }
  | { id: number; op: 'exec'; tx: number; sql: string; options: WireQueryOptions }
  | { id: number; op: 'begin'; tx: number }
  | { id: number; op: 'commit'; tx: number }
  | { id: number; op: 'rollback'; tx: number }
  | { id: number; op: 'dump'; compression: 'gzip' | 'auto' | 'none' }
  | { id: number; op: 'snapshot'; to: string }
  | { id: number; op: 'close' };

export type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: WireError };

/** The worker's first message: the database opened, or why not. */
export type WorkerHello = { hello: 'ready' } | { hello: 'failed'; error: WireError };

/** An error as it crosses the boundary: its class, message, stack, and every plain field (code, detail, constraint…). */
export interface WireError {
  kind: 'DatabaseError' | 'TransactionAbortedError' | 'Error';
  name: string;
  message: string;
  stack?: string;
  fields: Record<string, string | number | boolean | null | undefined>;
}

/** PostgreSQL's error fields as PGlite's DatabaseError carries them (the same names node-postgres uses). */
const FIELD_NAMES = [
  'length',
  'severity',
  'code',
  'detail',
  'hint',
  'position',
  'internalPosition',
  'internalQuery',
  'where',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'file',
  'line',
  'routine',
  'query',
] as const;

/** `kind` is decided by the caller (the worker knows PGlite's classes; their names are minified). */
export function toWireError(err: unknown, kind: WireError['kind']): WireError {
  if (!(err instanceof Error)) return { kind: 'Error', name: 'Error', message: String(err), fields: {} };
  const fields: WireError['fields'] = {};
  const source = err as unknown as Record<string, unknown>;
  for (const k of FIELD_NAMES) {
    const v = source[k];
    if (v === undefined || v === null || ['string', 'number', 'boolean'].includes(typeof v))
      fields[k] = v as string | number | boolean | null | undefined;
  }
  return { kind, name: err.name, message: err.message, stack: err.stack, fields };
}
