/**
 * The signed 调解协议书 of an agreed mediation (docs/rules/mediation.md#agreement): uploaded by those who manage the
 * mediation, once it is agreed; read by those who see it; each download audited as an export. The file is checked as
 * every upload is (platform/files/uploads.ts): PDF, Word, JPG or PNG by content, at most 20 MB.
 */
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { AppError, notFound } from '../../platform/errors.js';
import { checkedUpload } from '../../platform/files/uploads.js';
import { getMediation } from './read.js';
import { mediationInScope } from './repository.js';
import { type MediationFileRow, mediationFiles } from './schema.js';
import { mediationScopePath } from './scope.js';
import type { MediationContext } from './service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function inScope(db: DbOrTx, principal: Principal, id: string) {
  const path = mediationScopePath(principal);
  const row = path ? await mediationInScope(db, path, id) : null;
  if (!row) throw notFound('调解案件');
  return row;
}

/** POST /mediations/:id/agreement: the agreement's file, once the mediation is agreed. */
export async function uploadAgreement(
  db: Db,
  ctx: MediationContext,
  id: string,
  file: { fileName: string; content: Buffer },
) {
  const upload = checkedUpload(file);
  await db.transaction(async (tx) => {
    const row = await inScope(tx, ctx.principal, id);
    if (row.state !== 'agreed') throw new AppError('UNPROCESSABLE', '只有达成调解协议的案件可以上传调解协议书');
    const [f] = await tx
      .insert(mediationFiles)
      .values({ mediationId: row.id, ...upload, createdBy: ctx.actor.userId, createdByName: ctx.actor.name })
      .returning({ id: mediationFiles.id });
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'mediation_file',
      entityId: f?.id ?? null,
      after: { mediationId: row.id, fileName: upload.fileName, size: upload.size },
    });
  });
  return getMediation(db, ctx.principal, id);
}

/** GET /mediations/:id/agreement/:fileId: the file as uploaded; audited as an export. */
export async function readAgreement(db: Db, ctx: MediationContext, id: string, fileId: string) {
  const row = await inScope(db, ctx.principal, id);
  if (!UUID.test(fileId)) throw notFound('文件');
  const [f]: MediationFileRow[] = await db
    .select()
    .from(mediationFiles)
    .where(and(eq(mediationFiles.id, fileId), eq(mediationFiles.mediationId, row.id)));
  if (!f) throw notFound('文件');
  await db.transaction((tx) =>
    writeAudit(tx, {
      actor: ctx.actor,
      action: 'export',
      entityType: 'mediation_file',
      entityId: f.id,
      after: { fileName: f.fileName },
    }),
  );
  return f;
}
