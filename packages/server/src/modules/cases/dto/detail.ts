/**
 * A case as its page shows it (GET /cases/{id}), its unmasked parties and the form's choices (GET /cases/meta).
 */
import { z } from 'zod';
import {
  ASSIGNMENT_PURPOSES,
  CASE_INSTANCES,
  CASE_KINDS,
  CASE_STATUSES,
  DEADLINE_STATUSES,
  DEFENDANT_ROLES,
  HEAD_APPEARANCES,
  LINK_TYPES,
  PARTY_SIDES,
  PARTY_TYPES,
} from '../constants.js';
import { caseListItem } from './list.js';

const nullableDate = z.string().nullable();

export const partyOut = z.object({
  id: z.string(),
  side: z.enum(PARTY_SIDES),
  partyType: z.enum(PARTY_TYPES),
  name: z.string(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  defendantRole: z.enum(DEFENDANT_ROLES).nullable(),
  /** Masked (3299**********1234) unless returned by the unmask action. */
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  masked: z.boolean(),
  sortOrder: z.number(),
});

export const deadlineOut = z.object({
  id: z.string(),
  ruleId: z.string(),
  name: z.string(),
  fromDate: z.string(),
  /** Computed due date; null while the calendar does not cover its year. */
  dueDate: nullableDate,
  customDueDate: nullableDate,
  customReason: z.string().nullable(),
  /** The date in force: custom if set, else computed. */
  effectiveDueDate: nullableDate,
  /**
   * The date in force is 暂定: computed while its year's holiday schedule is not loaded (the explanation says so);
   * replaced by the final date when the schedule is entered.
   */
  provisional: z.boolean(),
  /** The computed (statutory) `dueDate` is 暂定, whether or not a custom date overrides it. */
  dueDateProvisional: z.boolean(),
  explanation: z.string(),
  basis: z.string(),
  status: z.enum(DEADLINE_STATUSES),
  /** Days from today (Asia/Shanghai) to the effective due date; negative when past. */
  daysLeft: z.number().nullable(),
  overdue: z.boolean(),
});

export const caseDetail = caseListItem.extend({
  caseNumberRaw: z.string().nullable(),
  courtCode: z.string().nullable(),
  regionPath: z.string(),
  domainName: z.string().nullable(),
  complaintReceivedDate: nullableDate,
  contestedAct: z.string().nullable(),
  amountClaimed: z.string().nullable(),
  normativeDocReview: z.boolean(),
  hearingHeld: z.boolean(),
  outcomeText: z.string().nullable(),
  appealed: z.boolean().nullable(),
  notes: z.string().nullable(),
  deletedAt: z.string().nullable(),
  deleteReason: z.string().nullable(),
  createdAt: z.string(),
  /** Whether the caller may use POST /cases/:id/unmask. */
  canUnmask: z.boolean(),
  parties: z.array(partyOut),
  links: z.array(
    z.object({
      id: z.string(),
      linkType: z.enum(LINK_TYPES),
      /** 'from': this case is the later one (e.g. the appeal); 'to': the other case links to this one. */
      direction: z.enum(['from', 'to']),
      caseId: z.string(),
      caseNumber: z.string().nullable(),
      kind: z.enum(CASE_KINDS),
      instance: z.enum(CASE_INSTANCES).nullable(),
      status: z.enum(CASE_STATUSES),
    }),
  ),
  timeline: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      type: z.string(),
      title: z.string(),
      detail: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  deadlines: z.array(deadlineOut),
  hearings: z.array(
    z.object({
      id: z.string(),
      scheduledAt: z.string(),
      courtroom: z.string().nullable(),
      headAppearance: z.enum(HEAD_APPEARANCES),
      headName: z.string().nullable(),
      spoke: z.boolean(),
    }),
  ),
  /**
   * Experts and discipline liaisons the case is assigned to (分配专家评查 / 移送纪委监委); only for callers who may
   * assign (case.assign), absent otherwise.
   */
  assignments: z
    .array(
      z.object({
        id: z.string(),
        userId: z.string(),
        displayName: z.string(),
        purpose: z.enum(ASSIGNMENT_PURPOSES),
        createdAt: z.string(),
      }),
    )
    .optional(),
  /** The latest 20 audit entries of this case (who changed what). */
  audit: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      actorName: z.string(),
      fields: z.array(z.string()),
    }),
  ),
});
export type CaseDetail = z.infer<typeof caseDetail>;
export type CaseListItem = z.infer<typeof caseListItem>;
export type PartyOut = z.infer<typeof partyOut>;

export const unmaskResponse = z.object({ parties: z.array(partyOut) });

const labelled = z.array(z.object({ value: z.string(), label: z.string() }));
export const metaResponse = z.object({
  kinds: labelled,
  instances: labelled,
  statuses: labelled,
  actKinds: labelled,
  riskLevels: labelled,
  partySides: labelled,
  partyTypes: labelled,
  defendantRoles: labelled,
  linkTypes: labelled,
  eventTypes: labelled,
  headAppearances: labelled,
  caseNumberStatuses: labelled,
  deadlineStatuses: labelled,
  /** Every outcome of every kind, each with the case kind it belongs to (a form offers its case's kind only). */
  outcomes: z.array(
    z.object({ value: z.string(), label: z.string(), kind: z.string(), loss: z.boolean(), basis: z.string() }),
  ),
  deadlineRules: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      basis: z.string(),
      counting: z.string(),
      length: z.number(),
      startsFrom: z.string(),
      note: z.string().nullable(),
    }),
  ),
  sortKeys: z.array(z.string()),
  maxPageSize: z.number(),
});
