/**
 * Read and check (service.ts step 1 and 2): the file row by row, each row mapped and, batch by batch, matched against
 * the registry and planned; each checked batch goes to a sink (staged for a later commit, or applied at once) while no
 * row has failed.
 */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Principal } from '../../platform/auth/principal.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError, forbidden } from '../../platform/errors.js';
import {
  type DeadlineEntry,
  type DeadlineLookup,
  DeadlineTable,
  findCasesByNumbers,
  todayInChina,
} from '../cases/public.js';
import { answerDueWarning } from './answerDue.js';
import { headerOf } from './columns.js';
import { RowErrors } from './errorReport.js';
import { dataRows } from './header.js';
import { type ImportOptions, type ImportResult, KEEP_CHANGES, KEEP_ERRORS } from './importTypes.js';
import { loadLookups } from './lookups.js';
import {
  applyMapping,
  checkMappingColumns,
  columnNamer,
  columnUses,
  findMapping,
  headerLabels,
  headerSignature,
  type MappingReport,
} from './mappings.js';
import { type ColumnMap, type Draft, mapRow, matchKeyOf, type RowError } from './mapRow.js';
import { OverviewCollector } from './overview.js';
import { type PlanContext, planRow } from './plan.js';
import type { StagedRow } from './repository.js';
import { type CellValue, readXlsxRows } from './xlsx/readRows.js';

export interface Prepared extends ImportResult {
  deadlineTable: DeadlineEntry[];
  /** The header's text per column, once found (what a remembered mapping is saved with). */
  headerLabels: string[] | null;
}

/** What happens to each checked batch while no row has failed yet. */
export type Sink = (rows: StagedRow[], deadlines: DeadlineLookup) => Promise<void>;

export async function prepare(
  db: DbOrTx,
  principal: Principal,
  source: string | Readable,
  opts: ImportOptions & { jobId: string | null; sink: Sink | null },
): Promise<Prepared> {
  const lookups = await loadLookups(db, principal);
  if (lookups.scope.none) throw forbidden('您没有可导入案件的管辖范围');
  const deadlines = new DeadlineTable(lookups.calendar);
  const ctx: PlanContext = {
    lookups,
    deadlines,
    today: todayInChina(),
    fileName: opts.fileName ?? 'import.xlsx',
    newId: randomUUID,
  };
  const latestYear = new Date().getFullYear() + 1;
  const batchSize = opts.batchSize ?? 1000;
  const result: Prepared = {
    importId: opts.jobId,
    status: 'validated',
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    errorCount: 0,
    errors: [],
    errorKinds: [],
    warningCount: 0,
    warnings: [],
    skippedRows: [],
    changes: [],
    deadlineTable: [],
    headerLabels: null,
  };
  const firstRowOf = new Map<string, number>();
  const columns: ColumnMap = {};
  const mapping: MappingReport = {
    signature: null,
    columns: [],
    unmappedColumns: [],
    appliedMapping: null,
    mappingSource: null,
  };
  result.mapping = mapping;
  const overview = new OverviewCollector();
  let columnName = headerOf;
  let headerRow = 0;
  // Once the header is known: apply the given or remembered mapping to any column it names, recognised or not, and
  // report how every column is read.
  const onHeader = async (map: ColumnMap, headerRows: CellValue[][], at: number) => {
    headerRow = at;
    const labels = headerLabels(headerRows);
    const signature = headerSignature(labels);
    mapping.signature = signature;
    result.headerLabels = labels;
    let decided = { mapped: new Set<number>(), ignored: new Set<number>() };
    if (opts.mapping) {
      // Every column it names must be in this header (MappingError otherwise: nothing read, nothing remembered).
      // Applied now, remembered only once the whole file has been read (rememberMapping).
      checkMappingColumns(opts.mapping, labels);
      decided = applyMapping(map, labels, opts.mapping);
      mapping.appliedMapping = opts.mapping;
      mapping.mappingSource = 'request';
    } else {
      const remembered = await findMapping(db, principal, signature);
      if (remembered) {
        decided = applyMapping(map, labels, remembered);
        mapping.appliedMapping = remembered;
        mapping.mappingSource = 'remembered';
      }
    }
    mapping.columns = columnUses(labels, map, decided);
    mapping.unmappedColumns = mapping.columns
      .filter((c) => c.how === 'unmapped')
      .map(({ index, letter, header }) => ({ index, letter, header }));
    columnName = columnNamer(labels, map);
    ctx.columnName = columnName;
  };
  const errors = new RowErrors(KEEP_ERRORS);
  const warnings = new RowErrors(KEEP_ERRORS);
  let batch: Draft[] = [];
  let inflight: Promise<void> = Promise.resolve();
  let sunkBatches = 0;
  let written = 0;
  const progress = () =>
    opts.onProgress?.({ phase: 'reading', rowsRead: result.rows, rowsWritten: written, rowsTotal: null });

  const addErrors = (list: RowError[]) => {
    for (const e of list) errors.add(e);
    result.errorCount = errors.count;
  };

  const flush = async (drafts: Draft[]) => {
    const t = performance.now();
    const found = await findCasesByNumbers(db, [...new Set(drafts.map((d) => d.caseNumber))]);
    opts.onStep?.('lookup', performance.now() - t);
    const existing = new Map(found.map((c) => [matchKeyOf(c as { kind: Draft['kind']; caseNumber: string }), c]));
    const out: StagedRow[] = [];
    for (const d of drafts) {
      const before = existing.get(matchKeyOf(d)) ?? null;
      const warning = answerDueWarning(d, before, ctx, columnName('answerDueDate'));
      if (warning) warnings.add(warning);
      const plan = planRow(d, before, ctx);
      if (plan.action !== 'error') overview.add(d, plan.action);
      if (plan.action === 'error') addErrors(plan.errors);
      else if (plan.action === 'unchanged') result.unchanged++;
      else {
        if (plan.action === 'create') result.created++;
        else {
          result.updated++;
          if (result.changes.length < KEEP_CHANGES)
            result.changes.push({ row: d.row, caseNumber: d.caseNumber, fields: plan.changes });
        }
        out.push(plan.staged);
      }
    }
    // Once a row failed, the file will not be written: keep checking, stop writing.
    if (opts.sink && result.errorCount === 0 && out.length) {
      await opts.sink(out, (rule, from) => deadlines.get(rule, from));
      written += out.length;
      sunkBatches++;
      if (opts.failAfterStagedBatches !== undefined && sunkBatches >= opts.failAfterStagedBatches) {
        throw new Error('injected failure while staging');
      }
    }
    progress();
  };

  const rows = dataRows(readXlsxRows(source, opts.readLimits), columns, onHeader, result.skippedRows);
  for await (const r of rows) {
    result.rows++;
    const mapped = mapRow(r.rowNumber, r.cells, columns, lookups, { latestYear, columnName });
    if (mapped.errors.length) addErrors(mapped.errors);
    const draft = mapped.draft;
    if (!draft) continue;
    const key = matchKeyOf(draft);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      addErrors([{ row: r.rowNumber, column: columnName('caseNumber'), message: `案号与第${first}行重复` }]);
      continue;
    }
    firstRowOf.set(key, r.rowNumber);
    batch.push(draft);
    if (batch.length >= batchSize) {
      // The database works on this batch while the next one is parsed.
      await inflight;
      inflight = flush(batch);
      inflight.catch(() => {}); // awaited above or below; no unhandled rejection in between
      batch = [];
    }
  }
  await inflight;
  if (batch.length) await flush(batch);

  if (columns.caseNumber === undefined) {
    throw new AppError(
      'IMPORT_INVALID',
      '未找到表头：第一张工作表的前30行中应有“案号”“被告/被申请人”等列名，请使用导入模板',
      [{ field: 'file', message: '未找到表头' }],
    );
  }
  if (result.rows === 0) {
    const footer = result.skippedRows.length ? `（表尾 ${result.skippedRows.length} 行已跳过）` : '';
    throw new AppError(
      'IMPORT_INVALID',
      `文件没有数据行：第${headerRow}行是表头，其下没有案件${footer}；请在表头下方逐行填写案件后再导入`,
      [{ field: 'file', message: '没有数据行' }],
    );
  }
  if (columns.defendants === undefined && result.created > 0) {
    addErrors([{ row: 0, column: headerOf('defendants'), message: '缺少“被告/被申请人”列：新增案件必须填写被告' }]);
  }
  result.errors = errors.first();
  result.errorKinds = errors.byKind();
  result.warnings = warnings.first();
  result.warningCount = warnings.count;
  result.status = result.errorCount > 0 ? 'invalid' : 'validated';
  result.deadlineTable = deadlines.toJSON();
  result.overview = overview.toJSON();
  return result;
}
export function strip(r: Prepared): ImportResult {
  const { deadlineTable: _d, headerLabels: _h, ...rest } = r;
  return rest;
}
