/**
 * Who was designated and who appeared for the defendant at a hearing (PUT /hearings/:id/appearances, hearing.manage):
 * the list is replaced as a whole at the hearing's version, in one transaction with its audit row. A head is named by
 * id from org's heads list (name, 职务, role and agency copied as they are now); staff and lawyers by name. Whether an
 * appearance counts is the domain's judgement, shown with the hearing (assessment.ts) — it is recorded as it happened.
 */
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { type ErrorDetail, notFound, validationFailed, versionConflict } from '../../../platform/errors.js';
import { headsByIds } from '../../org/public.js';
import type { HearingContext } from '../context.js';
import type { AppearancesInput } from '../dto.js';
import { readHearing } from '../presenter.js';
import {
  type AppearanceInsert,
  appearancesOf,
  hearingInScope,
  replaceAppearances,
  updateHearingAtVersion,
} from '../repository.js';

const strip = (a: { id?: string; createdAt?: Date; hearingId?: string; sortOrder?: number }) => {
  const { id: _i, createdAt: _c, hearingId: _h, sortOrder: _s, ...rest } = a as Record<string, unknown>;
  return rest;
};

export async function recordAppearances(db: Db, ctx: HearingContext, id: string, input: AppearancesInput) {
  await db.transaction(async (tx) => {
    const current = await hearingInScope(tx, ctx.principal, id, { forUpdate: true });
    if (!current) throw notFound('庭审');
    if (current.version !== input.version) throw versionConflict(await readHearing(tx, ctx.principal, id));
    const heads = new Map(
      (
        await headsByIds(
          tx,
          input.items.flatMap((i) => (i.headId ? [i.headId] : [])),
        )
      ).map((h) => [h.id, h]),
    );
    const problems: ErrorDetail[] = [];
    const rows: AppearanceInsert[] = input.items.map((item, i) => {
      const at = (field: string, message: string) =>
        problems.push({ field: `items.${i}.${field}`, row: i + 1, message: `第${i + 1}个出庭人员：${message}` });
      if (item.spoke && !item.appeared) at('spoke', '未出庭的人员不能记为出声');
      if (item.role === 'head') {
        const head = item.headId ? heads.get(item.headId) : undefined;
        if (!item.headId) at('headId', '请从负责人名录中选择负责人');
        else if (!head) at('headId', '负责人名录中没有此人');
        return {
          hearingId: id,
          role: 'head',
          headId: head?.id ?? null,
          name: head?.name ?? '',
          title: head?.title ?? null,
          headRole: head?.headRole ?? null,
          agencyId: head?.agencyId ?? null,
          designated: item.designated,
          appeared: item.appeared,
          spoke: item.spoke,
          identityProofFiled: item.identityProofFiled,
          sortOrder: i,
        };
      }
      if (item.headId) at('headId', '只有负责人从名录中选择；应诉工作人员和律师填写姓名');
      if (!item.name) at('name', '请填写姓名');
      return {
        hearingId: id,
        role: item.role,
        headId: null,
        name: item.name ?? '',
        title: item.title ?? null,
        headRole: null,
        agencyId: null,
        designated: item.designated,
        appeared: item.appeared,
        spoke: item.spoke,
        identityProofFiled: item.identityProofFiled,
        sortOrder: i,
      };
    });
    if (problems.length) throw validationFailed(problems, problems[0]!.message);
    const before = await appearancesOf(tx, [id]);
    const row = await updateHearingAtVersion(tx, id, input.version, { updatedBy: ctx.principal.userId });
    if (!row) throw versionConflict(await readHearing(tx, ctx.principal, id));
    await replaceAppearances(tx, id, rows);
    await writeAudit(tx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'hearing',
      entityId: id,
      before: { version: current.version, appearances: before.map(strip) },
      after: { version: row.version, appearances: rows.map(strip) },
    });
  });
  return readHearing(db, ctx.principal, id);
}
