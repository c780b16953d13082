/**
 * Documents and Word output (docs/rules/documents.md): the templates in force (the city's upload, else the built-in
 * one), uploading a new template version, generating a case's document from its data, and reading what was generated.
 * Every stored document is immutable and carries its content hash and what it was made from.
 */
import { createHash } from 'node:crypto';
import { todayInChina } from '@shuangjiang/domain';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, DbOrTx, Tx } from '../../platform/db/client.js';
import { AppError, notFound, validationFailed } from '../../platform/errors.js';
import type { CaseDetail } from '../cases/dto.js';
import { getCaseDetail } from '../cases/service.js';
import { regionNameOf } from '../org/public.js';
import { fillTemplate, templateTags } from './docx.js';
import {
  type DocumentMeta,
  documentById,
  insertDocument,
  latestTemplate,
  latestTemplateVersion,
  ownerDocuments,
  templateVersion,
  templateVersions,
} from './repository.js';
import { assignmentFormData } from './templates/assignmentFormData.js';
import { TEMPLATE_KINDS, type TemplateKind, templateKind } from './templates/index.js';

/** For modules that gather a kit's values (hearings): the date format and the kit's placeholders. */
export { chineseDate } from './templates/assignmentFormData.js';
export type { PreparationKitData } from './templates/kitFields.js';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function kindOrThrow(key: string): TemplateKind {
  const k = templateKind(key);
  if (!k) throw notFound('模板');
  return k;
}

/** The built-in templates are built once per process (they are code, the same bytes every time). */
const builtins = new Map<string, Promise<Buffer>>();
const builtinOf = (k: TemplateKind) => {
  const known = builtins.get(k.key);
  if (known) return known;
  const built = k.builtin();
  builtins.set(k.key, built);
  return built;
};

interface TemplateInForce {
  version: number;
  id: string | null;
  fileName: string;
  content: Buffer;
  sha256: string;
}

async function templateInForce(db: DbOrTx, k: TemplateKind, version?: number): Promise<TemplateInForce> {
  if (version === 0) {
    const content = await builtinOf(k);
    return { version: 0, id: null, fileName: `${k.label}（系统模板）.docx`, content, sha256: sha256(content) };
  }
  const row = version === undefined ? await latestTemplate(db, k.key) : await templateVersion(db, k.key, version);
  if (!row) {
    if (version !== undefined) throw notFound('模板版本');
    return templateInForce(db, k, 0);
  }
  return { version: row.version ?? 0, id: row.id, fileName: row.fileName, content: row.content, sha256: row.sha256 };
}

/** Every template with the version in force and its placeholders. */
export async function listTemplates(db: DbOrTx) {
  return Promise.all(
    TEMPLATE_KINDS.map(async (k) => {
      const versions = await templateVersions(db, k.key);
      const latest = versions[0];
      return {
        key: k.key,
        label: k.label,
        fields: Object.entries(k.fields).map(([name, description]) => ({ name, description })),
        version: latest?.version ?? 0,
        updatedByName: latest?.createdByName ?? null,
        updatedAt: latest?.createdAt.toISOString() ?? null,
        versions: versions.map((v) => ({
          version: v.version ?? 0,
          fileName: v.fileName,
          reason: v.reason,
          sha256: v.sha256,
          createdByName: v.createdByName,
          createdAt: v.createdAt.toISOString(),
        })),
      };
    }),
  );
}

/** A template's file (in force, or a given version; 0 = built-in), for editing in Word or WPS. */
export async function templateFile(db: DbOrTx, key: string, version?: number) {
  const t = await templateInForce(db, kindOrThrow(key), version);
  return { fileName: t.fileName, content: t.content };
}

/**
 * A city's own version of a template: a .docx whose placeholders are all known (an unknown one would print blank, so
 * it is refused, naming it and listing the known ones); a new version, audited; two uploads from one version race on
 * the unique (key, version) index and the loser gets 409.
 */
export async function uploadTemplate(
  db: Db,
  actor: AuditActor,
  key: string,
  input: { fileName: string; content: Buffer; reason: string },
) {
  const k = kindOrThrow(key);
  const reason = input.reason.trim();
  if (!reason) throw validationFailed([{ field: 'reason', message: '请填写更换模板的原因' }]);
  if (!/\.docx$/i.test(input.fileName))
    throw validationFailed([{ field: 'file', message: '请上传 .docx 文件（旧的 .doc 请另存为 .docx）' }]);
  const tags = templateTags(input.content);
  const unknown = tags.filter((t) => !(t in k.fields));
  if (unknown.length)
    throw validationFailed(
      [
        {
          field: 'file',
          message: `模板中有未知的占位符：${unknown.map((t) => `{${t}}`).join('、')}；可用的占位符：${Object.keys(
            k.fields,
          )
            .map((t) => `{${t}}`)
            .join('、')}`,
        },
      ],
      '模板中有未知的占位符',
    );
  return db.transaction(async (tx) => {
    const current = (await latestTemplate(tx, key))?.version ?? 0;
    const row = await insertDocument(tx, {
      kind: 'template',
      templateKey: key,
      version: current + 1,
      fileName: input.fileName,
      mimeType: DOCX_MIME,
      size: input.content.length,
      sha256: sha256(input.content),
      content: input.content,
      ownerType: null,
      ownerId: null,
      inputs: { placeholders: tags },
      reason,
      createdBy: actor.userId,
      createdByName: actor.name,
    });
    if (!row) throw new AppError('VERSION_CONFLICT', '模板已被他人更新，请刷新后重试');
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: 'document_template',
      entityId: `${key}@${row.version}`,
      after: { fileName: row.fileName, sha256: row.sha256, size: row.size, reason },
    });
    return row;
  });
}

/**
 * A document filled from the template in force (the city's upload, else the built-in one) with the given values,
 * not stored: its owner keeps what it was made from (a report's snapshot, a card's decision) and makes the file again
 * on request. Returns the template's version and hash beside the file.
 */
export async function fillTemplateInForce(db: DbOrTx, key: string, values: Record<string, unknown>) {
  const template = await templateInForce(db, kindOrThrow(key));
  return {
    content: fillTemplate(template.content, values),
    template: { version: template.version, sha256: template.sha256 },
  };
}

/**
 * The version of a template in force now, or at `at` (the version a report was issued with when its row predates the
 * record of it); 0 = the built-in one. An owner that freezes a document (an issued report, a confirmed card) keeps
 * this number and fills exactly that version later with `fillTemplateVersion` (docs/rules/reports.md#templates).
 */
export async function templateVersionInForce(db: DbOrTx, key: string, at?: Date): Promise<number> {
  return (await latestTemplateVersion(db, kindOrThrow(key).key, at)) ?? 0;
}

/**
 * A document filled from one given version of a template (0 = the built-in one), not stored: an issued report or a
 * confirmed card notice made again from its snapshot with the wording it was issued with, whatever was uploaded since.
 */
export async function fillTemplateVersion(db: DbOrTx, key: string, version: number, values: Record<string, unknown>) {
  const template = await templateInForce(db, kindOrThrow(key), version);
  return {
    content: fillTemplate(template.content, values),
    template: { version: template.version, sha256: template.sha256 },
  };
}

/** Kinds of uploaded files (not made from a template), by key: what they are called on screen. */
const UPLOAD_LABELS: Readonly<Record<string, string>> = { 'compliance.evidence': '履行证明材料' };
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

function presentMeta(d: DocumentMeta) {
  return {
    id: d.id,
    templateKey: d.templateKey,
    label: templateKind(d.templateKey)?.label ?? UPLOAD_LABELS[d.templateKey] ?? d.templateKey,
    fileName: d.fileName,
    size: d.size,
    sha256: d.sha256,
    templateVersion: ((d.inputs as { template?: { version?: number } } | null)?.template?.version ?? 0) as number,
    createdByName: d.createdByName,
    createdAt: d.createdAt.toISOString(),
  };
}

/** What a case's document is made from: the template kind, the case (id, version) and the values to fill in. */
export interface CaseDocumentInput {
  key: string;
  caseId: string;
  caseVersion: number;
  caseNumber: string | null;
  values: Record<string, string>;
  /** Extra inputs recorded with the document (e.g. the hearing it was made for). */
  inputs?: Record<string, unknown>;
}

/** The file name of a case's document: 应诉批办单-（2024）苏9902行初321号-2026-12-07.docx, unsafe characters out. */
export const caseDocumentFileName = (label: string, caseNumber: string | null, today: string) =>
  `${label}-${caseNumber ?? '待核实'}-${today}.docx`.replace(/[\\/:*?"<>|]/g, '_');

/**
 * A case's document from the template in force (the city's, else the built-in), stored immutable with the template
 * version and hash, the case's version and the values filled in, audited; in the caller's transaction when given one
 * (several documents of a kit at once). The caller has checked the case is in scope.
 */
export async function generateCaseDocument(db: DbOrTx, actor: AuditActor, input: CaseDocumentInput) {
  const k = kindOrThrow(input.key);
  const template = await templateInForce(db, k);
  const content = fillTemplate(template.content, input.values);
  const fileName = caseDocumentFileName(k.label, input.caseNumber, todayInChina());
  const write = async (tx: Tx) => {
    const row = await insertDocument(tx, {
      kind: 'generated',
      templateKey: k.key,
      version: null,
      fileName,
      mimeType: DOCX_MIME,
      size: content.length,
      sha256: sha256(content),
      content,
      ownerType: 'case',
      ownerId: input.caseId,
      inputs: {
        template: { id: template.id, version: template.version, sha256: template.sha256 },
        case: { id: input.caseId, version: input.caseVersion },
        ...input.inputs,
        values: input.values,
      },
      reason: null,
      createdBy: actor.userId,
      createdByName: actor.name,
    });
    if (!row) throw new AppError('INTERNAL', '文档保存失败');
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: 'document',
      entityId: row.id,
      after: {
        templateKey: k.key,
        caseId: input.caseId,
        fileName,
        sha256: row.sha256,
        templateVersion: template.version,
      },
    });
    return { meta: presentMeta(row), content };
  };
  return db.transaction(write);
}

/** The values of a case's 应诉批办单 (issuer: the caller's region's 司法局). */
export async function assignmentFormValues(db: DbOrTx, principal: Principal, detail: CaseDetail) {
  const regionName = principal.regionCode ? await regionNameOf(db, principal.regionCode) : null;
  return assignmentFormData(detail, regionName ? `${regionName}司法局` : '司法局', todayInChina());
}

/**
 * The 应诉批办单 of a case, generated from the case as the caller sees it (404 outside the caller's scope), stored with
 * the template version and hash, the case's version and the values filled in, audited.
 */
export async function generateAssignmentForm(db: Db, principal: Principal, actor: AuditActor, caseId: string) {
  const detail = await getCaseDetail(db, principal, caseId);
  const values = await assignmentFormValues(db, principal, detail);
  const { meta } = await generateCaseDocument(db, actor, {
    key: 'case.assignment-form',
    caseId,
    caseVersion: detail.version,
    caseNumber: detail.caseNumber,
    values,
  });
  return meta;
}

/** The documents generated for a case (the caller must see the case). */
export async function listCaseDocuments(db: DbOrTx, principal: Principal, caseId: string) {
  await getCaseDetail(db, principal, caseId);
  return (await ownerDocuments(db, 'case', caseId)).map(presentMeta);
}

/** One generated document's file; its owner decides who may read it (a case: the case's scope). Audited as export. */
export async function readDocument(db: Db, principal: Principal, actor: AuditActor, id: string) {
  const row = await documentById(db, id);
  if (row?.kind !== 'generated' && row?.kind !== 'uploaded') throw notFound('文档');
  if (row.ownerType === 'case' && row.ownerId) await getCaseDetail(db, principal, row.ownerId);
  await db.transaction((tx) =>
    writeAudit(tx, {
      actor,
      action: 'export',
      entityType: 'document',
      entityId: row.id,
      after: { fileName: row.fileName },
    }),
  );
  return row;
}

/**
 * A file a user uploads as evidence on a case (e.g. of performing a judgment: `compliance.evidence`), stored immutable
 * with its hash and what it belongs to (`inputs`), audited; in the caller's transaction. The caller has checked the
 * case is in scope and may be written; readers of the case read it (GET /documents/:id/file).
 */
export async function storeCaseUpload(
  tx: DbOrTx,
  actor: AuditActor,
  input: {
    key: string;
    caseId: string;
    fileName: string;
    mimeType: string;
    content: Buffer;
    inputs: Record<string, unknown>;
  },
) {
  if (!(input.key in UPLOAD_LABELS)) throw notFound('文件类别');
  if (input.content.length === 0) throw validationFailed([{ field: 'file', message: '文件为空' }]);
  if (input.content.length > MAX_UPLOAD_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', '文件过大（最大 20 MB）');
  const row = await insertDocument(tx, {
    kind: 'uploaded',
    templateKey: input.key,
    version: null,
    fileName: input.fileName,
    mimeType: input.mimeType,
    size: input.content.length,
    sha256: sha256(input.content),
    content: input.content,
    ownerType: 'case',
    ownerId: input.caseId,
    inputs: input.inputs,
    reason: null,
    createdBy: actor.userId,
    createdByName: actor.name,
  });
  if (!row) throw new AppError('INTERNAL', '文件保存失败');
  await writeAudit(tx, {
    actor,
    action: 'create',
    entityType: 'document',
    entityId: row.id,
    after: { key: input.key, caseId: input.caseId, fileName: row.fileName, sha256: row.sha256, size: row.size },
  });
  return presentMeta(row);
}

/** The uploads of a kind on a case whose `inputs` name the given owner (e.g. one compliance task's evidence). */
export async function caseUploads(db: DbOrTx, caseId: string, key: string, inputKey: string, inputValue: string) {
  return (await ownerDocuments(db, 'case', caseId))
    .filter((d) => d.templateKey === key && (d.inputs as Record<string, unknown> | null)?.[inputKey] === inputValue)
    .map(presentMeta);
}
