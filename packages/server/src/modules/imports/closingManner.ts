/**
 * 结案方式: how a case ended, as ledgers state it — 判决, 裁定, 撤诉, 调解 (复议: 决定, 终止). Its own piece of
 * information beside the outcome (裁判结果): a ledger's 结案方式 column is not an outcome, and reading it as one
 * rejected every 判决/裁定 row. 撤诉 and 调解 are what the 调撤 figures count (调撤率 = mediated or withdrawn /
 * concluded); when a row gives no outcome, they stand for it (WITHDRAWN, MEDIATED).
 */
import { choiceMap } from './columns.js';

export const CLOSING_MANNERS = ['judgment', 'ruling', 'withdrawn', 'mediated', 'decision', 'terminated'] as const;
export type ClosingManner = (typeof CLOSING_MANNERS)[number];

export const CLOSING_MANNER_LABELS: Record<ClosingManner, string> = {
  judgment: '判决',
  ruling: '裁定',
  withdrawn: '撤诉',
  mediated: '调解',
  decision: '决定',
  terminated: '终止',
};

export const CLOSING_MANNER_CHOICES = choiceMap<ClosingManner>(CLOSING_MANNER_LABELS, {
  判决结案: 'judgment',
  一审判决: 'judgment',
  二审判决: 'judgment',
  裁定结案: 'ruling',
  裁定驳回: 'ruling',
  裁定驳回起诉: 'ruling',
  准予撤诉: 'withdrawn',
  准许撤诉: 'withdrawn',
  裁定准予撤诉: 'withdrawn',
  裁定准许撤诉: 'withdrawn',
  撤回起诉: 'withdrawn',
  撤回申请: 'withdrawn',
  撤回复议申请: 'withdrawn',
  撤诉结案: 'withdrawn',
  调解结案: 'mediated',
  和解: 'mediated',
  调解和解: 'mediated',
  复议决定: 'decision',
  终止审理: 'terminated',
  终止复议: 'terminated',
});

export const CLOSING_MANNER_SHOWN = Object.values(CLOSING_MANNER_LABELS);

/**
 * The outcome a closing manner stands for when the row gives none: only a lawsuit's 撤诉 and 调解 say it all (a
 * reconsideration's or a dispute's have their own outcomes, chosen on the case).
 */
export function outcomeOfClosingManner(m: ClosingManner, kind: string): 'WITHDRAWN' | 'MEDIATED' | null {
  if (kind !== 'litigation') return null;
  return m === 'withdrawn' ? 'WITHDRAWN' : m === 'mediated' ? 'MEDIATED' : null;
}

/** How a lawsuit ended, from its outcome: by judgment, by ruling, withdrawn or mediated; null when it does not say. */
export function mannerOfOutcome(outcome: string): ClosingManner | null {
  if (outcome === 'WITHDRAWN' || outcome === 'WITHDRAWN_AFTER_CHANGE') return 'withdrawn';
  if (outcome === 'MEDIATED') return 'mediated';
  if (['SUIT_DISMISSED', 'RETRIAL_APPLICATION_DISMISSED', 'REMANDED'].includes(outcome)) return 'ruling';
  if (
    [
      'CLAIMS_REJECTED',
      'REVOKED',
      'CONFIRMED_ILLEGAL',
      'CONFIRMED_VOID',
      'ORDERED_TO_PERFORM',
      'ORDERED_TO_PAY',
    ].includes(outcome) ||
    outcome === 'APPEAL_DISMISSED' ||
    outcome === 'REVERSED'
  )
    return 'judgment';
  return null;
}

/** 判决撤销, 裁定驳回起诉: the manner a text begins with, and the rest (the outcome's words). */
export function splitMannerPrefix(text: string): { manner: ClosingManner; rest: string } | null {
  const m = /^(判决|裁定)\s*(.*)$/.exec(text);
  if (!m) return null;
  return { manner: m[1] === '判决' ? 'judgment' : 'ruling', rest: m[2]! };
}
