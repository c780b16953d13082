/**
 * Use case: what the case screens choose from — every enum with its Chinese label, the outcome categories (label,
 * kind, whether a loss, statute basis), the deadline rules, the sort keys and the page size limit.
 */
import {
  ALL_CASE_OUTCOMES,
  caseOutcomeBasis,
  caseOutcomeLabel,
  deadlineRules,
  governmentLostOf,
  kindOfOutcome,
} from '@shuangjiang/domain';
import {
  ACT_KIND_LABELS,
  CASE_INSTANCE_LABELS,
  CASE_KIND_LABELS,
  CASE_NUMBER_STATUS_LABELS,
  CASE_STATUS_LABELS,
  DEADLINE_STATUS_LABELS,
  DEFENDANT_ROLE_LABELS,
  EVENT_TYPE_LABELS,
  HEAD_APPEARANCE_LABELS,
  LINK_TYPE_LABELS,
  PARTY_SIDE_LABELS,
  PARTY_TYPE_LABELS,
  RISK_EVENT_TYPE_LABELS,
  RISK_LEVEL_LABELS,
} from '../constants.js';
import { SORT_KEYS } from '../repository.js';
import { MAX_PAGE_SIZE } from './listCases.js';

const labels = (m: Record<string, string>) => Object.entries(m).map(([value, label]) => ({ value, label }));

export function caseMeta() {
  return {
    kinds: labels(CASE_KIND_LABELS),
    instances: labels(CASE_INSTANCE_LABELS),
    statuses: labels(CASE_STATUS_LABELS),
    actKinds: labels(ACT_KIND_LABELS),
    riskLevels: labels(RISK_LEVEL_LABELS),
    partySides: labels(PARTY_SIDE_LABELS),
    partyTypes: labels(PARTY_TYPE_LABELS),
    defendantRoles: labels(DEFENDANT_ROLE_LABELS),
    linkTypes: labels(LINK_TYPE_LABELS),
    eventTypes: labels({ ...EVENT_TYPE_LABELS, ...RISK_EVENT_TYPE_LABELS }),
    headAppearances: labels(HEAD_APPEARANCE_LABELS),
    caseNumberStatuses: labels(CASE_NUMBER_STATUS_LABELS),
    deadlineStatuses: labels(DEADLINE_STATUS_LABELS),
    outcomes: ALL_CASE_OUTCOMES.map((c) => ({
      value: c,
      label: caseOutcomeLabel(c),
      kind: kindOfOutcome(c) ?? 'litigation',
      loss: governmentLostOf(c) === true, // the domain's one loss rule, every kind
      basis: caseOutcomeBasis(c),
    })),
    deadlineRules: deadlineRules.map((d) => ({
      id: d.id,
      name: d.nameZh,
      basis: d.basis,
      counting: d.counting,
      length: d.length,
      startsFrom: d.startsFrom,
      note: d.note ?? null,
    })),
    sortKeys: [...SORT_KEYS],
    maxPageSize: MAX_PAGE_SIZE,
  };
}
