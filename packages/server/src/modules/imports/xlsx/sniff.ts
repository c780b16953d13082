/**
 * What a file is, from its first bytes: an .xlsx (a zip), a CSV (text), or something to refuse with a message that
 * says what it is and what to do. The file's name is not trusted (random bytes named .xlsx, a CSV named .xlsx).
 */
import { open } from 'node:fs/promises';
import { ImportFileError } from './fileError.js';

const SAMPLE = 64 * 1024;

export type LedgerFormat = 'xlsx' | 'csv';

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

/** Whether `buf` reads as text: no NUL or other control bytes but tab, CR, LF, form feed and escape. */
function looksLikeText(buf: Buffer): boolean {
  if (buf.length === 0) return false;
  let control = 0;
  for (const b of buf) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return control <= buf.length / 1000;
}

export async function sniffFile(path: string): Promise<LedgerFormat> {
  const fh = await open(path, 'r');
  let head: Buffer;
  try {
    const buf = Buffer.alloc(SAMPLE);
    const { bytesRead } = await fh.read(buf, 0, SAMPLE, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  if (head.length === 0) throw new ImportFileError('empty', '文件是空的（0 字节），请选择保存好的案件台账');
  // PK\x03\x04 (a zip with entries) or PK\x05\x06 (an empty zip: refused by the zip reader, as having no workbook).
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'xlsx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An OLE compound file: an old .xls, or an .xlsx with an opening password (stored as "EncryptedPackage").
    if (head.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      throw new ImportFileError(
        'encrypted',
        '文件已加密（设置了打开密码），请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入',
      );
    }
    throw new ImportFileError(
      'xls',
      '这是旧版 Excel 文件（.xls），无法直接导入；请在 Excel 或 WPS 中打开，“另存为” Excel 工作簿（.xlsx）后再上传',
    );
  }
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) {
    throw new ImportFileError('notWorkbook', '这是 PDF 文件，不是 Excel 工作簿；请上传 .xlsx 或 CSV 格式的案件台账');
  }
  // UTF-8/UTF-16 byte order marks, or text without control bytes: a CSV (or tab-separated text) file.
  if (startsWith(head, [0xef, 0xbb, 0xbf]) || startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]))
    return 'csv';
  if (looksLikeText(head)) {
    const text = head.toString('latin1').trimStart();
    if (/^<(?:\?xml|html|!doctype|table)/i.test(text)) {
      throw new ImportFileError(
        'notWorkbook',
        '这是网页或 XML 文件（有的系统导出的“.xls”其实是网页），不是 Excel 工作簿；请在 Excel 或 WPS 中打开后另存为 .xlsx 再上传',
      );
    }
    return 'csv';
  }
  throw new ImportFileError(
    'notWorkbook',
    '文件不是 Excel 工作簿（.xlsx）或 CSV 文件，无法读取；请在 Excel 或 WPS 中打开台账，另存为 .xlsx 后再上传',
  );
}
