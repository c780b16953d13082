/**
 * Suggestions that must be answered (docs/rules/accountability.md#suggestions): the kinds, their reply periods with
 * the source of each, the due date of one suggestion, and the on-time reply rate
 * (docs/rules/accountability.md#on-time-reply-rate). A period the document itself states wins, then a configured
 * local period, then the table; a kind the law leaves without a period has no due date until one is configured.
 */
import type { WorkCalendar } from '../calendar/calendar.js';
import { addDays, addMonthsClamped, type IsoDate, parseIsoDate } from '../calendar/isoDate.js';

export const SUGGESTION_KINDS = [
  'judicial',
  'procuratorial',
  'reconsideration_opinion',
  'reconsideration_suggestion',
  'enforcement_supervision',
] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** A reply period: calendar days or months from receipt, rolled off holidays; or working days. */
export interface ReplyPeriod {
  readonly counting: 'days' | 'months' | 'workdays';
  readonly length: number;
}

export interface SuggestionKindRule {
  readonly kind: SuggestionKind;
  readonly label: string;
  /** null: the law gives none; the city configures one. */
  readonly period: ReplyPeriod | null;
  readonly source: 'statute' | 'judicial-rule' | 'seed' | 'local';
  /** Shown to users beside the due date. */
  readonly basis: string;
  /** The deadline table's rule for the same period, when there is one (the two must agree). */
  readonly deadlineRuleId?: string;
}

export const SUGGESTION_KIND_TABLE: readonly SuggestionKindRule[] = [
  // 最高人民法院关于综合治理类司法建议工作若干问题的规定(2023)第8条: 答复期限根据具体情况确定，一般不超过两个月.
  {
    kind: 'judicial',
    label: '司法建议',
    period: { counting: 'months', length: 2 },
    source: 'judicial-rule',
    basis: '最高人民法院关于综合治理类司法建议工作若干问题的规定第8条（一般不超过两个月，以建议书所定期限为准）',
    deadlineRuleId: 'judicial-suggestion.reply',
  },
  // Issue 17's default; the procuratorate's own rules are not among the law texts the repository holds.
  {
    kind: 'procuratorial',
    label: '检察建议',
    period: { counting: 'months', length: 2 },
    source: 'local',
    basis: '本地规则（可配置），默认两个月；以检察建议书所定期限为准',
  },
  // 行政复议法第76条: 自收到行政复议意见书之日起六十日内，将纠正相关违法或者不当行政行为的情况报送行政复议机关.
  {
    kind: 'reconsideration_opinion',
    label: '行政复议意见书',
    period: { counting: 'days', length: 60 },
    source: 'statute',
    basis: '行政复议法第76条',
    deadlineRuleId: 'reconsideration.correction-report',
  },
  // seed 001 (黔江): 行政复议建议; 行政复议法 (2023) sets no period.
  {
    kind: 'reconsideration_suggestion',
    label: '行政复议建议书',
    period: null,
    source: 'seed',
    basis: '黔江区实践（行政复议建议）；法律未规定答复期限，由本地配置',
  },
  // seed 001 (黔江): 执法监督建议; local rule.
  {
    kind: 'enforcement_supervision',
    label: '执法监督建议',
    period: null,
    source: 'seed',
    basis: '黔江区实践（执法监督建议）；答复期限由本地配置',
  },
];

const byKind = new Map(SUGGESTION_KIND_TABLE.map((r) => [r.kind, r]));

export function suggestionKindRule(kind: SuggestionKind): SuggestionKindRule {
  const rule = byKind.get(kind);
  if (!rule) throw new RangeError(`未知的建议类型：${String(kind)}`);
  return rule;
}

export function isSuggestionKind(value: unknown): value is SuggestionKind {
  return typeof value === 'string' && byKind.has(value as SuggestionKind);
}

/**
 * The due date of a period from `receivedOn` (docs/rules/deadlines.md#counting): days from the day after receipt,
 * months to the same date (the month's last day when it has none), both rolled to the next working day when the end
 * is a holiday or rest day; working days counted after receipt.
 */
export function periodDue(receivedOn: IsoDate, period: ReplyPeriod, calendar: WorkCalendar): IsoDate {
  parseIsoDate(receivedOn);
  if (!Number.isInteger(period.length) || period.length < 1)
    throw new RangeError(`答复期限应为正整数：${String(period.length)}`);
  if (period.counting === 'workdays') return calendar.addWorkdays(receivedOn, period.length);
  let d =
    period.counting === 'months' ? addMonthsClamped(receivedOn, period.length) : addDays(receivedOn, period.length);
  while (!calendar.isWorkday(d)) d = addDays(d, 1);
  return d;
}

export interface SuggestionDueInput {
  readonly kind: SuggestionKind;
  readonly receivedOn: IsoDate;
  /** The reply date the document itself sets (建议书所定期限), when it sets one. */
  readonly statedDue?: IsoDate | null;
}

export interface SuggestionDue {
  readonly due: IsoDate | null;
  readonly from: 'document' | 'configured' | 'table' | 'none';
  readonly basis: string;
}

/** `configured`: the city's periods per kind, overriding the table. */
export function suggestionDue(
  s: SuggestionDueInput,
  calendar: WorkCalendar,
  configured: Partial<Record<SuggestionKind, ReplyPeriod>> = {},
): SuggestionDue {
  const rule = suggestionKindRule(s.kind);
  if (s.statedDue) {
    parseIsoDate(s.statedDue);
    return { due: s.statedDue, from: 'document', basis: `${rule.label}所定答复期限` };
  }
  const local = configured[s.kind];
  if (local) return { due: periodDue(s.receivedOn, local, calendar), from: 'configured', basis: '本地配置的答复期限' };
  if (rule.period) return { due: periodDue(s.receivedOn, rule.period, calendar), from: 'table', basis: rule.basis };
  return { due: null, from: 'none', basis: `${rule.label}未设置答复期限，请在系统设置中配置` };
}

export interface SuggestionReplyRow {
  readonly id: string;
  readonly due: IsoDate | null;
  readonly repliedOn: IsoDate | null;
}

export interface OnTimeRate {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator / denominator, unrounded; null when nothing was due. */
  readonly value: number | null;
  readonly onTimeIds: readonly string[];
  readonly dueIds: readonly string[];
  /** Due in the period, past due by `asOf`, not replied. */
  readonly overdueIds: readonly string[];
  /** Replied, but after the due date. */
  readonly lateIds: readonly string[];
  /** Due in the period but after `asOf` and not yet replied: not counted (cannot be late yet). */
  readonly notYetDueIds: readonly string[];
  /** Without a due date (kind without a configured period): counted apart. */
  readonly withoutDueIds: readonly string[];
}

/**
 * 及时答复率 over the suggestions due in [from, to] (inclusive). With `asOf`, a suggestion due after it and not yet
 * replied is left out of the denominator; one replied early counts.
 */
export function onTimeReplyRate(
  rows: readonly SuggestionReplyRow[],
  period: { from: IsoDate; to: IsoDate },
  asOf?: IsoDate,
): OnTimeRate {
  const onTimeIds: string[] = [];
  const dueIds: string[] = [];
  const overdueIds: string[] = [];
  const lateIds: string[] = [];
  const notYetDueIds: string[] = [];
  const withoutDueIds: string[] = [];
  for (const r of rows) {
    if (!r.due) {
      withoutDueIds.push(r.id);
      continue;
    }
    if (r.due < period.from || r.due > period.to) continue;
    if (!r.repliedOn && asOf && r.due >= asOf) {
      notYetDueIds.push(r.id);
      continue;
    }
    dueIds.push(r.id);
    if (!r.repliedOn) overdueIds.push(r.id);
    else if (r.repliedOn <= r.due) onTimeIds.push(r.id);
    else lateIds.push(r.id);
  }
  return {
    numerator: onTimeIds.length,
    denominator: dueIds.length,
    value: dueIds.length ? onTimeIds.length / dueIds.length : null,
    onTimeIds,
    dueIds,
    overdueIds,
    lateIds,
    notYetDueIds,
    withoutDueIds,
  };
}

/** The rate per group (e.g. per agency), groups in first-seen order. */
export function onTimeReplyRateBy<R extends SuggestionReplyRow>(
  rows: readonly R[],
  keyOf: (row: R) => string,
  period: { from: IsoDate; to: IsoDate },
  asOf?: IsoDate,
): Map<string, OnTimeRate> {
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return new Map([...groups].map(([k, g]) => [k, onTimeReplyRate(g, period, asOf)]));
}
