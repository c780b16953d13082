import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from './fileError.js';
import { type CellValue, type ReadLimits, readXlsxRows } from './readRows.js';
import { buildXlsx, buildZip } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'sj-readrows-'));
let n = 0;
const file = (content: Buffer | string, ext = 'xlsx') => {
  const p = join(dir, `f${n++}.${ext}`);
  writeFileSync(p, content);
  return p;
};

async function read(source: string | Readable, limits: Partial<ReadLimits> = {}): Promise<CellValue[][]> {
  const out: CellValue[][] = [];
  for await (const r of readXlsxRows(source, limits)) out[r.rowNumber - 1] = r.cells;
  return out;
}

async function refusal(p: string, limits: Partial<ReadLimits> = {}): Promise<ImportFileError> {
  try {
    await read(p, limits);
  } catch (err) {
    if (err instanceof ImportFileError) return err;
    throw err;
  }
  throw new Error('expected the file to be refused');
}

/** Text with multi-byte characters of every width: CJK (3 bytes), astral (4), accents (2), ASCII and XML specials. */
const multiByteText = fc
  .array(
    fc.oneof(
      fc.constantFrom('王', '某', '明', '（', '）', '行', '初', '号', '𠀀', '𡈽', 'é', 'a', ' ', '&', '<', '"', '、'),
      fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x20000, max: 0x2a6d6 }).map((c) => String.fromCodePoint(c)),
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((a) => a.join('').trim())
  .filter((s) => s.length > 0);

describe('every cell arrives byte for byte, whatever the chunk boundaries', () => {
  it('xlsx: zip and zip64, stored and deflated, shared and inline strings, file and stream', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(multiByteText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 97 }),
        fc.boolean(),
        fc.constantFrom<0 | 8>(0, 8),
        fc.boolean(),
        fc.boolean(),
        async (rows, chunkSize, zip64, method, inline, stream) => {
          const buf = buildXlsx(rows, { zip64, method, inline });
          const got = await read(stream ? Readable.from([buf]) : file(buf), { chunkSize });
          expect(got).toEqual(rows);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('CSV in UTF-8 (with and without BOM) and GBK, as WPS writes it', async () => {
    const gbkSafe = multiByteText.filter((s) => iconv.decode(iconv.encode(s, 'gbk'), 'gbk') === s && !/["]/.test(s));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(gbkSafe, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom('utf8', 'utf8bom', 'gbk'),
        async (rows, chunkSize, encoding) => {
          const text = rows.map((r) => r.map((c) => (/[,\r\n]/.test(c) ? `"${c}"` : c)).join(',')).join('\r\n');
          const bytes =
            encoding === 'gbk'
              ? iconv.encode(text, 'gbk')
              : Buffer.concat([Buffer.from(encoding === 'utf8bom' ? '\uFEFF' : ''), Buffer.from(text)]);
          expect(await read(file(bytes, 'csv'), { chunkSize })).toEqual(rows);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a large zip64 workbook written by a real writer, read at the default chunk size', async () => {
    // 3,000 rows of Chinese text: many 256 KB boundaries fall inside a 3-byte character.
    const rows = Array.from({ length: 3000 }, (_, i) => [
      `（2024）苏0102行初${i + 1}号`,
      `原告王某明${'甲乙丙丁'.repeat(i % 7)}`,
    ]);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('台账').addRows(rows);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    // Rewrite its parts into a zip64 container, as WPS does for large workbooks.
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(xlsx);
    const parts: Record<string, Buffer> = {};
    for (const name of Object.keys(zip.files)) {
      if (!zip.files[name]!.dir) parts[name] = await zip.files[name]!.async('nodebuffer');
    }
    const got = await read(file(buildZip(parts, { zip64: true })));
    expect(got).toEqual(rows);
  });

  it('CSV details: quoted delimiters, line breaks and quotes, tab-separated UTF-16, blank lines keep row numbers', async () => {
    const csv = '案号,原告\r\n"（2024）苏0102行初1号","王某, ""明""\n李某"\r\n\r\n（2024）苏0102行初2号,赵某\r\n';
    expect(await read(file(csv, 'csv'), { chunkSize: 3 })).toEqual([
      ['案号', '原告'],
      ['（2024）苏0102行初1号', '王某, "明"\n李某'],
      undefined,
      ['（2024）苏0102行初2号', '赵某'],
    ]);
    const tsv = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('案号\t原告\r\nA,1\t王某\r\n', 'utf16le')]);
    expect(await read(file(tsv, 'txt'))).toEqual([
      ['案号', '原告'],
      ['A,1', '王某'],
    ]);
  });
});

describe('limits, each with a clear message', () => {
  it('one huge cell costs time linear in its size (40 MB took 10 s, 80 MB 46 s when pending text was rescanned)', async () => {
    // Time to reach the refusal for a cell of n and of 4n characters: linear is about 4×, the old rescan was 16×.
    const timeFor = async (chars: number) => {
      const p = file(buildXlsx([['案号'], ['王'.repeat(chars)]], { inline: true, method: 0 }));
      const t = performance.now();
      const err = await refusal(p);
      expect(err.kind).toBe('cellTooLong');
      expect(err.message).toMatch(/第2行A列.*32,767/);
      return performance.now() - t;
    };
    await timeFor(100_000); // warm-up
    const small = await timeFor(1_000_000);
    const large = await timeFor(4_000_000);
    expect(large / small).toBeLessThan(9);
    // Past what any row of legal cells can hold, the row is refused without waiting for its end.
    const huge = await refusal(file(buildXlsx([['案号'], ['王'.repeat(20_000_000)]], { inline: true, method: 0 })));
    expect(huge.kind).toBe('cellTooLong');
    const shared = await refusal(file(buildXlsx([['案号'], ['王'.repeat(1_000_000)]], { method: 0 })));
    expect(shared.kind).toBe('cellTooLong');
  });

  it('Excel’s cell limit: 32,767 characters pass, 32,768 are refused naming the row and column', async () => {
    const ok = 'a'.repeat(32_767);
    expect((await read(file(buildXlsx([['案号', ok]], { inline: true }))))[0]![1]).toBe(ok);
    const err = await refusal(file(buildXlsx([['案号'], [null, `${ok}b`]], { inline: true })));
    expect(err.message).toContain('第2行B列');
    expect(err.message).toContain('32,768');
    expect((await refusal(file(`案号,原告\nx,${ok}b\n`, 'csv'))).kind).toBe('cellTooLong');
  });

  it('a sheet over the row limit, an archive that expands past the size limit', async () => {
    const rows = Array.from({ length: 11 }, (_, i) => [`r${i}`]);
    expect((await refusal(file(buildXlsx(rows)), { maxRows: 10 })).message).toMatch(/超过 10 行的上限/);
    expect(await read(file(buildXlsx(rows)), { maxRows: 11 })).toHaveLength(11);
    const bomb = file(buildXlsx([['案号', 'x'.repeat(2_000_000)]], { inline: true }));
    const err = await refusal(bomb, { maxExpandedBytes: 1024 * 1024 });
    expect(err.kind).toBe('tooLarge');
    expect(err.message).toContain('解压后超过 1 MB');
  });
});

describe('files that are not ledgers: a Chinese message saying what the file is, never a library message', () => {
  const xlsx = buildXlsx([
    ['案号', '原告'],
    ['（2024）苏0102行初1号', '王某'],
  ]);
  const cases: [string, Buffer | string, string, RegExp][] = [
    ['empty', Buffer.alloc(0), 'empty', /空的/],
    ['old .xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'xls', /另存为.*\.xlsx/],
    [
      'random bytes',
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
      'notWorkbook',
      /不是 Excel/,
    ],
    ['truncated', xlsx.subarray(0, Math.floor(xlsx.length * 0.6)), 'corrupt', /截断|损坏/],
    ['a Word document', buildZip({ 'word/document.xml': '<w/>' }), 'notWorkbook', /Word/],
    [
      'a workbook with no sheets',
      buildZip({ 'xl/workbook.xml': '<workbook><sheets/></workbook>' }),
      'noSheets',
      /没有工作表/,
    ],
    ['a PDF', '%PDF-1.7\n', 'notWorkbook', /PDF/],
    ['an HTML "xls"', '<html><table><tr><td>案号</td></tr></table></html>', 'notWorkbook', /网页/],
  ];
  for (const [name, content, kind, message] of cases) {
    it(name, async () => {
      const err = await refusal(file(content));
      expect(err.kind).toBe(kind);
      expect(err.message).toMatch(message);
      expect(err.status).toBe(400);
    });
  }
});

describe('fuzz: truncated and mutated workbooks', () => {
  const base = [
    ['序号', '案号', '原告', '应诉日期'],
    [1, '（2024）苏0102行初1号', '王某明', '2024.3.5'],
    [2, '（2024）苏0102行初2号', '李某𠀀', 45000],
  ];
  it('either rows or a file refusal (400), never another error, a hang or a memory blow-up', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.constantFrom<0 | 8>(0, 8),
        fc.boolean(),
        fc.oneof(
          fc.record({ cut: fc.nat() }),
          fc.record({
            flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
          }),
        ),
        async (zip64, method, inline, damage) => {
          let buf = Buffer.from(buildXlsx(base, { zip64, method, inline }));
          if ('cut' in damage) buf = buf.subarray(0, damage.cut % buf.length);
          else for (const [at, b] of damage.flips) buf[at % buf.length] = b;
          const before = process.memoryUsage().rss;
          const t = performance.now();
          try {
            let rows = 0;
            for await (const _ of readXlsxRows(file(buf), { maxExpandedBytes: 64 * 1024 * 1024 })) rows++;
            expect(rows).toBeLessThan(1_048_577);
          } catch (err) {
            if (!(err instanceof ImportFileError)) throw err;
            expect(err.status).toBe(400);
            expect(err.message).toMatch(/[\u4e00-\u9fa5]/);
          }
          expect(performance.now() - t).toBeLessThan(5000);
          expect(process.memoryUsage().rss - before).toBeLessThan(512 * 1024 * 1024);
        },
      ),
      { numRuns: 300 },
    );
  });
});
