/**
 * Streaming row reader for .xlsx files: yields each worksheet's rows as plain cell values, in sheet order.
 *
 * Two readers, one contract:
 * - a file on disk is read by a small, fast reader (random access to the zip's central directory, each part inflated
 *   as a stream with zlib, rows scanned out of the XML text as it arrives): about 5–10× faster than exceljs'
 *   WorkbookReader, which is what lets an import run at the speed of the database;
 * - a stream, or a file the fast reader does not understand (zip64, encryption, unknown compression), goes through
 *   exceljs' streaming WorkbookReader.
 * Both hand out cells the same way (see `CellValue`): numbers stay numbers (a date written as a number is an Excel
 * serial; the column decides how to read it), rich text is joined, formulas give their cached result, errors are null.
 */
import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';

export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** 0-based position of the worksheet in the workbook. */
  sheetIndex: number;
  sheetName: string;
  /** 1-based, as Excel shows it. */
  rowNumber: number;
  /** 0-based by column (A = 0); missing cells are undefined or null. */
  cells: CellValue[];
}

/** Thrown by the fast reader for files it leaves to exceljs. */
class UnsupportedXlsx extends Error {}

/** Every row of every worksheet, streamed. Stop iterating early to skip the rest of the file. */
export async function* readXlsxRows(source: string | Readable): AsyncGenerator<SheetRow> {
  if (typeof source !== 'string') {
    yield* readWithExceljs(source);
    return;
  }
  let fast: FastXlsx | null = null;
  try {
    fast = await FastXlsx.open(source);
  } catch (err) {
    if (!(err instanceof UnsupportedXlsx)) throw err;
  }
  if (!fast) {
    yield* readWithExceljs(source);
    return;
  }
  try {
    yield* fast.rows();
  } finally {
    await fast.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// exceljs (streams, and the fallback)

export async function* readWithExceljs(source: string | Readable): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source as never, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let sheetIndex = 0;
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name?: string; id?: number };
    const sheetName = ws.name ?? `Sheet${sheetIndex + 1}`;
    for await (const row of ws) {
      const values = row.values as unknown[];
      const cells: CellValue[] = [];
      for (let i = 1; i < values.length; i++) cells[i - 1] = plainValue(values[i]);
      yield { sheetIndex, sheetName, rowNumber: row.number, cells };
    }
    sheetIndex++;
  }
}

function plainValue(v: unknown): CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
    if ('result' in o) return plainValue(o.result);
    if ('text' in o) return plainValue(o.text);
    if ('error' in o) return null;
  }
  return String(v);
}

// ---------------------------------------------------------------------------------------------------------------
// The fast reader

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

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

class FastXlsx {
  private constructor(
    private readonly path: string,
    private readonly fh: FileHandle,
    private readonly entries: Map<string, ZipEntry>,
  ) {}

  static async open(path: string): Promise<FastXlsx> {
    const fh = await open(path, 'r');
    try {
      const entries = await readCentralDirectory(fh);
      if (!entries.has('xl/workbook.xml')) throw new UnsupportedXlsx('no xl/workbook.xml');
      return new FastXlsx(path, fh, entries);
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
    const header = Buffer.alloc(30);
    await this.fh.read(header, 0, 30, e.localHeaderOffset);
    if (header.readUInt32LE(0) !== 0x04034b50) throw new UnsupportedXlsx('bad local header');
    const start = e.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (e.compressedSize === 0) return;
    const raw = createReadStream(this.path, { start, end: start + e.compressedSize - 1, highWaterMark: 256 * 1024 });
    const stream = e.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 256 * 1024 })) : raw;
    raw.on('error', (err) => stream.destroy(err));
    const decoder = new StringDecoder('utf8');
    try {
      for await (const chunk of stream) yield decoder.write(chunk as Buffer);
      const rest = decoder.end();
      if (rest) yield rest;
    } finally {
      raw.destroy();
      stream.destroy();
    }
  }

  private async whole(name: string): Promise<string> {
    let s = '';
    for await (const chunk of this.text(name)) s += chunk;
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
      out.push({ name: decodeXmlText(attr(a, 'name') ?? ''), part });
    }
    if (out.length === 0) throw new UnsupportedXlsx('no worksheets found');
    return out;
  }

  private async sharedStrings(): Promise<string[]> {
    const name = [...this.entries.keys()].find((k) => /^xl\/sharedStrings\d*\.xml$/i.test(k));
    const out: string[] = [];
    if (!name) return out;
    let pending = '';
    const SI = /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g;
    for await (const chunk of this.text(name)) {
      pending += chunk;
      SI.lastIndex = 0;
      let end = 0;
      for (let m = SI.exec(pending); m; m = SI.exec(pending)) {
        out.push(m[1] === undefined ? '' : itemText(m[1]));
        end = SI.lastIndex;
      }
      pending = pending.slice(end);
    }
    return out;
  }

  async *rows(): AsyncGenerator<SheetRow> {
    const sheets = await this.sheets();
    const strings = await this.sharedStrings();
    for (let sheetIndex = 0; sheetIndex < sheets.length; sheetIndex++) {
      const sheet = sheets[sheetIndex]!;
      let pending = '';
      let nextRow = 1;
      for await (const chunk of this.text(sheet.part)) {
        pending += chunk;
        ROW_RE.lastIndex = 0;
        let end = 0;
        const batch: SheetRow[] = [];
        for (let m = ROW_RE.exec(pending); m; m = ROW_RE.exec(pending)) {
          end = ROW_RE.lastIndex;
          const r = attr(` ${m[1]}`, 'r');
          const rowNumber = r ? Number(r) : nextRow;
          nextRow = rowNumber + 1;
          batch.push({ sheetIndex, sheetName: sheet.name, rowNumber, cells: m[2] ? parseCells(m[2], strings) : [] });
        }
        pending = pending.slice(end);
        for (const row of batch) yield row;
      }
    }
  }
}

function parseCells(xml: string, strings: string[]): CellValue[] {
  const cells: CellValue[] = [];
  let next = 0;
  CELL_RE.lastIndex = 0;
  for (let m = CELL_RE.exec(xml); m; m = CELL_RE.exec(xml)) {
    const attrs = ` ${m[1]}`;
    const ref = attr(attrs, 'r');
    const col = ref ? columnIndex(ref) : next;
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
  return cells;
}

async function readCentralDirectory(fh: FileHandle): Promise<Map<string, ZipEntry>> {
  const { size } = await fh.stat();
  const tailSize = Math.min(size, 65_557);
  const tail = Buffer.alloc(tailSize);
  await fh.read(tail, 0, tailSize, size - tailSize);
  let eocd = -1;
  for (let i = tailSize - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UnsupportedXlsx('not a zip file');
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new UnsupportedXlsx('zip64');
  const cd = Buffer.alloc(cdSize);
  await fh.read(cd, 0, cdSize, cdOffset);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (cd.readUInt32LE(p) !== 0x02014b50) throw new UnsupportedXlsx('bad central directory');
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const compressedSize = cd.readUInt32LE(p + 20);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const localHeaderOffset = cd.readUInt32LE(p + 42);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
    if (flags & 1) throw new UnsupportedXlsx('encrypted');
    if (method !== 0 && method !== 8) throw new UnsupportedXlsx(`compression method ${method}`);
    if (compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) throw new UnsupportedXlsx('zip64');
    entries.set(name.replace(/\\/g, '/').replace(/^\//, ''), { name, method, compressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
