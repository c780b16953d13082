/**
 * The label of a case field by its name, in the UI language: the case form's and detail's own labels, so that the
 * audit log, the case's change history and the edit conflict name a field as the form does. Names come camelCase
 * (the case row, PATCH bodies) or snake_case (the import writes database column names); an unknown name is returned
 * as it is.
 */
import type { TFunction } from 'i18next';

/** i18n key of each case field's label. */
const CASE_FIELD_KEYS: Readonly<Record<string, string>> = {
  kind: 'cases.form.kind',
  caseNumber: 'cases.form.caseNumber',
  caseNumberRaw: 'cases.detail.caseNumberRaw',
  caseNumberStatus: 'settings.audit.fields.caseNumberStatus',
  caseNumberTail: 'settings.audit.fields.caseNumberTail',
  caseYear: 'cases.form.parsedYear',
  caseSeq: 'settings.audit.fields.caseSeq',
  acceptUnverified: 'cases.form.acceptUnverified',
  instance: 'cases.form.instance',
  courtAgencyId: 'cases.form.court',
  courtCode: 'cases.detail.courtCode',
  regionCode: 'cases.detail.region',
  regionPath: 'cases.detail.region',
  firstDefendantAgencyId: 'settings.audit.fields.firstDefendant',
  receivedDate: 'cases.form.receivedDate',
  filedDate: 'cases.form.filedDate',
  complaintReceivedDate: 'cases.form.complaintReceivedDate',
  causeOfAction: 'cases.form.cause',
  contestedAct: 'cases.form.contestedAct',
  actKind: 'cases.form.actKind',
  domain: 'cases.form.domain',
  plaintiffCount: 'cases.detail.plaintiffCount',
  amountClaimed: 'cases.detail.amountClaimed',
  normativeDocReview: 'cases.form.normativeDocReview',
  hearingHeld: 'cases.detail.hearingHeld',
  status: 'cases.form.status',
  outcome: 'cases.form.outcome',
  outcomeDate: 'cases.form.outcomeDate',
  outcomeText: 'cases.form.outcomeText',
  governmentLost: 'cases.lost',
  appealed: 'cases.detail.appealed',
  notes: 'cases.form.notes',
  riskLevel: 'cases.form.risk',
  parties: 'cases.form.parties',
  partyIds: 'cases.form.parties',
  version: 'settings.audit.fields.version',
  deletedAt: 'settings.audit.fields.deletedAt',
  deletedBy: 'settings.audit.fields.deletedBy',
  deleteReason: 'cases.detail.deleteReason',
  createdBy: 'settings.audit.fields.createdBy',
  updatedBy: 'settings.audit.fields.updatedBy',
  reason: 'settings.audit.fields.reason',
  link: 'cases.detail.sectionLinks',
  event: 'cases.detail.sectionTimeline',
  deadline: 'cases.detail.sectionDeadlines',
  assignment: 'caseWork.assignmentsTitle',
};

/** 'filed_date' → 'filedDate'. */
export const camelCase = (name: string): string => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The label of a field in a table of field keys, or null when the table does not name it. */
export function labelFrom(keys: Readonly<Record<string, string>>, t: TFunction, field: string): string | null {
  const key = keys[field] ?? keys[camelCase(field)];
  return key ? t(key as 'cases.form.kind') : null;
}

/** A case field's label ('filedDate' and 'filed_date' → 立案日期 / Filed); the name itself when unknown. */
export function caseFieldLabel(t: TFunction, field: string): string {
  return labelFrom(CASE_FIELD_KEYS, t, field) ?? field;
}
