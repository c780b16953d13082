/**
 * Performing a lost judgment (履行, docs/rules/after-judgment.md#compliance): whether a case needs a compliance task,
 * and the task's due date.
 *
 * - A case the government lost (its 败诉 as the domain's loss rule decided it, docs/rules/outcomes-and-loss.md) needs
 *   one — unless the agency's approved decision is to appeal: the judgment is then not in force, and the appeal case
 *   (which takes the first instance's result when dismissed) gets its own.
 * - Due `days` calendar days after the judgment's service date (the start day not counted; a last day on a rest day
 *   or holiday moves to the next working day, as court periods do: 行政诉讼法第一百零一条 → 民事诉讼法第八十五条).
 *   `days` is the setting `afterJudgment.complianceDays` (default 30: practice, not statute — see the rules page).
 */
import type { WorkCalendar } from '../calendar/calendar.js';
import { addDays } from '../calendar/isoDate.js';
import type { ComputedDeadline } from '../deadlines/rows.js';

/** The default number of days to perform a lost judgment (docs/rules/after-judgment.md#compliance). */
export const DEFAULT_COMPLIANCE_DAYS = 30;

export interface ComplianceFacts {
  governmentLost: boolean | null;
  /** The approved decision: true = appeal, false = not; null while none is approved. */
  approvedAppeal: boolean | null;
}

/** Whether the case must have an open (or completed) compliance task. */
export function needsCompliance(c: ComplianceFacts): boolean {
  return c.governmentLost === true && c.approvedAppeal !== true;
}

/** The compliance task's due date from the service date, with the explanation a clerk reads. */
export function complianceDue(servedDate: string, days: number, calendar: WorkCalendar): ComputedDeadline {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`履行期限天数应为正整数：${days}`);
  const nominal = addDays(servedDate, days);
  let due = nominal;
  const skipped: string[] = [];
  let provisional = false;
  for (;;) {
    const info = calendar.dayInfo(due);
    if (info.provisional) provisional = true;
    if (info.workday) break;
    skipped.push(`${due}（${info.reason}）`);
    due = addDays(due, 1);
  }
  const roll = skipped.length ? `；${nominal}为休息日，顺延至${due}（跳过${skipped.join('、')}）` : '';
  return {
    dueDate: due,
    provisional,
    explanation: `自判决书送达之日（${servedDate}）次日起算${days}日，届满日${due}${roll}${provisional ? '（该年节假日安排未录入，暂定）' : ''}。`,
    basis: '生效裁判必须履行（行政诉讼法第九十四条）；期限为本市设置（默认30日）',
  };
}
