/**
 * A draft row + the case it matches (if any) → what the commit will write: the full case row, its parties, timeline
 * events, deadlines and audit entry — or "unchanged". Field-by-field changes are reported with the Chinese column
 * names. Pure, so the dry run and the commit agree by construction.
 *
 * Rules:
 * - blank cells never clear a value; a person's name masked in an export (王*明) never replaces the real one;
 * - the case's region is its first defendant's county (as in the registry); deadlines follow the registry's plan
 *   (`plannedDeadlines`, `computeRow`) and are rewritten only when a date or outcome they depend on changed;
 * - the 败诉 flag comes from the outcome (`governmentLostOf`), a new outcome concludes an open case.
 */

import { caseOutcomeLabel } from '@shuangjiang/domain';
import { diffOf, redact } from '../../platform/audit.js';
import { maskName } from '../../platform/auth/masking.js';
import { EVENT_TYPE_LABELS } from '../cases/constants.js';
import {
  type CaseBatchRow,
  type CaseWrite,
  countyPath,
  type DeadlineRef,
  type DeadlineTable,
  type ExistingCase,
  type ExistingParty,
  plannedDeadlineRefs,
} from '../cases/public.js';
import { governmentLostOf } from '../cases/service.js';
import { type ColumnKey, headerOf } from './columns.js';
import { caseWithinScope, type Lookups, matchHandler } from './lookups.js';
import type { Draft, RowError } from './mapRow.js';
import { type CaseColumn, type CaseValues, FIELD_COLUMN, shown, valuesOf } from './planFields.js';

export interface FieldChange {
  column: string;
  from: string | null;
  to: string | null;
}

export interface UpdateReport {
  row: number;
  caseNumber: string;
  fields: FieldChange[];
}

export type Plan =
  | { action: 'unchanged'; caseId: string }
  | { action: 'create' | 'update'; staged: CaseBatchRow; changes: FieldChange[] }
  | { action: 'error'; errors: RowError[] };

/** The import knows no 'defence submitted' event: these keep the status the registry has, else open. */
const DEFENCE_RULES = new Set(['litigation.defense', 'reconsideration.reply']);

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export interface PlanContext {
  lookups: Lookups;
  deadlines: DeadlineTable;
  today: string;
  fileName: string;
  newId: () => string;
  /** How errors name a column: as the file names it, with its letter (service.ts); the template's header without. */
  columnName?: (key: ColumnKey) => string;
}

export function planRow(draft: Draft, existing: ExistingCase | null, ctx: PlanContext): Plan {
  const { lookups } = ctx;
  const errors: RowError[] = [];
  const nameOf = ctx.columnName ?? headerOf;
  const err = (key: ColumnKey, message: string) => errors.push({ row: draft.row, column: nameOf(key), message });

  if (existing && !caseWithinScope(lookups.scope, existing)) {
    return {
      action: 'error',
      errors: [
        {
          row: draft.row,
          column: nameOf('caseNumber'),
          message: '该案号已登记，但案件不在您的管辖范围内，不能导入更新',
        },
      ],
    };
  }

  const before: CaseValues | null = existing ? valuesOf(existing) : null;
  const v: CaseValues = before
    ? { ...before }
    : {
        id: ctx.newId(),
        kind: draft.kind,
        case_number: draft.caseNumber,
        case_number_raw: draft.caseNumberRaw,
        case_number_status: draft.numberFields.caseNumberStatus,
        case_number_tail: draft.numberFields.caseNumberTail,
        case_year: draft.numberFields.caseYear,
        case_seq: draft.numberFields.caseSeq,
        instance: draft.numberInstance,
        court_agency_id: null,
        court_code: draft.numberCourtCode,
        region_code: null,
        region_path: null,
        first_defendant_agency_id: null,
        filed_date: null,
        complaint_received_date: null,
        cause_of_action: null,
        contested_act: null,
        domain: null,
        plaintiff_count: 1,
        hearing_held: false,
        status: 'registered',
        outcome: null,
        outcome_date: null,
        closing_manner: null,
        government_lost: null,
        appealed: null,
        notes: null,
        handler_user_id: null,
      };

  // Court: given, else (new cases) from the number's court code, else the court liaison's own court.
  if (draft.court) v.court_agency_id = draft.court.id;
  else if (!existing) {
    const byCode = draft.numberCourtCode ? lookups.courtByCode.get(draft.numberCourtCode) : undefined;
    v.court_agency_id = byCode?.id ?? lookups.scope.courtId ?? null;
  }
  if (draft.instance) v.instance = draft.instance;
  if (draft.filedDate) v.filed_date = draft.filedDate;
  if (draft.complaintReceivedDate) v.complaint_received_date = draft.complaintReceivedDate;
  if (draft.causeOfAction) v.cause_of_action = draft.causeOfAction;
  if (draft.contestedAct) v.contested_act = draft.contestedAct;
  if (draft.domain) v.domain = draft.domain;
  if (draft.hearingHeld !== undefined) v.hearing_held = draft.hearingHeld;
  if (draft.appealed !== undefined) v.appealed = draft.appealed;
  if (draft.notes) v.notes = draft.notes;
  if (draft.outcomeDate) v.outcome_date = draft.outcomeDate;
  if (draft.closingManner) v.closing_manner = draft.closingManner;
  // 撤诉/调解 without an outcome in the row stand for it (closingManner.ts), never over an outcome the case has.
  const outcome = draft.outcome ?? (draft.outcomeOfManner && !v.outcome ? draft.outcomeOfManner : undefined);
  if (outcome && outcome !== v.outcome) {
    v.outcome = outcome;
    v.government_lost = governmentLostOf(outcome);
    if (v.status === 'registered' || v.status === 'in_progress') v.status = 'concluded';
  }

  // Parties: a side named in the row replaces that side; the others are kept.
  const oldParties: ExistingParty[] = existing?.parties ?? [];
  const side = (s: string) => oldParties.filter((p) => p.side === s);
  let partiesChanged = false;
  const changes: FieldChange[] = [];

  const namesOf = (ps: { name: string }[]) => ps.map((p) => p.name).join('、') || null;
  const mergeNames = (sideName: 'plaintiff' | 'third_party', drafted: typeof draft.plaintiffs, key: ColumnKey) => {
    const old = side(sideName);
    if (!drafted) return old;
    const next: ExistingParty[] = drafted.map((d, i) => {
      // A masked name from an export stands for the name already stored.
      const masked = d.name.includes('*')
        ? (old.find((o) => maskName(o.name) === d.name) ??
          (old[i] && maskName(old[i]!.name) === d.name ? old[i] : undefined))
        : undefined;
      const same = masked ?? old.find((o) => o.name === d.name);
      return {
        side: sideName,
        partyType: same?.partyType ?? d.partyType,
        name: same?.name ?? d.name,
        agencyId: same ? same.agencyId : d.agencyId,
        defendantRole: null,
        idNumber: same?.idNumber ?? null,
        phone: same?.phone ?? null,
      };
    });
    if (namesOf(next) !== namesOf(old)) {
      partiesChanged = true;
      changes.push({ column: headerOf(key), from: namesOf(old), to: namesOf(next) });
      return next;
    }
    return old;
  };
  const plaintiffs = mergeNames('plaintiff', draft.plaintiffs, 'plaintiffs');
  const thirdParties = mergeNames('third_party', draft.thirdParties, 'thirdParties');

  let defendants = side('defendant');
  if (draft.defendants) {
    const oldIds = defendants.map((d) => d.agencyId ?? `name:${d.name}`).join(',');
    const newIds = draft.defendants.map((a) => a.id).join(',');
    if (oldIds !== newIds) {
      const next = draft.defendants.map((a, i) => {
        const same = defendants.find((d) => d.agencyId === a.id);
        return {
          side: 'defendant',
          partyType: 'agency',
          name: a.name,
          agencyId: a.id,
          defendantRole: same?.defendantRole ?? (i === 0 ? 'first' : 'co_defendant'),
          idNumber: null,
          phone: null,
        };
      });
      changes.push({ column: headerOf('defendants'), from: namesOf(defendants), to: namesOf(next) });
      defendants = next;
      partiesChanged = true;
    }
  }
  if (partiesChanged || !existing) {
    const first =
      defendants.find((d) => d.defendantRole === 'first' && d.agencyId) ?? defendants.find((d) => d.agencyId);
    const agency = first?.agencyId ? lookups.agencyById.get(first.agencyId) : undefined;
    if (agency) {
      const path = countyPath(agency.regionPath)!;
      v.region_path = path;
      v.region_code = path.split('/').filter(Boolean).pop()!;
      v.first_defendant_agency_id = agency.id;
    } else if (!existing) {
      err('defendants', '被告（被申请人）不能为空：请填写系统中已登记的行政机关');
    }
    if (draft.plaintiffs) v.plaintiff_count = Math.max(1, plaintiffs.length);
  }
  // 承办人: an account this case may have (its defendants' clerks, its county's and city's coordinators).
  if (draft.handler && v.region_path) {
    const agencyIds = defendants.map((d) => d.agencyId).filter((x): x is string => !!x);
    const m = matchHandler(lookups, draft.handler, String(v.region_path), agencyIds);
    if (m.ok) v.handler_user_id = m.id;
    else err('handler', m.message);
  }
  if (errors.length) return { action: 'error', errors };

  if (
    !caseWithinScope(lookups.scope, {
      regionPath: String(v.region_path),
      courtAgencyId: v.court_agency_id as string | null,
    })
  ) {
    const courtOnly = lookups.scope.courtId && v.court_agency_id !== lookups.scope.courtId;
    return {
      action: 'error',
      errors: [
        courtOnly
          ? { row: draft.row, column: nameOf('court'), message: '只能导入本院受理的案件' }
          : {
              row: draft.row,
              column: nameOf('defendants'),
              message: '案件不在您的管辖范围内（按第一被告所在地区确定）',
            },
      ],
    };
  }

  // What changed, field by field.
  if (before) {
    for (const [column, key] of Object.entries(FIELD_COLUMN) as [CaseColumn, ColumnKey][]) {
      if ((before[column] ?? null) !== (v[column] ?? null)) {
        changes.unshift({
          column: headerOf(key),
          from: shown(lookups, column, before[column]),
          to: shown(lookups, column, v[column]),
        });
      }
    }
    if (changes.length === 0) return { action: 'unchanged', caseId: existing!.id };
  }
  // Report in template column order.
  const order = new Map(
    (
      [
        'court',
        'filedDate',
        'complaintReceivedDate',
        'causeOfAction',
        'contestedAct',
        'domain',
        'plaintiffs',
        'defendants',
        'thirdParties',
        'instance',
        'hearingHeld',
        'outcomeDate',
        'closingManner',
        'outcome',
        'appealed',
        'notes',
        'handler',
      ] as ColumnKey[]
    ).map((k, i) => [headerOf(k), i]),
  );
  changes.sort((a, b) => (order.get(a.column) ?? 99) - (order.get(b.column) ?? 99));

  // Deadlines, when what they depend on changed (or for a new case).
  const depends: CaseColumn[] = [
    'kind',
    'instance',
    'filed_date',
    'complaint_received_date',
    'outcome',
    'outcome_date',
    'government_lost',
    'appealed',
  ];
  const deadlinesChanged = !before || depends.some((c) => (before[c] ?? null) !== (v[c] ?? null));
  let deadlines: DeadlineRef[] | undefined;
  if (deadlinesChanged) {
    const inputs = {
      kind: v.kind as never,
      instance: v.instance as never,
      filedDate: v.filed_date as string | null,
      complaintReceivedDate: v.complaint_received_date as string | null,
      outcome: v.outcome as string | null,
      outcomeDate: v.outcome_date as string | null,
      governmentLost: v.government_lost as boolean | null,
      appealed: v.appealed as boolean | null,
    };
    // The same rules and statuses as a case saved in the registry (cases/deadlineTable.ts).
    deadlines = plannedDeadlineRefs(inputs, ctx.deadlines, {
      kept: (ruleId) =>
        DEFENCE_RULES.has(ruleId)
          ? (existing?.deadlines.find((d) => d.ruleId === ruleId)?.status ?? 'open')
          : undefined,
    });
  }

  // Timeline: the automatic events (立案, 收到起诉状副本, 结案) of a new case or of changed dates, and an 'imported'
  // event (导入登记 / 导入更新) for every change.
  const events: { at: string; type: string; title: string; detail: string | null }[] = [];
  const eventDates: CaseColumn[] = ['filed_date', 'complaint_received_date', 'outcome', 'outcome_date'];
  const resyncEvents = !before || eventDates.some((c) => (before[c] ?? null) !== (v[c] ?? null));
  if (resyncEvents) {
    if (v.filed_date)
      events.push({ at: String(v.filed_date), type: 'filed', title: EVENT_TYPE_LABELS.filed, detail: null });
    if (v.complaint_received_date)
      events.push({
        at: String(v.complaint_received_date),
        type: 'notice_received',
        title: EVENT_TYPE_LABELS.notice_received,
        detail: null,
      });
    if (v.outcome)
      events.push({
        at: String(v.outcome_date ?? ctx.today),
        type: 'outcome',
        title: `结案：${caseOutcomeLabel(String(v.outcome))}`,
        detail: null,
      });
  }
  events.push({
    at: ctx.today,
    type: 'imported',
    title: before ? '导入更新' : '导入登记',
    detail: before
      ? `${ctx.fileName} 第${draft.row}行：${changes.map((c) => c.column).join('、')}`
      : `${ctx.fileName} 第${draft.row}行`,
  });

  const parties = partiesChanged || !existing ? [...plaintiffs, ...defendants, ...thirdParties] : undefined;

  // Audit of an update: the changed fields (camelCase, as the registry writes them), personal data redacted. A
  // creation's audit entry is built by the apply from the case row itself (it would only repeat it here).
  let audit: { before: unknown; after: unknown; diff: unknown } | undefined;
  if (before) {
    const b: Record<string, unknown> = {};
    const a: Record<string, unknown> = {};
    for (const c of Object.keys(v) as CaseColumn[]) {
      if ((before[c] ?? null) !== (v[c] ?? null)) {
        b[camel(c)] = before[c] ?? null;
        a[camel(c)] = v[c] ?? null;
      }
    }
    if (parties) {
      b.parties = oldParties.map((p) => ({ side: p.side, name: p.name, idNumber: p.idNumber, phone: p.phone }));
      a.parties = parties.map((p) => ({ side: p.side, name: p.name, idNumber: p.idNumber, phone: p.phone }));
    }
    const rb = redact(b);
    const ra = redact(a);
    audit = {
      before: rb,
      after: { ...(ra as object), source: 'import', file: ctx.fileName, row: draft.row },
      diff: diffOf(rb, ra),
    };
  }

  const c: CaseWrite['c'] = {};
  for (const [k, val] of Object.entries(v)) if (val !== null && val !== undefined) c[k as CaseColumn] = val;
  const payload: CaseWrite = { c, e: events };
  if (audit) payload.a = audit;
  if (parties)
    payload.p = parties.map((p, i) => ({
      side: p.side,
      party_type: p.partyType,
      name: p.name,
      agency_id: p.agencyId,
      defendant_role: p.defendantRole,
      id_number: p.idNumber,
      phone: p.phone,
      sort_order: i,
    }));
  if (deadlines) payload.d = deadlines;
  if (before && resyncEvents) payload.ev = true;

  return {
    action: before ? 'update' : 'create',
    changes,
    staged: {
      row_no: draft.row,
      action: before ? 'update' : 'create',
      case_id: String(v.id),
      base_version: existing?.version ?? null,
      payload,
    },
  };
}
