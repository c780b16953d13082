/**
 * Streaming row reader for ledgers: yields each worksheet's rows as plain cell values, in sheet order.
 *
 * One reader for every .xlsx, zip or zip64, file or stream (a stream is first written to a temporary file): random
 * access to the zip's central directory (zip.ts), each part inflated as a stream with zlib and decoded with one
 * StringDecoder per part (a multi-byte character split across chunks arrives whole), rows cut out of the XML text as it
 * arrives. The scan is linear: text waiting for its closing tag is kept as chunks and only the new chunk is searched,
 * so one huge cell costs its size, not its size squared. A CSV file (UTF-8 or GBK, as WPS writes it) goes through
 * csv.ts with the same contract; anything else is refused by sniff.ts with a Chinese message saying what it is.
 *
 * Cells (see `CellValue`): numbers stay numbers (a date written as a number is an Excel serial; the column decides how
 * to read it), rich text is joined, formulas give their cached result, errors are null.
 *
 * Limits (ReadLimits), each refused with a clear message (ImportFileError): a cell over Excel's own 32,767 characters,
 * a sheet over `maxRows` rows, a file whose parts inflate past `maxExpandedBytes`.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { type FileHandle, open, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { readCsvRows } from './csv.js';
import { ImportFileError } from './fileError.js';
import { type CellValue, DEFAULT_LIMITS, MAX_CELL_CHARS, type ReadLimits, type SheetRow } from './limits.js';
import { sniffFile } from './sniff.js';
import { ExpansionBudget, entryBytes, readCentralDirectory, type ZipEntry } from './zip.js';

export { type CellValue, DEFAULT_LIMITS, MAX_CELL_CHARS, type ReadLimits, type SheetRow } from './limits.js';

/** Characters of all shared strings together (held in memory while the sheets are read). */
const MAX_SHARED_CHARS = 250_000_000;

/** XML of one row (or one shared string) waiting for its closing tag: beyond this it cannot hold legal cells. */
const MAX_ELEMENT_CHARS = 8 * 1024 * 1024;

const cellTooLong = (length: number, where: string) =>
  new ImportFileError(
    'cellTooLong',
    `${where}的内容有 ${length.toLocaleString('en-US')} 个字符，超过 Excel 单元格的上限 32,767 个字符，无法导入；请检查是否误粘贴了大段内容`,
  );

const tooManyRows = (sheet: string, limit: number) =>
  new ImportFileError(
    'tooManyRows',
    `工作表“${sheet}”超过 ${limit.toLocaleString('en-US')} 行的上限，无法导入；请按年度或地区拆分为多个文件`,
  );

/** Every row of every worksheet (or of the CSV), streamed. Stop iterating early to skip the rest of the file. */
export async function* readXlsxRows(
  source: string | Readable,
  limits: Partial<ReadLimits> = {},
): AsyncGenerator<SheetRow> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  if (typeof source !== 'string') {
    const tmp = join(tmpdir(), `sj-read-${randomUUID()}`);
    try {
      await pipeline(source, createWriteStream(tmp));
      yield* readXlsxRows(tmp, lim);
    } finally {
      await unlink(tmp).catch(() => {});
    }
    return;
  }
  const kind = await sniffFile(source);
  if (kind === 'csv') {
    yield* readCsvRows(source, lim);
    return;
  }
  let file: XlsxFile | null = null;
  try {
    file = await XlsxFile.open(source, lim);
    yield* file.rows();
  } catch (err) {
    // Whatever a damaged part makes the parser throw (a bad character reference, a broken row) is the file's fault.
    if (err instanceof ImportFileError) throw err;
    throw new ImportFileError(
      'corrupt',
      '文件内容已损坏，无法读取；请在 Excel 或 WPS 中打开检查后重新保存为 .xlsx 再上传',
    );
  } finally {
    await file?.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// XML text

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text → string: entities and OOXML's `_xHHHH_` escapes of control characters. */
export function decodeXmlText(s: string): string {
  if (s.indexOf('&') >= 0) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : ENTITY[e]!,
    );
  }
  if (s.indexOf('_x') >= 0)
    s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

const T_RE = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
const RPH_RE = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;

/** The text of an `<si>` / `<is>` item: its `<t>` runs, without phonetic guides (`<rPh>`). */
function itemText(xml: string): string {
  if (xml.indexOf('rPh') >= 0) xml = xml.replace(RPH_RE, '');
  let out = '';
  T_RE.lastIndex = 0;
  for (let m = T_RE.exec(xml); m; m = T_RE.exec(xml)) out += m[1];
  return decodeXmlText(out);
}

const ROW_RE = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL_RE = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const V_RE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const IS_RE = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/;

const attr = (attrs: string, name: string): string | undefined => {
  const i = attrs.indexOf(` ${name}="`);
  if (i < 0) return undefined;
  const start = i + name.length + 3;
  return attrs.slice(start, attrs.indexOf('"', start));
};

/** `B12` → 1 (0-based column). */
function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/**
 * Cuts complete elements out of text arriving in chunks, in linear time: the text after the last complete element is
 * kept as a list of chunks, and only the newest chunk (plus a few characters before it) is searched for a closing
 * tag. `push` returns the text up to and including the last closing tag found, or '' while none came.
 */
export class ElementCutter {
  private parts: string[] = [];
  private pendingChars = 0;
  constructor(
    /** Global regex of the closing tag (`</row>`, `</x:row>`, a self-closing `<row …/>` is handled by the caller). */
    private readonly close: RegExp,
    private readonly tooLong: (chars: number) => Error,
    private readonly maxChars = MAX_ELEMENT_CHARS,
  ) {}

  /** The last characters of the pending text: a closing tag may begin there and end in the next chunk. */
  private tail = '';

  push(chunk: string): string {
    const overlap = this.tail;
    const search = overlap + chunk;
    this.close.lastIndex = 0;
    let end = -1;
    for (let m = this.close.exec(search); m; m = this.close.exec(search)) end = this.close.lastIndex;
    if (end < 0 || end <= overlap.length) {
      // No closing tag in the new text (one that ends inside the overlap was found last time).
      this.parts.push(chunk);
      this.pendingChars += chunk.length;
      this.tail = (overlap + chunk).slice(-64);
      if (this.pendingChars > this.maxChars) throw this.tooLong(this.pendingChars);
      return '';
    }
    const cut = end - overlap.length;
    const done = this.parts.join('') + chunk.slice(0, cut);
    const rest = chunk.slice(cut);
    this.parts = rest ? [rest] : [];
    this.pendingChars = rest.length;
    this.tail = rest.slice(-64);
    return done;
  }

  /** What is left at the end of the part (an unclosed element, or text after the last one). */
  rest(): string {
    return this.parts.join('');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The workbook

class XlsxFile {
  private readonly budget: ExpansionBudget;
  private constructor(
    private readonly path: string,
    private readonly fh: FileHandle,
    private readonly entries: Map<string, ZipEntry>,
    private readonly limits: ReadLimits,
  ) {
    this.budget = new ExpansionBudget(limits.maxExpandedBytes);
  }

  static async open(path: string, limits: ReadLimits): Promise<XlsxFile> {
    const fh = await open(path, 'r');
    try {
      const entries = await readCentralDirectory(fh);
      if (!entries.has('xl/workbook.xml')) {
        const what = entries.has('word/document.xml')
          ? '这是 Word 文档，不是 Excel 工作簿'
          : entries.has('ppt/presentation.xml')
            ? '这是 PowerPoint 演示文稿，不是 Excel 工作簿'
            : '这是一个压缩文件，不是 Excel 工作簿';
        throw new ImportFileError('notWorkbook', `${what}；请上传 .xlsx 格式的案件台账（可下载导入模板）`);
      }
      return new XlsxFile(path, fh, entries, limits);
    } catch (err) {
      await fh.close();
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.fh.close();
  }

  /** The decompressed text of a part, chunk by chunk. */
  private async *text(name: string): AsyncGenerator<string> {
    const e = this.entries.get(name);
    if (!e) return;
    const decoder = new StringDecoder('utf8');
    for await (const chunk of entryBytes(this.path, this.fh, e, this.budget, this.limits.chunkSize)) {
      const s = decoder.write(chunk);
      if (s) yield s;
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  private async whole(name: string): Promise<string> {
    let s = '';
    for await (const chunk of this.text(name)) {
      s += chunk;
      if (s.length > MAX_ELEMENT_CHARS) throw new ImportFileError('corrupt', `文件结构异常（${name} 过大），无法导入`);
    }
    return s;
  }

  /** Worksheets in workbook order: name and part path. */
  private async sheets(): Promise<{ name: string; part: string }[]> {
    const workbook = await this.whole('xl/workbook.xml');
    const rels = await this.whole('xl/_rels/workbook.xml.rels');
    const targets = new Map<string, string>();
    for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
      const a = ` ${m[1]}`;
      const id = attr(a, 'Id');
      const target = attr(a, 'Target');
      if (id && target) targets.set(id, target);
    }
    const out: { name: string; part: string }[] = [];
    for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
      const a = ` ${m[1]}`;
      const rid = /\sr:id="([^"]*)"/.exec(a)?.[1] ?? /\s\w+:id="([^"]*)"/.exec(a)?.[1];
      const target = rid ? targets.get(rid) : undefined;
      if (!target) continue;
      const part = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
      if (!this.entries.has(part)) continue;
      out.push({ name: decodeXmlText(attr(a, 'name') ?? ''), part });
    }
    if (out.length === 0) {
      throw new ImportFileError(
        'noSheets',
        '工作簿中没有工作表（文件可能已损坏），请在 Excel 或 WPS 中打开检查后重新保存',
      );
    }
    return out;
  }

  /** The shared strings; an item over Excel's cell limit is refused at once (it cannot have come from Excel). */
  private async sharedStrings(): Promise<string[]> {
    const name = [...this.entries.keys()].find((k) => /^xl\/sharedStrings\d*\.xml$/i.test(k));
    const out: string[] = [];
    if (!name) return out;
    const tooLong = (n: number) => cellTooLong(n, '文件中有单元格');
    const cutter = new ElementCutter(/<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g, tooLong, MAX_CELL_CHARS * 8 + 65_536);
    const SI = /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g;
    let total = 0;
    for await (const chunk of this.text(name)) {
      const done = cutter.push(chunk);
      if (!done) continue;
      SI.lastIndex = 0;
      for (let m = SI.exec(done); m; m = SI.exec(done)) {
        const s = m[1] === undefined ? '' : itemText(m[1]);
        if (s.length > MAX_CELL_CHARS) throw tooLong(s.length);
        // The table is held in memory for the whole read: bounded, whatever the archive's size limit allows.
        total += s.length;
        if (total > MAX_SHARED_CHARS) {
          throw new ImportFileError(
            'tooLarge',
            '文件中的文字内容过多（超过 2.5 亿个字符），无法导入；请按年度或地区拆分为多个文件',
          );
        }
        out.push(s);
      }
    }
    return out;
  }

  async *rows(): AsyncGenerator<SheetRow> {
    const sheets = await this.sheets();
    const strings = await this.sharedStrings();
    for (let sheetIndex = 0; sheetIndex < sheets.length; sheetIndex++) {
      const sheet = sheets[sheetIndex]!;
      let nextRow = 1;
      let count = 0;
      const cutter = new ElementCutter(/<\/(?:\w+:)?row>|<(?:\w+:)?row\b[^<>]*\/>/g, (n) =>
        cellTooLong(n, `工作表“${sheet.name}”第${nextRow}行`),
      );
      for await (const chunk of this.text(sheet.part)) {
        const done = cutter.push(chunk);
        if (!done) continue;
        ROW_RE.lastIndex = 0;
        const batch: SheetRow[] = [];
        for (let m = ROW_RE.exec(done); m; m = ROW_RE.exec(done)) {
          const r = attr(` ${m[1]}`, 'r');
          const rowNumber = r ? Number(r) : nextRow;
          nextRow = rowNumber + 1;
          if (++count > this.limits.maxRows || rowNumber > this.limits.maxRows) {
            throw tooManyRows(sheet.name, this.limits.maxRows);
          }
          const where = (col: number) => `工作表“${sheet.name}”第${rowNumber}行${columnName(col)}列`;
          batch.push({
            sheetIndex,
            sheetName: sheet.name,
            rowNumber,
            cells: m[2] ? parseCells(m[2], strings, where) : [],
          });
        }
        for (const row of batch) yield row;
      }
    }
  }
}

/** 0 → A, 26 → AA. */
function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseCells(xml: string, strings: string[], where: (col: number) => string): CellValue[] {
  const cells: CellValue[] = [];
  let next = 0;
  CELL_RE.lastIndex = 0;
  for (let m = CELL_RE.exec(xml); m; m = CELL_RE.exec(xml)) {
    const attrs = ` ${m[1]}`;
    const ref = attr(attrs, 'r');
    const col = ref ? columnIndex(ref) : next;
    // Past Excel's last column (XFD): not a cell Excel wrote; a sparse array that long would never be walked.
    if (col < 0 || col > 16_383)
      throw new ImportFileError('corrupt', `${where(0)}附近的单元格位置无效，文件可能已损坏`);
    next = col + 1;
    const body = m[2];
    if (!body) continue;
    const t = attr(attrs, 't');
    if (t === 'inlineStr') {
      const is = IS_RE.exec(body);
      cells[col] = is ? itemText(is[1]!) : null;
      continue;
    }
    const v = V_RE.exec(body)?.[1];
    if (v === undefined) continue;
    switch (t) {
      case 's':
        cells[col] = strings[Number(v)] ?? null;
        break;
      case 'str':
        cells[col] = decodeXmlText(v);
        break;
      case 'b':
        cells[col] = v === '1' || v === 'true';
        break;
      case 'e':
        cells[col] = null;
        break;
      case 'd': {
        const d = new Date(v);
        cells[col] = Number.isNaN(d.getTime()) ? decodeXmlText(v) : d;
        break;
      }
      default: {
        const n = Number(v);
        cells[col] = Number.isFinite(n) ? n : decodeXmlText(v);
      }
    }
  }
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (typeof c === 'string' && c.length > MAX_CELL_CHARS) throw cellTooLong(c.length, where(i));
  }
  return cells;
}
