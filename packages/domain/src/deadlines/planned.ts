/**
 * Which statutory periods a case's own fields give it (docs/rules/deadlines.md#which-periods-a-case-has), each with
 * the date it runs from. The one rule: the case registry syncs its deadline rows from it, the import plans with it.
 *
 * | case | rule | from |
 * |---|---|---|
 * | litigation, first instance / compensation | litigation.defense (行政诉讼法第67条) | complaintReceivedDate |
 * | litigation, first instance / compensation | litigation.first-instance (第81条) | filedDate |
 * | litigation, appeal | litigation.second-instance (第88条) | filedDate |
 * | litigation, first instance, a judgment | litigation.appeal.judgment (第85条) | judgmentServedDate, else outcomeDate |
 * | litigation, first instance, 驳回起诉 / 不予立案 ruling | litigation.appeal.ruling (第85条) | judgmentServedDate, else outcomeDate |
 * | reconsideration | reconsideration.reply (行政复议法第48条) | complaintReceivedDate |
 * | reconsideration | reconsideration.decision (第62条) | filedDate |
 * | a loss (any kind) | loss.analysis-report, accountability.referral | outcomeDate |
 *
 * A rule whose start date is unknown is not listed.
 */
import { isAppealableRuling, isJudgment } from '../outcomes/judgments.js';

export type DeadlineCaseKind = 'litigation' | 'reconsideration' | 'dispute';

/** The case fields the deadlines depend on (dates as YYYY-MM-DD). */
export interface CaseDeadlineFacts {
  kind: DeadlineCaseKind;
  /** 审级: 'first', 'appeal', 'compensation', … ; null when unknown (treated as first instance). */
  instance: string | null;
  filedDate: string | null;
  complaintReceivedDate: string | null;
  outcome: string | null;
  outcomeDate: string | null;
  governmentLost: boolean | null;
  /**
   * 送达日期: the day the judgment (ruling) was served on the agency. The appeal window counts from it (第85条: 自判决书
   * 送达之日起); until it is recorded, from the outcome date (docs/rules/after-judgment.md#service-date).
   */
  judgmentServedDate?: string | null;
  /** Whether the agency appealed; once recorded (yes or no), the appeal window needs no more action. */
  appealed?: boolean | null;
}

export interface PlannedDeadline {
  ruleId: string;
  fromDate: string;
}

/** The rules that apply to a case, each with its start date, in the order of the table above. */
export function plannedDeadlines(c: CaseDeadlineFacts): PlannedDeadline[] {
  const out: PlannedDeadline[] = [];
  const add = (ruleId: string, fromDate: string | null) => {
    if (fromDate) out.push({ ruleId, fromDate });
  };
  const firstLike = c.instance === 'first' || c.instance === 'compensation' || c.instance === null;
  if (c.kind === 'litigation') {
    if (firstLike) {
      add('litigation.defense', c.complaintReceivedDate);
      add('litigation.first-instance', c.filedDate);
      const served = c.judgmentServedDate ?? c.outcomeDate;
      if (c.outcome && served) {
        if (isJudgment(c.outcome)) add('litigation.appeal.judgment', served);
        else if (isAppealableRuling(c.outcome)) add('litigation.appeal.ruling', served);
      }
    } else if (c.instance === 'appeal') {
      add('litigation.second-instance', c.filedDate);
    }
  } else if (c.kind === 'reconsideration') {
    add('reconsideration.reply', c.complaintReceivedDate);
    add('reconsideration.decision', c.filedDate);
  }
  if (c.governmentLost && c.outcomeDate) {
    add('loss.analysis-report', c.outcomeDate);
    add('accountability.referral', c.outcomeDate);
  }
  return out;
}
