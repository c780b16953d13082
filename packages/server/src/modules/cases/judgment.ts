/**
 * Judgment upload (裁判文书上传): a PDF, DOCX or plain-text (TXT) judgment/ruling of a case → a proposal the user
 * confirms (the case is not changed here). The file type is decided by its content, never by its name: `%PDF-`, a zip
 * holding `word/document.xml`, or text (UTF-8, UTF-16 with its byte-order mark, or GB18030 — the encoding of text
 * saved by Chinese Windows) without control characters. The text is extracted (unpdf for PDF, mammoth for DOCX, the
 * decoded text for TXT), the operative part (after 判决如下 / 裁定如下 / 决定如下 / 本机关决定：) is classified with the
 * classifier of the case's kind (`classifyOutcomeForKind`: a judgment for a lawsuit, a 复议决定书 for a
 * reconsideration), and cited case numbers are found with `findCaseNumbers`.
 *
 * The file is kept in `case_files` (bytea: works the same on PGlite and PostgreSQL, and travels with backups), as
 * uploaded (a GB18030 text stays GB18030; its charset is in `mime_type`).
 */
import { createHash } from 'node:crypto';
import { caseOutcomeLabel, classifyOutcomeForKind, findCaseNumbers, type OutcomeCaseKind } from '@shuangjiang/domain';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/client.js';
import { AppError, notFound } from '../../platform/errors.js';
import { findCaseInScope } from './repository.js';
import { caseFiles } from './schema.js';

export const MAX_JUDGMENT_BYTES = 20 * 1024 * 1024;

export type JudgmentType = 'pdf' | 'docx' | 'txt';

export type TextCharset = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export const JUDGMENT_MIME: Record<Exclude<JudgmentType, 'txt'>, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Control characters no text file holds (tab, line feed, form feed and carriage return are allowed). */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

function decodeStrict(buf: Uint8Array, charset: TextCharset): string | null {
  try {
    return new TextDecoder(charset, { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    return null;
  }
}

/**
 * The text of a plain-text file, or null when the bytes are not text: a byte-order mark decides UTF-8 / UTF-16;
 * otherwise strict UTF-8, then strict GB18030 (which includes GBK and GB2312). Decoded text with control characters
 * (binary data that happens to decode) is not text.
 */
export function decodeText(buf: Buffer): { text: string; charset: TextCharset } | null {
  if (buf.length === 0) return null;
  let order: TextCharset[] = ['utf-8', 'gb18030'];
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) order = ['utf-8'];
  else if (buf[0] === 0xff && buf[1] === 0xfe) order = ['utf-16le'];
  else if (buf[0] === 0xfe && buf[1] === 0xff) order = ['utf-16be'];
  for (const charset of order) {
    const text = decodeStrict(buf, charset);
    if (text === null) continue;
    if (CONTROL.test(text)) return null;
    return { text, charset };
  }
  return null;
}

/** The type by content: `%PDF-`, a zip holding `word/document.xml`, or text (see `decodeText`). */
export function sniffJudgment(buf: Buffer): JudgmentType | null {
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (buf.length > 4 && buf.readUInt32LE(0) === 0x04034b50) return buf.includes('word/document.xml') ? 'docx' : null;
  return decodeText(buf) ? 'txt' : null;
}

/** An old Word 97–2003 (.doc/.wps) file: an OLE compound document. */
const isOleDocument = (buf: Buffer) =>
  buf.length > 8 && buf.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));

/** The stored MIME type (with the charset for text). */
export function judgmentMimeType(type: JudgmentType, buf: Buffer): string {
  if (type !== 'txt') return JUDGMENT_MIME[type];
  return `text/plain; charset=${decodeText(buf)?.charset ?? 'utf-8'}`;
}

export async function extractJudgmentText(buf: Buffer, type: JudgmentType): Promise<string> {
  if (type === 'pdf') {
    const { getDocumentProxy, extractText } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(buf));
    const { text } = await extractText(pdf, { mergePages: true });
    return text;
  }
  if (type === 'txt') {
    const decoded = decodeText(buf);
    if (!decoded) throw new Error('not text');
    return decoded.text.replace(/^\uFEFF/, '');
  }
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.extractRawText({ buffer: buf });
  return value;
}

/** 判决如下 / 裁定如下 / 决定如下, and a 复议决定书's 本机关决定： (行政复议法第七十五条: the body decides in its own name). */
const OPERATIVE_START = /(?:判决|裁定|决定|调解协议)如下\s*[:：]?|(?:本机关|本府|本局|本委|本会)决定\s*[:：]/g;
const OPERATIVE_END =
  /审\s*判\s*长|审\s*判\s*员|人民陪审员|书\s*记\s*员|复议机关（印章）|\n\s*[一二〇○零]{4}年[一二三四五六七八九十]{1,2}月/;

/** The operative part: after the last 判决如下 (or 裁定如下 …) up to the signatures. */
export function operativePart(text: string): string | null {
  let start = -1;
  for (const m of text.matchAll(OPERATIVE_START)) start = m.index + m[0].length;
  if (start < 0) return null;
  const rest = text.slice(start);
  const end = OPERATIVE_END.exec(rest);
  return (end ? rest.slice(0, end.index) : rest).trim().slice(0, 20000);
}

export interface JudgmentProposal {
  fileId: string;
  fileName: string;
  type: JudgmentType;
  outcome: string | null;
  outcomeLabel: string | null;
  governmentLost: boolean | null;
  evidence: string[];
  outcomeText: string | null;
  citedCaseNumbers: string[];
}

export async function proposeFromJudgment(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  caseId: string,
  file: { fileName: string; content: Buffer },
): Promise<JudgmentProposal> {
  const row = await findCaseInScope(db, principal, caseId);
  if (!row) throw notFound('案件');
  if (file.content.length > MAX_JUDGMENT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', '文件过大（最大 20 MB）');
  const type = sniffJudgment(file.content);
  if (!type) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      isOleDocument(file.content)
        ? '不支持 Word 97–2003（.doc）格式，请另存为 DOCX 或 PDF 后上传'
        : '仅支持 PDF、DOCX 或 TXT 格式的裁判文书',
    );
  }
  // Text named .pdf/.docx is a broken or mislabelled file, not a judgment to read as text.
  if (type === 'txt' && /\.(pdf|docx?|wps)$/i.test(file.fileName.trim())) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', '文件内容与扩展名不符：不是有效的 PDF 或 DOCX 文件');
  }
  let text: string;
  try {
    text = await extractJudgmentText(file.content, type);
  } catch {
    throw new AppError('UNPROCESSABLE', '无法读取文件内容（文件损坏或加密）');
  }
  const operative = operativePart(text);
  // The classifier of the case's own kind: a 复议决定 proposes 复议结果, a judgment 裁判结果.
  const result = operative ? classifyOutcomeForKind(row.kind as OutcomeCaseKind, operative) : null;
  const outcome = result && result.primary !== 'UNKNOWN' ? result.primary : null;
  const own = row.caseNumber;
  const cited = [...new Set(findCaseNumbers(text).map((f) => f.result.normalized))].filter((n) => n !== own);
  const proposal: Omit<JudgmentProposal, 'fileId'> = {
    fileName: file.fileName,
    type,
    outcome,
    outcomeLabel: outcome ? caseOutcomeLabel(outcome) : null,
    governmentLost: result?.governmentLost ?? null,
    evidence: result?.evidence ?? [],
    outcomeText: operative,
    citedCaseNumbers: cited,
  };
  const fileId = await db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(caseFiles)
      .values({
        caseId,
        purpose: 'judgment',
        fileName: file.fileName,
        mimeType: judgmentMimeType(type, file.content),
        size: file.content.length,
        sha256: createHash('sha256').update(file.content).digest('hex'),
        content: file.content,
        extracted: proposal,
        createdBy: principal.userId,
      })
      .returning({ id: caseFiles.id });
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: 'case_file',
      entityId: saved!.id,
      after: { caseId, fileName: file.fileName, type, size: file.content.length, proposedOutcome: outcome },
    });
    return saved!.id;
  });
  return { fileId, ...proposal };
}
