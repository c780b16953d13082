/**
 * 三色预警 screening of one case (docs/rules/risk.md#screening): gather what the rules read (the case's facts, its
 * plaintiffs' other cases, the first defendant's recent losses in the same 案由, the defence deadline), ask the
 * domain (`evaluateRisk` with the setting `riskRules` in force), and keep the result on the case's risk item in the
 * caller's transaction — a yellow or red case gets an item (预警, the 包案领导 deadline, a timeline entry, a notice);
 * an item's level follows the screening unless a coordinator's override still stands (the screening says what it
 * said when overridden). Every level change is a history row and an audit row.
 */
import {
  addMonthsClamped,
  evaluateRisk,
  normalizeAct,
  normalizeIdNumber,
  normalizePartyName,
  RISK_LEVEL_LABELS,
  type RiskAssessment,
  type RiskLevel,
  relatedTo,
  todayInChina,
} from '@shuangjiang/domain';
import { type AuditActor, writeAudit } from '../../platform/audit.js';
import type { DbOrTx, Tx } from '../../platform/db/client.js';
import {
  addRiskTimelineEvent,
  caseRefsByIds,
  recentLossCount,
  type ScreeningFacts,
  screeningFacts,
  setCaseRiskLevel,
} from '../cases/public.js';
import { notify } from '../notifications/public.js';
import { getSetting } from '../settings/service.js';
import type { LevelSource } from './constants.js';
import { openLeadDeadline } from './leadDeadline.js';
import { clerksOf, coordinatorsOf } from './recipients.js';
import {
  activeSignalsOf,
  casesWithKeys,
  insertItem,
  insertLevelChange,
  itemOfCase,
  replacePartyKeys,
  updateItemAtVersion,
} from './repository.js';
import type { RiskItemRow } from './schema.js';

/**
 * The keys related cases are found by: each plaintiff's valid ID number and normalised name
 * (docs/rules/risk.md#same-party), and the contested act of the first defendant (docs/rules/risk.md#related-cases).
 */
export function caseKeys(f: Pick<ScreeningFacts, 'plaintiffs' | 'contestedAct' | 'firstDefendantAgencyId'>): string[] {
  const keys: string[] = [];
  const act = f.contestedAct ? normalizeAct(f.contestedAct) : '';
  if (act) keys.push(`act:${f.firstDefendantAgencyId ?? ''}|${act}`);
  for (const p of f.plaintiffs) {
    const id = normalizeIdNumber(p.idNumber);
    if (id) keys.push(`id:${id}`);
    const name = normalizePartyName(p.name);
    if (name) keys.push(`name:${name}`);
  }
  return [...new Set(keys)];
}

/** A closed case (结案) is not screened again: its level stays (docs/rules/risk.md#screening). */
const isClosed = (f: ScreeningFacts) => f.status === 'closed' || f.status === 'concluded' || f.outcome !== null;

/** The related cases of a case (its plaintiffs' keys to candidates, the domain's grouping on those). */
export async function relatedOf(tx: DbOrTx, f: ScreeningFacts) {
  const candidates = await screeningFacts(tx, await casesWithKeys(tx, caseKeys(f), f.id));
  const input = [f, ...candidates].map((c) => ({
    id: c.id,
    plaintiffs: c.plaintiffs,
    contestedAct: c.contestedAct,
    defendantAgencyId: c.firstDefendantAgencyId,
  }));
  return { related: relatedTo(f.id, input), candidates };
}

/** What the rules say of the case today. */
export async function assess(
  tx: Tx,
  f: ScreeningFacts,
  now: Date,
): Promise<{ a: RiskAssessment; rulesVersion: number }> {
  const { value: rules, version } = await getSetting(tx, 'riskRules');
  const today = todayInChina(now);
  const { related } = await relatedOf(tx, f);
  const otherCasesOfPlaintiffs = related.filter((r) => r.relations.some((x) => x.kind === 'same_party')).length;
  const agencyRecentLosses =
    f.firstDefendantAgencyId && f.causeOfAction
      ? await recentLossCount(tx, {
          agencyId: f.firstDefendantAgencyId,
          causeOfAction: f.causeOfAction,
          since: addMonthsClamped(today, -rules.agencyLosses.months),
          excludeCaseId: f.id,
        })
      : 0;
  const a = evaluateRisk(
    {
      domain: f.domain,
      plaintiffCount: f.plaintiffCount,
      amountClaimed: f.amountClaimed,
      otherCasesOfPlaintiffs,
      agencyRecentLosses,
      causeOfAction: f.causeOfAction,
      defenceDue: f.defenceDue,
      defenceFiled: f.defenceFiled,
      today,
      // The court liaison's pre-hearing signals standing on the case (docs/rules/risk.md#liaison-signals).
      signals: (await activeSignalsOf(tx, f.id)).map((s) => ({ level: s.level, note: s.note })),
    },
    rules,
  );
  return { a, rulesVersion: version };
}

export interface ScreeningResult {
  caseId: string;
  caseNumber: string | null;
  from: RiskLevel | null;
  to: RiskLevel;
  changed: boolean;
}

const reasonsText = (a: RiskAssessment) => a.reasons.map((r) => r.text).join('；');

/** Screens one case in the caller's transaction; null when the case is gone or closed. */
export async function screenCase(
  tx: Tx,
  caseId: string,
  source: Exclude<LevelSource, 'override'>,
  actor: AuditActor,
  now = new Date(),
): Promise<ScreeningResult | null> {
  const [f] = await screeningFacts(tx, [caseId]);
  if (!f) return null;
  await replacePartyKeys(tx, f.id, caseKeys(f));
  if (isClosed(f)) return null;
  const { a, rulesVersion } = await assess(tx, f, now);
  const item = await itemOfCase(tx, f.id, { forUpdate: true });
  if (!item) {
    if (a.level === 'green') return { caseId, caseNumber: f.caseNumber, from: 'green', to: 'green', changed: false };
    await raiseWarning(tx, f, a, rulesVersion, source, actor, now);
    return { caseId, caseNumber: f.caseNumber, from: f.riskLevel, to: a.level, changed: true };
  }
  const overrideStands = item.levelSource === 'override' && item.screenedLevel === a.level;
  const to = overrideStands ? item.level : a.level;
  const same = to === item.level && JSON.stringify(item.reasons) === JSON.stringify(a.reasons);
  if (same && item.screenedLevel === a.level && item.rulesVersion === rulesVersion) {
    return { caseId, caseNumber: f.caseNumber, from: item.level, to, changed: false };
  }
  const row = await updateItemAtVersion(tx, item.id, item.version, {
    reasons: a.reasons,
    screenedLevel: a.level,
    rulesVersion,
    ...(overrideStands ? {} : { level: a.level, levelSource: source, overrideReason: null }),
  });
  if (to !== item.level && row) await levelChanged(tx, item, row, a, source, null, actor, now);
  return { caseId, caseNumber: f.caseNumber, from: item.level, to, changed: to !== item.level };
}

/**
 * A case's first warning: the item, its history row, the case's level, the deadline, timeline, notice. The level is
 * the screening's, or a coordinator's raised by hand (`byHand`: yellow or red with a reason, kept as an override the
 * screening's next answer may replace — docs/rules/risk.md#screening).
 */
async function raiseWarning(
  tx: Tx,
  f: ScreeningFacts,
  a: RiskAssessment,
  rulesVersion: number,
  source: LevelSource,
  actor: AuditActor,
  now: Date,
  byHand?: { level: RiskLevel; reason: string },
): Promise<RiskItemRow> {
  const warnedOn = todayInChina(now);
  const level = byHand?.level ?? a.level;
  const why = byHand ? `协调员提高风险等级：${byHand.reason}` : reasonsText(a);
  const item = await insertItem(tx, {
    caseId: f.id,
    level,
    levelSource: source,
    reasons: a.reasons,
    screenedLevel: a.level,
    overrideReason: byHand?.reason ?? null,
    rulesVersion,
    state: 'warning',
    warnedOn,
  });
  await insertLevelChange(tx, {
    itemId: item.id,
    fromLevel: f.riskLevel,
    toLevel: level,
    source,
    reasons: a.reasons,
    rulesVersion,
    reason: byHand?.reason ?? null,
    byUserId: actor.userId,
    byName: actor.name,
    at: now,
  });
  await setCaseRiskLevel(tx, f.id, level);
  await openLeadDeadline(tx, item);
  await addRiskTimelineEvent(tx, {
    caseId: f.id,
    at: warnedOn,
    type: 'risk_warning',
    title: `风险预警：${RISK_LEVEL_LABELS[level]}`,
    detail: why,
    by: actor.userId,
  });
  await warnRecipients(tx, f, item, { level, why }, now);
  await writeAudit(tx, { actor, action: 'create', entityType: 'risk_item', entityId: item.id, after: snapshot(item) });
  return item;
}

async function warnRecipients(
  tx: Tx,
  f: ScreeningFacts,
  item: RiskItemRow,
  a: { level: RiskLevel; why: string },
  now: Date,
) {
  const ref = (await caseRefsByIds(tx, [f.id])).get(f.id);
  const recipients = [
    ...(await clerksOf(tx, ref?.defendantAgencyIds ?? [])),
    ...(await coordinatorsOf(tx, f.regionPath, 'county')),
    ...(a.level === 'red' ? await coordinatorsOf(tx, f.regionPath, 'city') : []),
  ];
  if (!recipients.length) return;
  await notify(tx, {
    recipients,
    kind: 'general',
    title: `风险预警（${RISK_LEVEL_LABELS[a.level]}）：${f.caseNumber ?? '（无案号）'}`,
    body: `${a.why}。请在3个工作日内明确包案领导、成立化解专班。`,
    link: `/risks/${item.id}`,
    dedupeKey: `risk-warning:${item.id}:${item.warnedOn}`,
    at: now,
  });
}

/** A level changed on an item: history, the case's copy, timeline, audit. */
export async function levelChanged(
  tx: Tx,
  before: RiskItemRow,
  after: RiskItemRow,
  a: Pick<RiskAssessment, 'reasons'>,
  source: LevelSource,
  reason: string | null,
  actor: AuditActor,
  now: Date,
): Promise<void> {
  await insertLevelChange(tx, {
    itemId: after.id,
    fromLevel: before.level,
    toLevel: after.level,
    source,
    reasons: a.reasons,
    rulesVersion: after.rulesVersion,
    reason,
    byUserId: actor.userId,
    byName: actor.name,
    at: now,
  });
  await setCaseRiskLevel(tx, after.caseId, after.level);
  await addRiskTimelineEvent(tx, {
    caseId: after.caseId,
    at: todayInChina(now),
    type: 'risk_level',
    title: `风险等级：${RISK_LEVEL_LABELS[before.level]} → ${RISK_LEVEL_LABELS[after.level]}`,
    detail: reason ?? a.reasons.map((r) => r.text).join('；'),
    by: actor.userId,
  });
  await writeAudit(tx, {
    actor,
    action: 'update',
    entityType: 'risk_item',
    entityId: after.id,
    before: snapshot(before),
    after: { ...snapshot(after), levelReason: reason },
  });
}

/** The item as its audit rows show it. */
export function snapshot(r: RiskItemRow) {
  return {
    caseId: r.caseId,
    level: r.level,
    levelSource: r.levelSource,
    screenedLevel: r.screenedLevel,
    rulesVersion: r.rulesVersion,
    state: r.state,
    warnedOn: r.warnedOn,
    leadHeadId: r.leadHeadId,
    leadName: r.leadName,
    taskForce: r.taskForce,
    outcome: r.outcome,
    closeSummary: r.closeSummary,
    version: r.version,
  };
}

/**
 * A coordinator raises a case with no risk item to yellow or red with a reason (POST /risk-items): the item starts as a
 * screened one would, its level an override. Null when the case is gone; refused for a closed case or one with an item.
 */
export async function raiseByHand(
  tx: Tx,
  caseId: string,
  byHand: { level: RiskLevel; reason: string },
  actor: AuditActor,
  now = new Date(),
): Promise<RiskItemRow | 'closed' | 'has_item' | null> {
  const [f] = await screeningFacts(tx, [caseId]);
  if (!f) return null;
  if (isClosed(f)) return 'closed';
  if (await itemOfCase(tx, f.id, { forUpdate: true })) return 'has_item';
  await replacePartyKeys(tx, f.id, caseKeys(f));
  const { a, rulesVersion } = await assess(tx, f, now);
  return raiseWarning(tx, f, a, rulesVersion, 'override', actor, now, byHand);
}
