/**
 * The zip container of an .xlsx: its central directory (zip and zip64) and each part as a stream of bytes.
 *
 * Random access to the central directory, then one part at a time inflated as a stream with zlib. Zip64 (written by
 * Excel and WPS for large workbooks, and by some tools always) is read here too, so that every workbook goes through
 * the same reader: the earlier fallback (exceljs' streaming reader) decoded each inflated chunk to text on its own and
 * garbled every multi-byte character that fell on a chunk boundary.
 *
 * Every inflated byte is counted against `maxExpandedBytes` (a zip bomb stops there, whatever its directory claims).
 */
import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { ImportFileError } from './fileError.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const corrupt = () =>
  new ImportFileError('corrupt', '文件已损坏或不完整（可能在下载或复制时被截断），请在 Excel 或 WPS 中重新保存后上传');

/** The entries of the zip, by normalized name. Throws ImportFileError for what is not a (whole) zip. */
export async function readCentralDirectory(fh: FileHandle): Promise<Map<string, ZipEntry>> {
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
  if (eocd < 0) throw corrupt();
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // Zip64: the locator sits right before the end record and points at the zip64 end record.
    const loc = eocd - 20;
    if (loc < 0 || tail.readUInt32LE(loc) !== 0x07064b50) throw corrupt();
    const recordOffset = Number(tail.readBigUInt64LE(loc + 8));
    const record = Buffer.alloc(56);
    if (recordOffset + 56 > size) throw corrupt();
    await fh.read(record, 0, 56, recordOffset);
    if (record.readUInt32LE(0) !== 0x06064b50) throw corrupt();
    count = Number(record.readBigUInt64LE(32));
    cdSize = Number(record.readBigUInt64LE(40));
    cdOffset = Number(record.readBigUInt64LE(48));
  }
  if (cdOffset + cdSize > size || cdSize > 256 * 1024 * 1024 || count * 46 > cdSize) throw corrupt();
  const cd = Buffer.alloc(cdSize);
  await fh.read(cd, 0, cdSize, cdOffset);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw corrupt();
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    let compressedSize = cd.readUInt32LE(p + 20);
    let uncompressedSize = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    let localHeaderOffset = cd.readUInt32LE(p + 42);
    if (p + 46 + nameLen + extraLen > cd.length) throw corrupt();
    const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
    // Zip64 extended information: the 8-byte values of the fields that hold 0xFFFFFFFF, in this order.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = cd.readUInt16LE(x);
      const len = cd.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        const next = () => {
          if (q + 8 > x + 4 + len) throw corrupt();
          const v = Number(cd.readBigUInt64LE(q));
          q += 8;
          return v;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      }
      x += 4 + len;
    }
    if (flags & 1) {
      throw new ImportFileError(
        'encrypted',
        '文件已加密（设置了打开密码），请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入',
      );
    }
    if (method !== 0 && method !== 8) {
      throw new ImportFileError(
        'unsupported',
        `文件使用了不支持的压缩方式（${method}），请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入`,
      );
    }
    entries.set(name.replace(/\\/g, '/').replace(/^\//, ''), {
      name,
      method,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Counts inflated bytes across the parts of one file. */
export class ExpansionBudget {
  used = 0;
  constructor(readonly limit: number) {}
  add(n: number): void {
    this.used += n;
    if (this.used > this.limit) {
      throw new ImportFileError(
        'tooLarge',
        `文件解压后超过 ${Math.round(this.limit / 1024 / 1024)} MB 的上限，无法导入；请按年度或地区拆分为多个文件`,
      );
    }
  }
}

/** The bytes of one part, chunk by chunk (`chunkSize`: the inflater's output size; tests make it small). */
export async function* entryBytes(
  path: string,
  fh: FileHandle,
  e: ZipEntry,
  budget: ExpansionBudget,
  chunkSize = 256 * 1024,
): AsyncGenerator<Buffer> {
  const header = Buffer.alloc(30);
  const { bytesRead } = await fh.read(header, 0, 30, e.localHeaderOffset);
  if (bytesRead < 30 || header.readUInt32LE(0) !== 0x04034b50) throw corrupt();
  const start = e.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (e.compressedSize === 0) return;
  const { size } = await fh.stat();
  if (start + e.compressedSize > size) throw corrupt();
  const raw = createReadStream(path, {
    start,
    end: start + e.compressedSize - 1,
    highWaterMark: Math.max(chunkSize, 64),
  });
  const stream = e.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: Math.max(chunkSize, 64) })) : raw;
  raw.on('error', (err) => stream.destroy(err));
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      budget.add(buf.length);
      // A stored part, or a test's tiny chunks: hand out at most chunkSize bytes at a time.
      for (let i = 0; i < buf.length; i += chunkSize) yield buf.subarray(i, Math.min(buf.length, i + chunkSize));
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    throw corrupt();
  } finally {
    raw.destroy();
    stream.destroy();
  }
}
