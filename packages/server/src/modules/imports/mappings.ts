/**
 * Column mapping for ledgers not in the template's layout (导入列对应).
 *
 * The header row of a ledger may carry columns the importer does not recognise (`备注2`, `承办人`, `诉讼请求摘要`,
 * `原告姓名（单位）`…). The dry run reports them as `unmappedColumns`; the user maps each to one of the template's
 * fields or ignores it, and uploads again with that mapping. The mapping is remembered per source — the header's
 * signature (a hash of every header text, normalized, in order) and the user's region — and applied automatically to
 * the next file with the same header from the same region. When a given mapping is remembered (after a whole read of
 * the file, row errors or not; never by a failed run or a command-line dry run) is decided in service.ts
 * (`rememberMapping`).
 */
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { COLUMN_KEYS, COLUMNS, type ColumnKey, cellText, columnOfHeader, matchKey } from './columns.js';
import { importMappings } from './schema.js';
import type { CellValue } from './xlsx/readRows.js';

/** Source header text → our column, or null to ignore the column. */
export type ColumnMapping = Record<string, ColumnKey | null>;

export interface UnmappedColumn {
  /** 0-based column index in the sheet, and its letter (A, B, … AA). */
  index: number;
  letter: string;
  header: string;
}

/** What the header needs or got: the columns still unmapped, and the mapping applied (remembered or given). */
export interface MappingReport {
  signature: string | null;
  unmappedColumns: UnmappedColumn[];
  /** The mapping applied to this file (given with the upload or remembered), null when none. */
  appliedMapping: ColumnMapping | null;
  /** 'request': given with the upload; 'remembered': found for this source. */
  mappingSource: 'request' | 'remembered' | null;
}

/** The report as kept with an import job (the signature stays internal). */
export type StoredMappingReport = Omit<MappingReport, 'signature'>;

export const MAPPABLE_FIELDS = COLUMNS.map((c) => ({ key: c.key, header: c.header }));

export const isColumnKey = (v: unknown): v is ColumnKey =>
  typeof v === 'string' && (COLUMN_KEYS as readonly string[]).includes(v);

export const columnLetter = (i: number) => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** The header text of each column: the header row's cell, or the cell of the second header row under it. */
export function headerLabels(rows: CellValue[][]): string[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const labels: string[] = [];
  for (let i = 0; i < width; i++) {
    // The lower row names the column more precisely (原告 under 当事人); fall back to the upper one.
    let label = '';
    for (const r of rows) {
      const t = cellText(r[i]);
      if (t) label = t;
    }
    labels.push(label);
  }
  return labels;
}

export function headerSignature(labels: string[]): string {
  const normalized = labels.map((l) => matchKey(l));
  while (normalized.length && normalized[normalized.length - 1] === '') normalized.pop();
  return createHash('sha256').update(normalized.join('\u0001')).digest('hex').slice(0, 32);
}

/** Columns with a header text that no field took, in sheet order. */
export function unmappedOf(labels: string[], used: Set<number>): UnmappedColumn[] {
  const out: UnmappedColumn[] = [];
  labels.forEach((header, index) => {
    if (header && !used.has(index) && columnOfHeader(header) === null) {
      out.push({ index, letter: columnLetter(index), header });
    }
  });
  return out;
}

/**
 * Applies `mapping` to the columns in `unmapped` (matched by normalized header text): a field is taken only when the
 * header did not name it already. Returns the columns left unmapped (neither mapped nor ignored).
 */
export function applyMapping(
  map: Partial<Record<ColumnKey, number>>,
  unmapped: UnmappedColumn[],
  mapping: ColumnMapping,
): UnmappedColumn[] {
  const byKey = new Map(Object.entries(mapping).map(([h, k]) => [matchKey(h), k] as const));
  const left: UnmappedColumn[] = [];
  for (const u of unmapped) {
    const target = byKey.get(matchKey(u.header));
    if (target === undefined) left.push(u);
    else if (target !== null && map[target] === undefined) map[target] = u.index;
  }
  return left;
}

const regionOf = (p: Principal) => p.regionCode ?? '';

export async function findMapping(db: DbOrTx, principal: Principal, signature: string): Promise<ColumnMapping | null> {
  const [row] = await db
    .select({ mapping: importMappings.mapping })
    .from(importMappings)
    .where(and(eq(importMappings.regionCode, regionOf(principal)), eq(importMappings.signature, signature)));
  return (row?.mapping as ColumnMapping | undefined) ?? null;
}

/** Remembers (or replaces) the mapping of this source for the principal's region. */
export async function saveMapping(
  db: DbOrTx,
  principal: Principal,
  signature: string,
  headers: string[],
  mapping: ColumnMapping,
): Promise<void> {
  await db
    .insert(importMappings)
    .values({
      regionCode: regionOf(principal),
      signature,
      headers,
      mapping,
      updatedBy: principal.username === 'system' ? null : principal.userId,
    })
    .onConflictDoUpdate({
      target: [importMappings.regionCode, importMappings.signature],
      set: { headers, mapping, updatedBy: sql`excluded.updated_by`, updatedAt: sql`now()` },
    });
}
