/**
 * computeDeadline: when is a period due, and how a clerk can check it by hand.
 *
 *   computeDeadline('litigation.defense', '2024-09-20', calendar).due === '2024-10-08'
 *   // 自收到起诉状副本之日（2024-09-20）次日起算15日，届满日2024-10-05为国庆节放假，顺延至2024-10-08 …
 *
 * The calendar is an argument (createCalendar(officialSchedule) or the administrators' edited schedule); a date in a
 * year it does not cover throws CalendarYearNotCoveredError instead of guessing — unless the calendar was made
 * provisional, then the result is marked `provisional` (暂定) and its explanation says why.
 */
import { type DayInfo, provisionalNote, type WorkCalendar } from '../calendar/calendar.js';
import {
  addDays,
  addMonthsClamped,
  daysBetween,
  type IsoDate,
  parseIsoDate,
  quarterEnd,
  quarterOf,
} from '../calendar/isoDate.js';
import { type DeadlineRule, getDeadlineRule } from './rules.js';

/** One day the computation looked at: a counted working day, a skipped day, or a day the end rolled over. */
export interface DeadlineStep {
  date: IsoDate;
  workday: boolean;
  reason: string;
  /** For working-day periods: the running count of this working day (1..n). */
  count?: number;
}

export interface DeadlineResult {
  rule: DeadlineRule;
  /** The date given (e.g. the day the complaint copy was received). */
  from: IsoDate;
  /** The day counting starts after: `from`, or the quarter's last day for quarter-anchored rules. */
  start: IsoDate;
  /** Total period: days, working days or months (base + extension for extended rules). */
  length: number;
  /** The last day before any holiday roll. */
  nominalDue: IsoDate;
  /** The last day to act. */
  due: IsoDate;
  /** Whether the nominal last day was a holiday or rest day and the period was extended to the next working day. */
  rolled: boolean;
  /**
   * The computation went through a year the schedule does not cover, on a provisional calendar (createCalendar with
   * `provisional: true`): the date is 暂定, from weekends and statutory holidays only, and the explanation says so.
   */
  provisional: boolean;
  /** The uncovered years the provisional date depends on (empty when final). */
  provisionalYears: number[];
  /** Chinese explanation a clerk can check by hand (ending with the 暂定 note when provisional). */
  explanation: string;
  /** The rule's legal basis ('行政诉讼法第67条'). */
  basis: string;
  /** Legal basis of the counting method ('行政诉讼法第101条、民事诉讼法第85条'). */
  countingBasis: string;
  steps: DeadlineStep[];
}

/** The base rule of an extended rule, and the total length counted from the same start. */
function totalLength(rule: DeadlineRule): { base?: DeadlineRule; length: number } {
  if (!rule.extends) return { length: rule.length };
  const base = getDeadlineRule(rule.extends);
  if (base.counting !== rule.counting) throw new Error(`规则${rule.id}与其基础规则${base.id}计算方式不一致`);
  return { base, length: base.length + rule.length };
}

/** Which provision says how the period is counted. */
export function countingBasisOf(rule: DeadlineRule): string {
  const area = rule.id.split('.')[0];
  if (rule.counting === 'workdays') {
    if (area === 'reconsideration') return '行政复议法第88条第2款';
    if (area === 'disclosure') return '政府信息公开条例第33条';
    return '按工作日计算，不含法定休假日';
  }
  if (area === 'reconsideration') return '行政复议法第88条第1款、民事诉讼法第85条';
  if (area === 'litigation') return '行政诉讼法第101条、民事诉讼法第85条';
  return '参照民事诉讼法第85条';
}

const unit = (rule: DeadlineRule): string =>
  rule.counting === 'workdays' ? '个工作日' : rule.counting === 'court-months' ? '个月' : '日';

/** A range of consecutive days with the same reason, 'A至B（reason）'. */
function describeRuns(days: readonly DayInfo[]): string {
  const runs: { first: IsoDate; last: IsoDate; reason: string }[] = [];
  for (const d of days) {
    const prev = runs[runs.length - 1];
    if (prev && prev.reason === d.reason && daysBetween(prev.last, d.date) === 1) prev.last = d.date;
    else runs.push({ first: d.date, last: d.date, reason: d.reason });
  }
  return runs.map((r) => (r.first === r.last ? r.first : `${r.first}至${r.last}`) + `（${r.reason}）`).join('、');
}

/** Rolls a nominal last day that is a holiday or rest day to the first working day after it (民事诉讼法第85条). */
function roll(nominal: IsoDate, calendar: Pick<WorkCalendar, 'dayInfo'>): { due: IsoDate; skipped: DayInfo[] } {
  const skipped: DayInfo[] = [];
  let d = nominal;
  let info = calendar.dayInfo(d);
  while (!info.workday) {
    skipped.push(info);
    d = addDays(d, 1);
    info = calendar.dayInfo(d);
  }
  return { due: d, skipped };
}

/**
 * Computes the due date of `ruleId` for an event on `from` ('YYYY-MM-DD').
 * Throws UnknownDeadlineRuleError, InvalidDateError, or CalendarYearNotCoveredError.
 */
export function computeDeadline(ruleId: string, from: IsoDate, workCalendar: WorkCalendar): DeadlineResult {
  const rule = getDeadlineRule(ruleId);
  // Every day looked at goes through dayInfo: note the provisional years met on the way.
  const uncovered = new Set<number>();
  const calendar = {
    dayInfo(date: IsoDate): DayInfo {
      const info = workCalendar.dayInfo(date);
      if (info.provisional) uncovered.add(Number(info.date.slice(0, 4)));
      return info;
    },
  };
  const finish = (r: Omit<DeadlineResult, 'provisional' | 'provisionalYears'>): DeadlineResult => {
    const provisionalYears = [...uncovered].sort((a, b) => a - b);
    if (provisionalYears.length === 0) return { ...r, provisional: false, provisionalYears };
    return {
      ...r,
      provisional: true,
      provisionalYears,
      explanation: `${r.explanation}${provisionalNote(provisionalYears)}。`,
    };
  };
  parseIsoDate(from);
  const { base, length } = totalLength(rule);
  const start = rule.anchor === 'quarter-end' ? quarterEnd(from) : from;
  const countingBasis = countingBasisOf(rule);

  let opening: string;
  if (rule.anchor === 'quarter-end') {
    opening = `${from}所在的${start.slice(0, 4)}年第${quarterOf(from)}季度于${start}结束，自次日起算${length}${unit(rule)}`;
  } else {
    const periodText = base
      ? `${base.length}${unit(rule)}，经批准延长${rule.length}${unit(rule)}，共计${length}${unit(rule)}`
      : `${length}${unit(rule)}`;
    opening = `自${rule.startsFrom}（${from}）${rule.counting === 'court-months' ? '起' : '次日起'}算${periodText}`;
  }
  const citation =
    countingBasis === rule.basis ? `（依据：${rule.basis}）` : `（依据：${rule.basis}；期间计算：${countingBasis}）`;

  if (rule.counting === 'workdays') {
    const steps: DeadlineStep[] = [];
    const skipped: DayInfo[] = [];
    const makeup: DayInfo[] = [];
    let d = start;
    for (let counted = 0; counted < length; ) {
      d = addDays(d, 1);
      const info = calendar.dayInfo(d);
      if (info.workday) {
        counted++;
        steps.push({ date: d, workday: true, reason: info.reason, count: counted });
        if (info.kind === 'makeup-workday' || (info.kind === 'override' && info.workday)) makeup.push(info);
      } else {
        steps.push({ date: d, workday: false, reason: info.reason });
        skipped.push(info);
      }
    }
    const parts = [`${opening}（不含法定休假日），届满日${d}`];
    if (skipped.length) parts.push(`期间不计入的休息日：${describeRuns(skipped)}`);
    if (makeup.length) parts.push(`计入的调休上班日：${describeRuns(makeup)}`);
    return finish({
      rule,
      from,
      start,
      length,
      nominalDue: d,
      due: d,
      rolled: false,
      explanation: parts.join('；') + citation + '。',
      basis: rule.basis,
      countingBasis,
      steps,
    });
  }

  const nominalDue = rule.counting === 'court-months' ? addMonthsClamped(start, length) : addDays(start, length);
  let nominalText = `届满日${nominalDue}`;
  if (rule.counting === 'court-months' && Number(nominalDue.slice(8)) < Number(start.slice(8))) {
    nominalText = `到期月无对应日，以该月末日${nominalDue}为届满日`;
  }
  const { due, skipped } = roll(nominalDue, calendar);
  const steps: DeadlineStep[] = skipped.map((s) => ({ date: s.date, workday: false, reason: s.reason }));
  steps.push({ date: due, workday: true, reason: calendar.dayInfo(due).reason });
  const last = skipped[skipped.length - 1];
  const ending = last
    ? `${nominalText}为${skipped[0]!.reason}${skipped.length > 1 ? `（休息日连续至${last.date}）` : ''}，顺延至其后第一个工作日${due}`
    : nominalText;
  return finish({
    rule,
    from,
    start,
    length,
    nominalDue,
    due,
    rolled: skipped.length > 0,
    explanation: `${opening}，${ending}${citation}。`,
    basis: rule.basis,
    countingBasis,
    steps,
  });
}
