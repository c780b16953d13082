/**
 * 答辩截止日期 in a ledger, checked against the deadline the registry computes from 收到起诉状副本日期 (行政诉讼法第六十七条:
 * fifteen days, the last day moved past holidays and weekends). The ledger's date is never stored (the registry keeps
 * its own computation); a disagreement is reported as a warning on the row, which does not block the import: either
 * the ledger was typed wrong or the receipt date is, and the clerk is the one to know which.
 */
import { type ExistingCase, plannedDeadlines } from '../cases/public.js';
import type { Draft, RowError } from './mapRow.js';
import type { PlanContext } from './plan.js';

const DEFENCE_RULES = new Set(['litigation.defense', 'reconsideration.reply']);

export function answerDueWarning(
  d: Draft,
  existing: ExistingCase | null,
  ctx: PlanContext,
  column: string,
): RowError | null {
  if (!d.answerDueDate) return null;
  const received = d.complaintReceivedDate ?? existing?.complaintReceivedDate ?? null;
  if (!received) {
    return {
      row: d.row,
      column,
      message: `答辩截止日期为 ${d.answerDueDate}，但没有收到起诉状副本日期，无法核对`,
    };
  }
  const inputs = {
    kind: d.kind,
    instance: d.instance ?? existing?.instance ?? d.numberInstance,
    filedDate: d.filedDate ?? existing?.filedDate ?? null,
    complaintReceivedDate: received,
    outcome: null,
    outcomeDate: null,
    governmentLost: null,
    appealed: null,
  };
  const rule = plannedDeadlines(inputs as never).find((p) => DEFENCE_RULES.has(p.ruleId));
  if (!rule) return null;
  ctx.deadlines.use(rule.ruleId, rule.fromDate);
  const computed = ctx.deadlines.get(rule.ruleId, rule.fromDate);
  if (!computed?.due_date || computed.due_date === d.answerDueDate) return null;
  return {
    row: d.row,
    column,
    message: `答辩截止日期与计算不一致：表中为 ${d.answerDueDate}，按收到起诉状副本日期 ${received} 计算应为 ${computed.due_date}（${computed.basis}），请核对`,
  };
}
