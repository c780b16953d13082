/** Uploaded files of a suggestion (the document received, the agency's reply): what may be uploaded. */
import { createHash } from 'node:crypto';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** PDF, Word (.docx), JPG or PNG, by their first bytes (the name may lie). */
export function sniffFile(b: Buffer): string | null {
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.length > 4 && b.readUInt32LE(0) === 0x04034b50 && b.includes('word/document.xml'))
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return null;
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
