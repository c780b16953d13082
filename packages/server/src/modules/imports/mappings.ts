/**
 * Column mapping for ledgers not in the template's layout (导入列对应).
 *
 * The header row of a ledger may carry columns the importer does not recognise (`备注2`, `经办科室`, `诉讼请求摘要`,
 * `原告姓名（单位）`…) or recognises by a guess (a synonym). The dry run reports every column and how it is read
 * (`columns`), the unread ones as `unmappedColumns`; the user maps any column — recognised or not — to one of the
 * template's fields or ignores it, and uploads again with that mapping. The mapping is remembered per source — the header's
 * signature (a hash of every header text, normalized, in order) and the user's region — and applied automatically to
 * the next file with the same header from the same region. When a given mapping is remembered (after a whole read of
 * the file, row errors or not; never by a failed run or a command-line dry run) is decided in service.ts
 * (`rememberMapping`).
 */
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { COLUMN_KEYS, COLUMNS, type ColumnKey, cellText, headerOf, isExactHeader, matchKey } from './columns.js';
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
  /** Every named column and how it is read (the truth of what the mapping and the header did). */
  columns: ColumnUse[];
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

/**
 * How each named column of the file is read (the dry run shows all of them, so that the clerk sees what was guessed):
 * - 'header': by its name, the template's own header; 'synonym': by a name the importer knows for that field (a
 *   guess a mapping can override);
 * - 'mapping': by the mapping given or remembered; 'ignored': the mapping says to ignore it;
 * - 'unmapped': not read at all (an unknown name, or a second column of a field another column took).
 */
export interface ColumnUse {
  index: number;
  letter: string;
  header: string;
  field: ColumnKey | null;
  how: 'header' | 'synonym' | 'mapping' | 'ignored' | 'unmapped';
}

/**
 * Applies `mapping` to every column of the header it names (matched by normalized header text), recognised or not: a
 * column mapped to a field takes it (from whichever column the header gave it to), a column mapped to null is read
 * as nothing. Returns the columns the mapping decided.
 */
export function applyMapping(
  map: Partial<Record<ColumnKey, number>>,
  labels: string[],
  mapping: ColumnMapping,
): { mapped: Set<number>; ignored: Set<number> } {
  const byKey = new Map(Object.entries(mapping).map(([h, k]) => [matchKey(h), k] as const));
  const mapped = new Set<number>();
  const ignored = new Set<number>();
  labels.forEach((label, index) => {
    if (!label) return;
    const target = byKey.get(matchKey(label));
    if (target === undefined) return;
    // The column is the mapping's now: whatever field its header gave it is let go.
    for (const k of Object.keys(map) as ColumnKey[]) if (map[k] === index) delete map[k];
    if (target === null) {
      ignored.add(index);
      return;
    }
    const holder = map[target];
    if (holder !== undefined && mapped.has(holder)) return; // two columns mapped to one field: the first keeps it
    map[target] = index;
    mapped.add(index);
  });
  return { mapped, ignored };
}

/**
 * Columns our own export writes for the reader and never imports (the next open deadline is computed, not entered):
 * a re-imported export reads them as ignored, not as columns the clerk must map.
 */
const EXPORT_ONLY_HEADERS = new Set(['下一期限' /* export.ts NEXT_DUE_HEADER */].map(matchKey));

/** Every named column of the header and how it is read, in sheet order. */
export function columnUses(
  labels: string[],
  map: Partial<Record<ColumnKey, number>>,
  decided: { mapped: Set<number>; ignored: Set<number> },
): ColumnUse[] {
  const fieldAt = new Map<number, ColumnKey>();
  for (const [k, i] of Object.entries(map) as [ColumnKey, number][]) fieldAt.set(i, k);
  const out: ColumnUse[] = [];
  labels.forEach((header, index) => {
    if (!header) return;
    const field = fieldAt.get(index) ?? null;
    const how: ColumnUse['how'] =
      decided.ignored.has(index) || (field === null && EXPORT_ONLY_HEADERS.has(matchKey(header)))
        ? 'ignored'
        : field === null
          ? 'unmapped'
          : decided.mapped.has(index)
            ? 'mapping'
            : isExactHeader(header)
              ? 'header'
              : 'synonym';
    out.push({ index, letter: columnLetter(index), header, field, how });
  });
  return out;
}

/** How errors name a column: as the file names it, with its letter, and the field it was read as when named otherwise. */
export function columnNamer(labels: string[], map: Partial<Record<ColumnKey, number>>): (key: ColumnKey) => string {
  return (key) => {
    const header = headerOf(key);
    const i = map[key];
    const label = i === undefined ? '' : (labels[i] ?? '');
    if (i === undefined) return header;
    if (!label) return `${columnLetter(i)}列（${header}）`;
    return matchKey(label) === matchKey(header)
      ? `${columnLetter(i)}列 ${label}`
      : `${columnLetter(i)}列 ${label}（${header}）`;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Validation: the same for the API's `mapping` field and the command line's --map / --mapping

/** Why a mapping is refused. The API words it in Chinese (MappingError); the command line in both languages. */
export type MappingProblem =
  /** Not an object {source header → field key or null}, an empty or overlong header, too many entries. */
  | { reason: 'format' }
  /** The field is not one of ours (COLUMN_KEYS). */
  | { reason: 'unknownField'; column: string; field: string }
  /** The file's header has no column of that name. */
  | { reason: 'notInFile'; column: string };

export const MAX_MAPPING_ENTRIES = 500;
const MAX_HEADER_LENGTH = 200;

export function mappingProblemText(p: MappingProblem): string {
  switch (p.reason) {
    case 'format':
      return '列对应格式不正确：应为 {"源列": "字段" 或 null（忽略）}';
    case 'unknownField':
      return `列“${p.column}”对应的字段“${p.field}”不存在`;
    case 'notInFile':
      return `文件表头中没有“${p.column}”列`;
  }
}

/** A refused mapping: 400 with one detail per problem, each naming the column (and the field). */
export class MappingError extends AppError {
  constructor(readonly problems: MappingProblem[]) {
    super(
      'VALIDATION_FAILED',
      problems.map(mappingProblemText).join('；'),
      problems.map((p) => ({ field: 'mapping', message: mappingProblemText(p) })),
    );
  }
}

/**
 * A mapping as given (parsed JSON), checked: an object of at most 500 source headers (1–200 characters), each to a
 * field key or null (ignore). Throws MappingError naming every unknown field.
 */
export function parseColumnMapping(value: unknown): ColumnMapping {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new MappingError([{ reason: 'format' }]);
  const entries = Object.entries(value);
  if (entries.length > MAX_MAPPING_ENTRIES) throw new MappingError([{ reason: 'format' }]);
  const problems: MappingProblem[] = [];
  const mapping: ColumnMapping = {};
  for (const [column, field] of entries) {
    if (column.trim() === '' || column.length > MAX_HEADER_LENGTH) throw new MappingError([{ reason: 'format' }]);
    if (field === null || isColumnKey(field)) mapping[column] = field;
    else
      problems.push({
        reason: 'unknownField',
        column,
        field: typeof field === 'string' ? field : JSON.stringify(field),
      });
  }
  if (problems.length) throw new MappingError(problems);
  return mapping;
}

/** Throws MappingError naming every column of `mapping` that the file's header (`labels`) does not have. */
export function checkMappingColumns(mapping: ColumnMapping, labels: string[]): void {
  const present = new Set(labels.map(matchKey));
  const problems: MappingProblem[] = Object.keys(mapping)
    .filter((column) => !present.has(matchKey(column)))
    .map((column) => ({ reason: 'notInFile', column }));
  if (problems.length) throw new MappingError(problems);
}

// ---------------------------------------------------------------------------------------------------------------
// Remembered mappings

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
