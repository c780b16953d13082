/**
 * Database rows → API JSON. Personal data (docs/rules/personal-data.md#masking): lists carry no personal data beyond masked plaintiff names;
 * details show ID numbers and phones masked for everyone (the audited unmask action is the only way to see them),
 * and natural persons' names masked for roles that do not handle cases (canSeePartyNames).
 */
import { caseOutcomeLabel, todayInChina } from '@shuangjiang/domain';
import {
  canSeePartyNames,
  canUnmaskPersonalData,
  maskIdNumber,
  maskName,
  maskPhone,
} from '../../platform/auth/masking.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { CaseStatus } from './constants.js';
import { deadlineRuleName } from './deadlines/owners.js';
import type { CaseDetail, CaseListItem, PartyOut } from './dto.js';
import type { CaseDetailParts, CaseListRow, CaseRow, PartyRow } from './repository.js';

export const outcomeLabel = (outcome: string | null): string | null => (outcome ? caseOutcomeLabel(outcome) : null);

const iso = (d: Date | string | null): string | null => (d === null ? null : d instanceof Date ? d.toISOString() : d);

export function presentListItem(r: CaseListRow): CaseListItem {
  return {
    id: r.id!,
    kind: r.kind!,
    caseNumber: r.caseNumber,
    caseNumberStatus: r.caseNumberStatus,
    instance: r.instance,
    courtAgencyId: r.courtAgencyId,
    courtName: r.courtName,
    regionCode: r.regionCode!,
    regionName: r.regionName,
    firstDefendantAgencyId: r.firstDefendantAgencyId,
    firstDefendantName: r.firstDefendantName,
    plaintiffs: (r.plaintiffs ?? []).map((p) => (p.partyType === 'person' ? (maskName(p.name) ?? '') : p.name)),
    plaintiffCount: r.plaintiffCount ?? 1,
    receivedDate: r.receivedDate,
    filedDate: r.filedDate,
    causeOfAction: r.causeOfAction,
    actKind: r.actKind,
    domain: r.domain,
    status: r.status as CaseStatus,
    outcome: r.outcome,
    outcomeLabel: outcomeLabel(r.outcome),
    outcomeDate: r.outcomeDate,
    governmentLost: r.governmentLost,
    riskLevel: r.riskLevel!,
    handlerUserId: r.handlerUserId ?? null,
    handlerName: r.handlerName ?? null,
    nextDueDate: r.nextDueDate,
    nextDueProvisional: r.nextDueProvisional === true,
    deleted: r.deletedAt !== null,
    version: r.version!,
    updatedAt: iso(r.updatedAt)!,
  };
}

export function presentParty(
  p: PartyRow & { agencyName: string | null },
  principal: Principal,
  opts: { unmasked?: boolean } = {},
): PartyOut {
  const person = p.partyType === 'person';
  const showName = !person || canSeePartyNames(principal) || opts.unmasked;
  return {
    id: p.id,
    side: p.side,
    partyType: p.partyType,
    name: showName ? p.name : (maskName(p.name) ?? ''),
    agencyId: p.agencyId,
    agencyName: p.agencyName,
    defendantRole: p.defendantRole,
    idNumber: opts.unmasked ? p.idNumber : maskIdNumber(p.idNumber),
    phone: opts.unmasked ? p.phone : maskPhone(p.phone),
    masked: !opts.unmasked,
    sortOrder: p.sortOrder,
  };
}

/** Today in China: the domain's rule (packages/domain/src/calendar/today.ts), re-exported for cases/public.ts. */
export { todayInChina };

const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** The earliest open due date and whether it is 暂定 (as the list's subquery: on a tie, 暂定 wins). */
function nextDue(deadlines: { status: string; effectiveDueDate: string | null; provisional: boolean }[]) {
  const open = deadlines
    .filter((d) => d.status === 'open' && d.effectiveDueDate)
    .sort(
      (a, b) => a.effectiveDueDate!.localeCompare(b.effectiveDueDate!) || Number(b.provisional) - Number(a.provisional),
    );
  return { nextDueDate: open[0]?.effectiveDueDate ?? null, nextDueProvisional: open[0]?.provisional ?? false };
}

export function presentDetail(
  row: CaseRow,
  parts: CaseDetailParts,
  principal: Principal,
  today = todayInChina(),
): CaseDetail {
  const firstDefendant = parts.parties.find((p) => p.agencyId && p.agencyId === row.firstDefendantAgencyId);
  const plaintiffs = parts.parties.filter((p) => p.side === 'plaintiff').slice(0, 3);
  const deadlines = parts.deadlines.map((d) => {
    const effective = d.customDueDate ?? d.dueDate;
    const daysLeft = effective ? dayNumber(effective) - dayNumber(today) : null;
    const name = deadlineRuleName(d.ruleId);
    return {
      id: d.id,
      ruleId: d.ruleId,
      name,
      fromDate: d.fromDate,
      dueDate: d.dueDate,
      customDueDate: d.customDueDate,
      customReason: d.customReason,
      effectiveDueDate: effective,
      // A custom date is the user's own, never 暂定; the statutory date beside it may be.
      provisional: d.customDueDate === null && d.provisional,
      dueDateProvisional: d.provisional,
      explanation: d.explanation,
      basis: d.basis,
      status: d.status,
      daysLeft,
      overdue: d.status === 'open' && daysLeft !== null && daysLeft < 0,
    };
  });
  return {
    ...presentListItem({
      ...row,
      courtName: parts.courtName,
      regionName: parts.regionName,
      firstDefendantName: firstDefendant?.agencyName ?? firstDefendant?.name ?? null,
      plaintiffs: plaintiffs.map((p) => ({ name: p.name, partyType: p.partyType })),
      ...nextDue(deadlines),
      sortValue: null,
    }),
    caseNumberRaw: row.caseNumberRaw,
    courtCode: row.courtCode,
    regionPath: row.regionPath,
    domainName: parts.domainName,
    complaintReceivedDate: row.complaintReceivedDate,
    contestedAct: row.contestedAct,
    amountClaimed: row.amountClaimed,
    normativeDocReview: row.normativeDocReview,
    hearingHeld: row.hearingHeld,
    outcomeText: row.outcomeText,
    appealed: row.appealed,
    notes: row.notes,
    deletedAt: iso(row.deletedAt),
    deleteReason: row.deleteReason,
    createdAt: iso(row.createdAt)!,
    canUnmask: canUnmaskPersonalData(principal),
    parties: parts.parties.map((p) => presentParty(p, principal)),
    links: parts.links.map((l) => ({
      ...l,
      linkType: l.linkType as CaseDetail['links'][number]['linkType'],
      kind: l.kind as CaseDetail['links'][number]['kind'],
      instance: l.instance as CaseDetail['links'][number]['instance'],
      status: l.status as CaseDetail['links'][number]['status'],
    })),
    timeline: parts.events.map((e) => ({
      id: e.id,
      at: e.at,
      type: e.type,
      title: e.title,
      detail: e.detail,
      createdAt: iso(e.createdAt)!,
    })),
    deadlines,
    hearings: parts.hearings.map((h) => ({
      id: h.id,
      scheduledAt: iso(h.scheduledAt)!,
      courtroom: h.courtroom,
      headAppearance: h.headAppearance,
      headName: h.headName,
      spoke: h.spoke,
    })),
    audit: parts.audit.map((a) => ({
      at: iso(a.at)!,
      action: a.action,
      actorName: a.actorName,
      fields: a.diff && typeof a.diff === 'object' ? Object.keys(a.diff) : [],
    })),
  };
}
