/**
 * CSV ledgers, with the xlsx reader's contract (one sheet, rows numbered from 1, cells as text).
 *
 * Encoding, as the file is: a byte order mark (UTF-8, UTF-16 LE/BE) decides; otherwise UTF-8 when the whole file is
 * valid UTF-8, else GBK (GB18030), which is what WPS and Excel write for "CSV" on a Chinese Windows. The delimiter is a
 * comma, or a tab when the first line has more tabs than commas ("Unicode text" from Excel). Quoting is RFC 4180:
 * quoted fields may hold delimiters, line breaks and doubled quotes.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import iconv from 'iconv-lite';
import { ImportFileError } from './fileError.js';
import { type CellValue, MAX_CELL_CHARS, type ReadLimits, type SheetRow } from './limits.js';

type Encoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

async function detectEncoding(path: string, chunkSize: number): Promise<{ encoding: Encoding; skip: number }> {
  const head = Buffer.alloc(3);
  const fh = await open(path, 'r');
  try {
    await fh.read(head, 0, 3, 0);
  } finally {
    await fh.close();
  }
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', skip: 2 };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: Math.max(chunkSize, 64) })) {
      decoder.decode(chunk as Buffer, { stream: true });
    }
    decoder.decode();
    return { encoding: 'utf8', skip: 0 };
  } catch {
    return { encoding: 'gb18030', skip: 0 };
  }
}

function decoderFor(encoding: Encoding): { write(b: Buffer): string; end(): string } {
  if (encoding === 'utf8') return new StringDecoder('utf8');
  if (encoding === 'utf16le') return new StringDecoder('utf16le');
  const d = iconv.getDecoder(encoding === 'utf16be' ? 'utf16-be' : 'gb18030');
  return { write: (b) => d.write(b), end: () => d.end() ?? '' };
}

export async function* readCsvRows(path: string, limits: ReadLimits): AsyncGenerator<SheetRow> {
  const { size } = await stat(path);
  if (size > limits.maxExpandedBytes) {
    throw new ImportFileError(
      'tooLarge',
      `文件超过 ${Math.round(limits.maxExpandedBytes / 1024 / 1024)} MB 的上限，无法导入；请按年度或地区拆分为多个文件`,
    );
  }
  const { encoding, skip } = await detectEncoding(path, limits.chunkSize);
  const decoder = decoderFor(encoding);
  const sheetName = 'CSV';
  let delimiter: string | null = null;
  let firstLine = '';
  let cells: CellValue[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let rowNumber = 1;
  let rowHasContent = false;
  const endField = () => {
    if (field.length > MAX_CELL_CHARS) {
      throw new ImportFileError(
        'cellTooLong',
        `第${rowNumber}行第${cells.length + 1}列的内容有 ${field.length.toLocaleString('en-US')} 个字符，超过 Excel 单元格的上限 32,767 个字符，无法导入`,
      );
    }
    cells.push(field === '' ? null : field);
    field = '';
    afterQuote = false;
  };
  const endRow = (): SheetRow => {
    endField();
    const row = { sheetIndex: 0, sheetName, rowNumber, cells };
    if (rowNumber > limits.maxRows) {
      throw new ImportFileError(
        'tooManyRows',
        `文件超过 ${limits.maxRows.toLocaleString('en-US')} 行的上限，无法导入；请按年度或地区拆分为多个文件`,
      );
    }
    rowNumber++;
    cells = [];
    rowHasContent = false;
    return row;
  };
  let pendingCR = false;
  const consume = function* (text: string): Generator<SheetRow> {
    if (delimiter === null) {
      firstLine += text;
      const nl = firstLine.search(/[\r\n]/);
      if (nl < 0 && firstLine.length < 65_536) return;
      const line = nl < 0 ? firstLine : firstLine.slice(0, nl);
      const tabs = line.split('\t').length;
      const commas = line.split(',').length;
      delimiter = tabs > commas ? '\t' : ',';
      text = firstLine;
      firstLine = '';
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (pendingCR) {
        pendingCR = false;
        if (c === '\n') continue;
      }
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else if (i + 1 === text.length) {
            // The next chunk decides: a doubled quote or the end of the quoted part.
            quoted = false;
            afterQuote = true;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else field += c;
        continue;
      }
      if (afterQuote && c === '"' && field !== '') {
        // A doubled quote split across two chunks.
        field += '"';
        quoted = true;
        afterQuote = false;
        continue;
      }
      if (c === '"' && field === '' && !afterQuote) {
        quoted = true;
        rowHasContent = true;
      } else if (c === delimiter) {
        endField();
        rowHasContent = true;
      } else if (c === '\r' || c === '\n') {
        pendingCR = c === '\r';
        if (rowHasContent || field !== '' || cells.length) yield endRow();
        else rowNumber++;
      } else {
        field += c;
        rowHasContent = true;
      }
    }
  };
  const stream = createReadStream(path, { start: skip, highWaterMark: Math.max(limits.chunkSize, 64) });
  try {
    for await (const chunk of stream) {
      const text = decoder.write(chunk as Buffer);
      if (text) yield* consume(text);
    }
    const rest = decoder.end();
    if (rest) yield* consume(rest);
    if (delimiter === null && firstLine) {
      const line = firstLine;
      firstLine = '';
      delimiter = line.split('\t').length > line.split(',').length ? '\t' : ',';
      yield* consume(line);
    }
    if (rowHasContent || field !== '' || cells.length) yield endRow();
  } finally {
    stream.destroy();
  }
}
