/**
 * English labels of the closed lists of GET /cases/meta. The server sends Chinese only (the wording lives there);
 * in the English UI these replace them, and a code missing here keeps the server's label.
 */
import { en } from '../../app/i18n/en.js';
import type { CaseMeta } from './api.js';

type Lists = Exclude<keyof CaseMeta, 'sortKeys' | 'maxPageSize'>;

export const META_EN: Partial<Record<Lists, Record<string, string>>> = {
  kinds: { litigation: 'Litigation', reconsideration: 'Reconsideration', dispute: 'Pre-litigation dispute' },
  instances: {
    first: 'First instance',
    appeal: 'Appeal',
    'retrial-review': 'Retrial review',
    retrial: 'Retrial',
    'enforcement-review': 'Enforcement review',
    jurisdiction: 'Jurisdiction',
    compensation: 'State compensation',
    other: 'Other',
  },
  statuses: { registered: 'Registered', in_progress: 'In progress', concluded: 'Concluded', closed: 'Archived' },
  actKinds: {
    penalty: 'Penalty',
    license: 'Licence',
    coercion: 'Coercive measure',
    expropriation: 'Expropriation',
    disclosure: 'Information disclosure',
    inaction: 'Inaction',
    agreement: 'Administrative agreement',
    confirmation: 'Confirmation',
    registration: 'Registration',
    adjudication: 'Adjudication',
    benefit: 'Benefit payment',
    other: 'Other',
  },
  riskLevels: { green: 'Green', yellow: 'Yellow', red: 'Red' },
  partySides: { plaintiff: 'Plaintiff (applicant)', defendant: 'Defendant (respondent)', third_party: 'Third party' },
  partyTypes: { person: 'Natural person', organization: 'Organisation', agency: 'Government agency' },
  defendantRoles: {
    first: 'First defendant',
    co_defendant: 'Co-defendant',
    reconsideration_body: 'Reconsideration body (co-defendant)',
  },
  linkTypes: {
    appeal_of: 'Appeal (second instance)',
    retrial_of: 'Retrial',
    follows_reconsideration: 'Suit after reconsideration',
    became_case: 'Dispute became a reconsideration or suit',
  },
  eventTypes: {
    registered: 'Registered',
    filed: 'Filed',
    notice_received: 'Complaint copy received',
    defence_submitted: 'Defence submitted',
    hearing: 'Hearing',
    mediation: 'Mediation',
    outcome: 'Concluded',
    appeal: 'Appeal',
    withdrawal: 'Withdrawal',
    linked: 'Linked case',
    deleted: 'Deleted',
    restored: 'Restored',
    note: 'Note',
  },
  headAppearances: {
    none: 'No head appeared',
    principal: 'Principal head appeared',
    deputy: 'Deputy head appeared',
    in_charge: 'Head in charge appeared',
  },
  caseNumberStatuses: { valid: 'Verified', unverified: 'To verify' },
  deadlineStatuses: { open: 'Open', met: 'Done', missed: 'Missed' },
  // Outcome categories are i18n keys (`outcomes.<code>`), used by the tags and the preview too.
  outcomes: en.outcomes,
};

/** The meta with English labels wherever META_EN has one. */
export function metaInEnglish(meta: CaseMeta): CaseMeta {
  const out = { ...meta } as Record<string, unknown>;
  for (const [list, labels] of Object.entries(META_EN)) {
    const items = (meta as unknown as Record<string, { value: string; label: string }[] | undefined>)[list];
    if (!Array.isArray(items) || !labels) continue;
    out[list] = items.map((item) => ({ ...item, label: labels[item.value] ?? item.label }));
  }
  return out as unknown as CaseMeta;
}
