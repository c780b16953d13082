/**
 * Case form ↔ API, as pure functions: a record → form values, form values → the POST/PATCH body (on edit only the
 * fields the user changed), server field errors → form field paths, and the rebase after a version conflict.
 */
import dayjs, { type Dayjs } from 'dayjs';
import type {
  CaseDetail,
  CaseInput,
  CaseKind,
  CaseStatus,
  CaseUpdate,
  PartyInput,
  PartyOut,
  RiskLevel,
} from './api.js';
import type { PartyRow } from './PartiesEditor.js';

export interface CaseFormValues {
  kind: CaseKind;
  caseNumber?: string;
  acceptUnverified?: boolean;
  instance?: CaseInput['instance'];
  courtAgencyId?: string | null;
  receivedDate?: Dayjs | null;
  filedDate?: Dayjs | null;
  complaintReceivedDate?: Dayjs | null;
  causeOfAction?: string;
  contestedAct?: string;
  actKind?: CaseInput['actKind'];
  domain?: string | null;
  status?: CaseStatus;
  riskLevel?: RiskLevel;
  normativeDocReview?: boolean;
  hearingHeld?: boolean;
  /** Text, as the detail answers it; the form offers only GET /cases/meta's codes (and the server checks). */
  outcome?: string | null;
  outcomeDate?: Dayjs | null;
  outcomeText?: string;
  appealed?: boolean;
  notes?: string;
  /** 承办人 (an account id); null when nobody is named. */
  handlerUserId?: string | null;
  parties: PartyRow[];
}

const DATE_FIELDS = ['receivedDate', 'filedDate', 'complaintReceivedDate', 'outcomeDate'] as const;
const TEXT_FIELDS = ['causeOfAction', 'contestedAct', 'outcomeText', 'notes'] as const;

const day = (iso: string | null) => (iso ? dayjs(iso) : null);
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const textOrNull = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

export function partyRow(p: PartyOut): PartyRow {
  return {
    id: p.id,
    side: p.side,
    partyType: p.partyType,
    name: p.name,
    agencyId: p.agencyId,
    defendantRole: p.defendantRole,
    idNumber: p.masked ? '' : (p.idNumber ?? ''),
    phone: p.masked ? '' : (p.phone ?? ''),
    maskedIdNumber: p.masked ? p.idNumber : null,
    maskedPhone: p.masked ? p.phone : null,
  };
}

export function toFormValues(d: CaseDetail): CaseFormValues {
  return {
    kind: d.kind,
    caseNumber: d.caseNumberRaw ?? d.caseNumber ?? '',
    acceptUnverified: d.caseNumberStatus === 'unverified',
    instance: d.instance,
    courtAgencyId: d.courtAgencyId,
    receivedDate: day(d.receivedDate),
    filedDate: day(d.filedDate),
    complaintReceivedDate: day(d.complaintReceivedDate),
    causeOfAction: d.causeOfAction ?? '',
    contestedAct: d.contestedAct ?? '',
    actKind: d.actKind,
    domain: d.domain,
    status: d.status,
    riskLevel: d.riskLevel,
    normativeDocReview: d.normativeDocReview,
    hearingHeld: d.hearingHeld,
    outcome: d.outcome,
    outcomeDate: day(d.outcomeDate),
    outcomeText: d.outcomeText ?? '',
    appealed: d.appealed ?? false,
    notes: d.notes ?? '',
    handlerUserId: d.handlerUserId,
    parties: d.parties.map(partyRow),
  };
}

export function emptyFormValues(agencyId: string | null): CaseFormValues {
  return {
    kind: 'litigation',
    caseNumber: '',
    riskLevel: 'green',
    status: 'registered',
    normativeDocReview: false,
    hearingHeld: false,
    appealed: false,
    handlerUserId: null,
    parties: [
      { side: 'plaintiff', partyType: 'person', name: '' },
      { side: 'defendant', partyType: 'agency', agencyId, defendantRole: 'first' },
    ],
  };
}

/** Parties as the API takes them. `originals` holds unmasked values for rows whose masked inputs were left empty. */
export function toPartyInputs(rows: PartyRow[], originals: PartyOut[] = []): PartyInput[] {
  return rows.map((r) => {
    const original = r.id ? originals.find((o) => o.id === r.id) : undefined;
    const agency = r.partyType === 'agency';
    return {
      side: r.side,
      partyType: r.partyType,
      name: (r.name ?? '').trim(),
      agencyId: agency ? (r.agencyId ?? null) : null,
      defendantRole: r.side === 'defendant' ? (r.defendantRole ?? null) : null,
      idNumber: agency ? null : (textOrNull(r.idNumber) ?? (r.maskedIdNumber ? (original?.idNumber ?? null) : null)),
      phone: agency ? null : (textOrNull(r.phone) ?? (r.maskedPhone ? (original?.phone ?? null) : null)),
    };
  });
}

/** Whether saving these rows needs the stored (unmasked) ID numbers or phones: a masked input was left empty. */
export function needsOriginals(rows: PartyRow[]): boolean {
  return rows.some(
    (r) =>
      r.partyType !== 'agency' && ((r.maskedIdNumber && !r.idNumber?.trim()) || (r.maskedPhone && !r.phone?.trim())),
  );
}

/** The full body for POST /cases. */
export function toCreateInput(v: CaseFormValues): CaseInput {
  const out: CaseInput = {
    kind: v.kind,
    caseNumber: textOrNull(v.caseNumber),
    acceptUnverified: v.acceptUnverified || undefined,
    riskLevel: v.riskLevel,
    status: v.status,
    normativeDocReview: v.normativeDocReview ?? false,
    hearingHeld: v.hearingHeld ?? false,
    appealed: v.outcome ? (v.appealed ?? false) : null,
    parties: toPartyInputs(v.parties ?? []),
  };
  for (const f of DATE_FIELDS) out[f] = iso(v[f]);
  for (const f of TEXT_FIELDS) out[f] = textOrNull(v[f]);
  out.instance = v.instance ?? null;
  out.courtAgencyId = v.courtAgencyId ?? null;
  out.actKind = v.actKind ?? null;
  out.domain = v.domain ?? null;
  out.handlerUserId = v.handlerUserId ?? null;
  out.outcome = (v.outcome ?? null) as CaseInput['outcome'];
  return out;
}

/** Comparable JSON of one field's value (dates as text, empty text as null). */
function norm(v: unknown): string {
  if (dayjs.isDayjs(v)) return JSON.stringify(v.format('YYYY-MM-DD'));
  if (typeof v === 'string') return JSON.stringify(v.trim() || null);
  return JSON.stringify(v ?? null);
}

/** Top-level fields whose value differs between two sets of form values. */
export function changedFields(now: CaseFormValues, before: CaseFormValues): (keyof CaseFormValues)[] {
  const keys = new Set([...Object.keys(now), ...Object.keys(before)] as (keyof CaseFormValues)[]);
  return [...keys].filter((k) => norm(now[k]) !== norm(before[k]));
}

/** The PATCH body: the changed fields only (so a concurrent change to another field is not overwritten). */
export function toUpdateInput(
  v: CaseFormValues,
  initial: CaseFormValues,
  version: number,
  originals: PartyOut[] = [],
): CaseUpdate {
  const full = toCreateInput(v);
  const out: CaseUpdate = { version };
  for (const key of changedFields(v, initial)) {
    if (key === 'parties') out.parties = toPartyInputs(v.parties ?? [], originals);
    else if (key === 'caseNumber' || key === 'acceptUnverified') {
      out.caseNumber = full.caseNumber;
      if (v.acceptUnverified) out.acceptUnverified = true;
    } else (out as unknown as Record<string, unknown>)[key] = (full as unknown as Record<string, unknown>)[key];
  }
  return out;
}

/** A server field path (`parties.0.agencyId`) as an antd form name path (['parties', 0, 'agencyId']). */
export function fieldPath(field: string): (string | number)[] {
  const aliases: Record<string, string> = { courtCode: 'caseNumber', regionCode: 'parties', version: 'caseNumber' };
  const parts = field.split(/[.[\]]/).filter(Boolean);
  if (parts.length === 1 && aliases[parts[0]!]) return [aliases[parts[0]!]!];
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * After a version conflict: the latest record with the user's own changes on top. Fields the user changed keep the
 * user's value; every other field takes the latest value.
 */
export function rebase(latest: CaseFormValues, mine: CaseFormValues, initial: CaseFormValues): CaseFormValues {
  const out = { ...latest } as Record<string, unknown>;
  for (const key of changedFields(mine, initial)) out[key] = mine[key];
  return out as unknown as CaseFormValues;
}
