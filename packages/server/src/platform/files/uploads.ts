/**
 * Documents uploaded into a module's own table (a suggestion's reply, a mediation agreement): what may be uploaded —
 * PDF, Word (.docx), JPG or PNG judged by the first bytes, since the name may lie — the size limit, the checksum, and
 * the one file of a multipart request. Refusals are the platform's errors with Chinese messages.
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** PDF, Word (.docx), JPG or PNG, by their first bytes. */
export function sniffFile(b: Buffer): string | null {
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.length > 4 && b.readUInt32LE(0) === 0x04034b50 && b.includes('word/document.xml'))
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return null;
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The request's file part (multipart `file`); a missing or oversized file is refused in Chinese. */
export async function uploadedFile(req: FastifyRequest): Promise<{ fileName: string; content: Buffer }> {
  for await (const part of req.parts({ limits: { fileSize: MAX_FILE_BYTES } })) {
    if (part.type !== 'file') continue;
    const content = await part.toBuffer().catch((err: { code?: string }) => {
      if (err.code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('PAYLOAD_TOO_LARGE', '文件过大（最大 20 MB）');
      throw err;
    });
    return { fileName: part.filename || 'file', content };
  }
  throw new AppError('VALIDATION_FAILED', '请选择文件', [{ field: 'file', message: '未上传文件' }]);
}

/** The checked upload: not empty, within the limit, of an accepted type; its MIME type and checksum. */
export function checkedUpload(file: { fileName: string; content: Buffer }) {
  if (file.content.length === 0)
    throw new AppError('VALIDATION_FAILED', '文件为空', [{ field: 'file', message: '文件为空' }]);
  if (file.content.length > MAX_FILE_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', '文件过大（最大 20 MB）');
  const mimeType = sniffFile(file.content);
  if (!mimeType) throw new AppError('UNSUPPORTED_MEDIA_TYPE', '仅支持 PDF、Word（.docx）、JPG 或 PNG 文件');
  return {
    fileName: file.fileName.slice(0, 200),
    mimeType,
    size: file.content.length,
    sha256: sha256(file.content),
    content: file.content,
  };
}
