/**
 * The case registry API (案件台账) as the web app uses it: response types mirroring the server's contract
 * (packages/server/src/modules/cases/dto.ts), fetchers and TanStack Query hooks. Labels of the closed lists come from
 * GET /cases/meta, so the Chinese wording lives in one place on the server.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api/client.js';
import { metaInEnglish } from './metaEn.js';

export type CaseKind = 'litigation' | 'reconsideration' | 'dispute';
export type CaseStatus = 'registered' | 'in_progress' | 'concluded' | 'closed';
export type RiskLevel = 'green' | 'yellow' | 'red';
export type PartySide = 'plaintiff' | 'defendant' | 'third_party';
export type PartyType = 'person' | 'organization' | 'agency';
export type DefendantRole = 'first' | 'co_defendant' | 'reconsideration_body';

export interface CaseListItem {
  id: string;
  kind: CaseKind;
  caseNumber: string | null;
  caseNumberStatus: 'valid' | 'unverified' | null;
  instance: string | null;
  courtAgencyId: string | null;
  courtName: string | null;
  regionCode: string;
  regionName: string | null;
  firstDefendantAgencyId: string | null;
  firstDefendantName: string | null;
  /** Up to three; natural persons' names masked by the server. */
  plaintiffs: string[];
  plaintiffCount: number;
  receivedDate: string | null;
  filedDate: string | null;
  causeOfAction: string | null;
  actKind: string | null;
  domain: string | null;
  status: CaseStatus;
  outcome: string | null;
  outcomeLabel: string | null;
  outcomeDate: string | null;
  governmentLost: boolean | null;
  riskLevel: RiskLevel;
  nextDueDate: string | null;
  /** The next due date is 暂定 (its year's holiday schedule not entered yet). */
  nextDueProvisional: boolean;
  deleted: boolean;
  version: number;
  updatedAt: string;
}

export interface CaseListResponse {
  items: CaseListItem[];
  total: number;
  totalIsEstimate: boolean;
  nextCursor: string | null;
}

export interface PartyOut {
  id: string;
  side: PartySide;
  partyType: PartyType;
  name: string;
  agencyId: string | null;
  agencyName: string | null;
  defendantRole: DefendantRole | null;
  idNumber: string | null;
  phone: string | null;
  masked: boolean;
  sortOrder: number;
}

export interface DeadlineOut {
  id: string;
  ruleId: string;
  name: string;
  fromDate: string;
  dueDate: string | null;
  customDueDate: string | null;
  customReason: string | null;
  effectiveDueDate: string | null;
  /** The date in force is 暂定: computed while its year's holiday schedule is not entered; the explanation says why. */
  provisional: boolean;
  /** The computed (statutory) `dueDate` is 暂定, whether or not a custom date overrides it. */
  dueDateProvisional: boolean;
  explanation: string;
  basis: string;
  status: 'open' | 'met' | 'missed';
  daysLeft: number | null;
  overdue: boolean;
}

export interface CaseLinkOut {
  id: string;
  linkType: string;
  direction: 'from' | 'to';
  caseId: string;
  caseNumber: string | null;
  kind: CaseKind;
  instance: string | null;
  status: CaseStatus;
}

export interface CaseDetail extends CaseListItem {
  caseNumberRaw: string | null;
  courtCode: string | null;
  regionPath: string;
  domainName: string | null;
  complaintReceivedDate: string | null;
  contestedAct: string | null;
  amountClaimed: string | null;
  normativeDocReview: boolean;
  hearingHeld: boolean;
  outcomeText: string | null;
  appealed: boolean | null;
  notes: string | null;
  deletedAt: string | null;
  deleteReason: string | null;
  createdAt: string;
  canUnmask: boolean;
  parties: PartyOut[];
  links: CaseLinkOut[];
  timeline: { id: string; at: string; type: string; title: string; detail: string | null; createdAt: string }[];
  deadlines: DeadlineOut[];
  hearings: {
    id: string;
    scheduledAt: string;
    courtroom: string | null;
    headAppearance: string;
    headName: string | null;
    spoke: boolean;
  }[];
  audit: { at: string; action: string; actorName: string; fields: string[] }[];
}

export interface Labelled {
  value: string;
  label: string;
}

export interface CaseMeta {
  kinds: Labelled[];
  instances: Labelled[];
  statuses: Labelled[];
  actKinds: Labelled[];
  riskLevels: Labelled[];
  partySides: Labelled[];
  partyTypes: Labelled[];
  defendantRoles: Labelled[];
  linkTypes: Labelled[];
  eventTypes: Labelled[];
  headAppearances: Labelled[];
  caseNumberStatuses: Labelled[];
  deadlineStatuses: Labelled[];
  /** Every kind's outcomes; `kind` says whose (litigation, reconsideration, dispute): a form offers its case's own. */
  outcomes: { value: string; label: string; kind: string; loss: boolean; basis: string }[];
  sortKeys: string[];
  maxPageSize: number;
}

export interface Region {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

export interface Agency {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  regionCode: string;
  courtCode: string | null;
}

export interface AdminDomain {
  code: string;
  name: string;
}

/** Parties and the other writable fields, as POST /cases and PATCH /cases/:id take them. */
export interface PartyInput {
  side: PartySide;
  partyType: PartyType;
  name: string;
  agencyId?: string | null;
  defendantRole?: DefendantRole | null;
  idNumber?: string | null;
  phone?: string | null;
}

export interface CaseInput {
  kind?: CaseKind;
  caseNumber?: string | null;
  acceptUnverified?: boolean;
  instance?: string | null;
  courtAgencyId?: string | null;
  receivedDate?: string | null;
  filedDate?: string | null;
  complaintReceivedDate?: string | null;
  causeOfAction?: string | null;
  contestedAct?: string | null;
  actKind?: string | null;
  domain?: string | null;
  normativeDocReview?: boolean;
  hearingHeld?: boolean;
  status?: CaseStatus;
  outcome?: string | null;
  outcomeDate?: string | null;
  outcomeText?: string | null;
  appealed?: boolean | null;
  notes?: string | null;
  riskLevel?: RiskLevel;
  parties?: PartyInput[];
}

/** Lists come either bare or wrapped (`{items}`); accept both so a server detail does not break the picker. */
function unwrap<T>(body: unknown, ...keys: string[]): T[] {
  if (Array.isArray(body)) return body as T[];
  if (body && typeof body === 'object') {
    for (const key of ['items', ...keys]) {
      const value = (body as Record<string, unknown>)[key];
      if (Array.isArray(value)) return value as T[];
    }
  }
  return [];
}

export const caseKeys = {
  all: ['cases'] as const,
  list: (query: string) => ['cases', 'list', query] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
};

const LONG = 10 * 60_000;

/** GET /cases/meta; in the English UI the labels of its closed lists are English (metaEn.ts). */
export function useCaseMeta() {
  const english = useTranslation().i18n.language === 'en';
  const select = useCallback((meta: CaseMeta) => (english ? metaInEnglish(meta) : meta), [english]);
  return useQuery({
    queryKey: ['cases', 'meta'],
    queryFn: ({ signal }) => api.get<CaseMeta>('/cases/meta', { signal }),
    staleTime: LONG,
    select,
  });
}

export function useRegions() {
  return useQuery({
    queryKey: ['org', 'regions'],
    queryFn: async ({ signal }) => unwrap<Region>(await api.get('/regions', { signal }), 'regions'),
    staleTime: LONG,
  });
}

export function useAgencies() {
  return useQuery({
    queryKey: ['org', 'agencies'],
    queryFn: async ({ signal }) => unwrap<Agency>(await api.get('/agencies', { signal }), 'agencies'),
    staleTime: LONG,
  });
}

export function useAdminDomains() {
  return useQuery({
    queryKey: ['org', 'admin-domains'],
    queryFn: async ({ signal }) => unwrap<AdminDomain>(await api.get('/admin-domains', { signal }), 'domains'),
    staleTime: LONG,
  });
}

/** One page of the list; `query` is the server query string (see listParams.ts). */
export function useCaseList(query: string, enabled = true) {
  return useQuery({
    queryKey: caseKeys.list(query),
    queryFn: ({ signal }) => api.get<CaseListResponse>(`/cases?${query}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCaseDetail(id: string | undefined) {
  return useQuery({
    queryKey: caseKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<CaseDetail>(`/cases/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: !!id,
  });
}

/** A mutation that refreshes every case query afterwards (list pages and the detail). */
function useCaseMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (result) => {
      if (result && typeof result === 'object' && 'id' in result) {
        qc.setQueryData(caseKeys.detail(String((result as { id: unknown }).id)), result);
      }
      await qc.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}

export const useCreateCase = () => useCaseMutation((body: CaseInput) => api.post<CaseDetail>('/cases', body));
export const useUpdateCase = (id: string) =>
  useCaseMutation((body: CaseInput & { version: number }) =>
    api.patch<CaseDetail>(`/cases/${encodeURIComponent(id)}`, body),
  );
export const useDeleteCase = (id: string) =>
  useCaseMutation((body: { reason: string; version?: number }) =>
    api.delete<unknown>(`/cases/${encodeURIComponent(id)}`, undefined, body),
  );
export const useRestoreCase = (id: string) =>
  useCaseMutation(() => api.post<CaseDetail>(`/cases/${encodeURIComponent(id)}/restore`, {}));
export const useLinkCase = (id: string) =>
  useCaseMutation((body: { toCaseId: string; linkType: string }) =>
    api.post<CaseDetail>(`/cases/${encodeURIComponent(id)}/links`, body),
  );

export function unmaskParties(id: string, reason: string): Promise<{ parties: PartyOut[] }> {
  return api.post<{ parties: PartyOut[] }>(`/cases/${encodeURIComponent(id)}/unmask`, { reason });
}
