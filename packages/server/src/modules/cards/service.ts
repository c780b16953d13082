/**
 * The cards' use cases (README.md): the list and one unit's history in the caller's scope, the city coordinator's
 * confirmation or rejection (at the version seen, audited in the same transaction, the unit told on confirmation) and
 * the notice. Scope: the city coordinator and the leader the city, a county coordinator the county's units (the county
 * itself and the departments of its region).
 */
import { type CardRuleSet, periodLabel, quarterPeriodOf, SANCTION_LABELS, type Sanction } from '@shuangjiang/domain';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { AppError, forbidden, notFound, versionConflict } from '../../platform/errors.js';
import { figuresRegionPath } from '../cases/public.js';
import { templateVersionInForce } from '../documents/public.js';
import { notify } from '../notifications/public.js';
import { regionsByCodes } from '../org/public.js';
import { getSettingVersion } from '../settings/service.js';
import { activeUserIds } from '../users/public.js';
import { CARD_LEVEL_LABELS, CARD_STATUS_LABELS, type CardLevel, type CardStatus } from './constants.js';
import type { CardOut } from './dto.js';
import { buildCardNotice, CARD_NOTICE_TEMPLATE, noticeTitle } from './notice.js';
import { CARD_RULES_KIND } from './propose.js';
import { decideProposal, listProposals, proposalById } from './repository.js';
import type { CardProposalRow } from './schema.js';

/** The region path whose units the caller sees. */
function scopeOf(principal: Principal): string {
  const path = figuresRegionPath(principal);
  if (!path) throw forbidden('无权查看红黄牌');
  return path;
}

export function present(r: CardProposalRow): CardOut {
  return {
    id: r.id,
    period: { from: r.periodFrom, to: r.periodTo, label: periodLabel(quarterPeriodOf(r.periodFrom)) },
    level: r.level,
    unit: { id: r.unitId, label: r.unitLabel },
    sanction: r.sanction,
    sanctionLabel: SANCTION_LABELS[r.sanction as Sanction] ?? r.sanction,
    ruleId: r.ruleId,
    reasons: r.reasons.map((x) => ({ code: x.code, text: x.text })),
    losses: r.losses,
    concluded: r.concluded,
    rateDisplay: r.rateDisplay,
    rulesVersion: r.rulesVersion,
    definitionVersion: r.definitionVersion,
    status: r.status,
    statusLabel: CARD_STATUS_LABELS[r.status],
    decisionReason: r.decisionReason,
    decidedByName: r.decidedByName,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    notice: `/api/v1/cards/${r.id}/notice.docx`,
  };
}

export async function listCards(
  db: DbOrTx,
  principal: Principal,
  q: { status?: CardStatus; level?: CardLevel; unit?: string },
): Promise<{ items: CardOut[] }> {
  const rows = await listProposals(db, { regionPath: scopeOf(principal), ...q, unitId: q.unit }, 500);
  return { items: rows.map(present) };
}

async function visible(db: DbOrTx, principal: Principal, id: string): Promise<CardProposalRow> {
  const row = await proposalById(db, id);
  const scope = scopeOf(principal);
  // Outside the caller's scope it does not exist for them (404, as an unknown id).
  if (!row) throw notFound('红黄牌');
  if (!row.regionPath.startsWith(scope)) throw notFound('红黄牌');
  return row;
}

export async function getCard(db: DbOrTx, principal: Principal, id: string): Promise<CardOut> {
  return present(await visible(db, principal, id));
}

/** Who hears of a confirmed card: a county's coordinators, a department's clerks and heads. */
async function unitRecipients(db: DbOrTx, r: CardProposalRow): Promise<string[]> {
  return r.level === 'county'
    ? activeUserIds(db, { roles: ['county_coordinator'], regionCodes: [r.unitId] })
    : activeUserIds(db, { roles: ['agency_clerk', 'agency_head'], agencyIds: [r.unitId] });
}

export async function decideCard(
  db: Db,
  principal: Principal,
  actor: AuditActor,
  id: string,
  input: { status: 'confirmed' | 'rejected'; version: number; reason?: string },
  now = new Date(),
): Promise<CardOut> {
  return db.transaction(async (tx) => {
    const before = await visible(tx, principal, id);
    if (before.status !== 'proposed') {
      throw new AppError('UNPROCESSABLE', `该项已${CARD_STATUS_LABELS[before.status]}，不能再次处理`, {
        current: present(before),
      });
    }
    const after = await decideProposal(tx, id, input.version, {
      status: input.status,
      reason: input.reason?.trim() || null,
      by: principal.userId,
      byName: principal.displayName,
      at: now,
      // A confirmed card's notice keeps the wording in force now (docs/rules/reports.md#templates).
      noticeTemplateVersion:
        input.status === 'confirmed' ? await templateVersionInForce(tx, CARD_NOTICE_TEMPLATE) : null,
    });
    if (!after) throw versionConflict(present(before));
    await writeAudit(tx, {
      actor,
      action: 'update',
      entityType: 'card_proposal',
      entityId: id,
      before: { status: before.status, version: before.version },
      after: {
        status: after.status,
        version: after.version,
        reason: after.decisionReason,
        ...(after.noticeTemplateVersion !== null && {
          template: `${CARD_NOTICE_TEMPLATE}@${after.noticeTemplateVersion}`,
        }),
      },
    });
    if (after.status === 'confirmed') {
      const label = SANCTION_LABELS[after.sanction as Sanction] ?? after.sanction;
      await notify(tx, {
        recipients: await unitRecipients(tx, after),
        kind: 'general',
        title: `${periodLabel(quarterPeriodOf(after.periodFrom))}行政诉讼${label}`,
        body: `${CARD_LEVEL_LABELS[after.level]}${after.unitLabel}：${after.reasons.map((r) => r.text).join('；')}。已确认${label}，通报见附件。`,
        link: null,
        dedupeKey: `card-confirmed:${after.id}`,
        at: now,
      });
    }
    return present(after);
  });
}

/** The notice (.docx) with its file name; a rejected proposal has none (422). */
export async function cardNotice(
  db: DbOrTx,
  principal: Principal,
  id: string,
): Promise<{ fileName: string; content: Buffer }> {
  const row = await visible(db, principal, id);
  if (row.status === 'rejected') throw new AppError('UNPROCESSABLE', '已驳回的提议没有通报');
  const cityCode = row.regionPath.split('/').filter(Boolean)[0] ?? '';
  const [city] = await regionsByCodes(db, [cityCode]);
  const rules = await getSettingVersion(db, CARD_RULES_KIND, row.rulesVersion);
  const content = await buildCardNotice(
    db,
    row,
    `${city?.name ?? ''}全面依法治市委员会办公室`,
    (rules.value as CardRuleSet).name,
  );
  return { fileName: `${noticeTitle(row)}.docx`, content };
}
