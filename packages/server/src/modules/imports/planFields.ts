/**
 * The case fields an import plans (plan.ts): a registered case's values as columns, how a changed field reads in the
 * update report, and which report column each field belongs to.
 */
import { caseOutcomeLabel } from '@shuangjiang/domain';
import { CASE_INSTANCE_LABELS, CASE_KIND_LABELS } from '../cases/constants.js';
import type { ExistingCase, UpdateColumn } from '../cases/public.js';
import { CLOSING_MANNER_LABELS, type ClosingManner } from './closingManner.js';
import type { ColumnKey } from './columns.js';
import type { Lookups } from './lookups.js';

export type CaseColumn = UpdateColumn;

export type CaseValues = Record<CaseColumn, unknown>;

export function valuesOf(e: ExistingCase): CaseValues {
  return {
    id: e.id,
    kind: e.kind,
    case_number: e.caseNumber,
    case_number_raw: e.caseNumberRaw,
    case_number_status: e.caseNumberStatus,
    case_number_tail: e.caseNumberTail,
    case_year: e.caseYear,
    case_seq: e.caseSeq,
    instance: e.instance,
    court_agency_id: e.courtAgencyId,
    court_code: e.courtCode,
    region_code: e.regionCode,
    region_path: e.regionPath,
    first_defendant_agency_id: e.firstDefendantAgencyId,
    filed_date: e.filedDate,
    complaint_received_date: e.complaintReceivedDate,
    cause_of_action: e.causeOfAction,
    contested_act: e.contestedAct,
    domain: e.domain,
    plaintiff_count: e.plaintiffCount,
    hearing_held: e.hearingHeld,
    status: e.status,
    outcome: e.outcome,
    outcome_date: e.outcomeDate,
    closing_manner: e.closingManner,
    government_lost: e.governmentLost,
    appealed: e.appealed,
    notes: e.notes,
    handler_user_id: e.handlerUserId,
  };
}

const yesNo = (b: unknown) => (b === true ? '是' : b === false ? '否' : null);

/** How a changed field reads in the report. */
export function shown(lookups: Lookups, column: CaseColumn, v: unknown): string | null {
  if (v === null || v === undefined) return null;
  switch (column) {
    case 'court_agency_id':
      return lookups.agencyById.get(String(v))?.name ?? String(v);
    case 'domain':
      return lookups.domainName.get(String(v)) ?? String(v);
    case 'instance':
      return CASE_INSTANCE_LABELS[v as keyof typeof CASE_INSTANCE_LABELS] ?? String(v);
    case 'outcome':
      return caseOutcomeLabel(String(v));
    case 'closing_manner':
      return CLOSING_MANNER_LABELS[v as ClosingManner] ?? String(v);
    case 'kind':
      return CASE_KIND_LABELS[v as keyof typeof CASE_KIND_LABELS] ?? String(v);
    case 'hearing_held':
    case 'appealed':
      return yesNo(v);
    case 'handler_user_id':
      return lookups.handlerById.get(String(v))?.displayName ?? String(v);
    default:
      return String(v);
  }
}

/** Report columns of the case fields a row can change. */
export const FIELD_COLUMN: Partial<Record<CaseColumn, ColumnKey>> = {
  court_agency_id: 'court',
  filed_date: 'filedDate',
  complaint_received_date: 'complaintReceivedDate',
  cause_of_action: 'causeOfAction',
  contested_act: 'contestedAct',
  domain: 'domain',
  instance: 'instance',
  hearing_held: 'hearingHeld',
  outcome_date: 'outcomeDate',
  closing_manner: 'closingManner',
  outcome: 'outcome',
  appealed: 'appealed',
  notes: 'notes',
  handler_user_id: 'handler',
};
