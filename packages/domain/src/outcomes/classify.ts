import { OUTCOME_PRECEDENCE, type OutcomeCategory } from './categories.js';
import { type Clause, operativeClauses } from './clauses.js';
import { litigationGovernmentLost } from './loss.js';
import { analyzeClause, type Finding, isChangeNarrative } from './rules.js';

/** What `classifyOutcome` found in an operative part. */
export interface OutcomeResult {
  /** Every outcome stated, in order of first appearance; `['UNKNOWN']` if none. */
  readonly categories: OutcomeCategory[];
  /** The most decisive outcome (see `OUTCOME_PRECEDENCE`). */
  readonly primary: OutcomeCategory;
  /** Whether the agency lost (败诉, docs/rules/outcomes-and-loss.md#败诉); null when this text alone cannot say. */
  readonly governmentLost: boolean | null;
  /** The clauses that decided the categories, verbatim from the input (trimmed, without item numbers), in order. */
  readonly evidence: string[];
}

export interface ClassifyOutcomeOptions {
  /**
   * Count 撤诉 after the agency changed its act (WITHDRAWN_AFTER_CHANGE) as a loss — the "hidden loss" setting.
   * Default false, as in docs/rules/outcomes-and-loss.md#hidden-loss.
   */
  readonly countWithdrawalAfterChangeAsLoss?: boolean;
}

const unknown = (): OutcomeResult => ({
  categories: ['UNKNOWN'],
  primary: 'UNKNOWN',
  governmentLost: null,
  evidence: [],
});

const RANK: ReadonlyMap<OutcomeCategory, number> = new Map(OUTCOME_PRECEDENCE.map((c, i) => [c, i]));

/**
 * Classifies the operative part of an administrative judgment, ruling, mediation statement or reconsideration
 * decision (the text after 判决如下 / 裁定如下 / 决定如下; costs and appeal-rights paragraphs are ignored), or the
 * narrative sentence of a report or news item that has the court as subject (法院判决确认协议无效; 法院判决撤销了颁发给…的
 * 证; 一审判决…的行为违法).
 *
 * governmentLost, in this order:
 * 1. true if any loss category is stated (REVOKED … COMPENSATION_ORDERED), including an appeal judgment that
 *    reverses and itself revokes the act ([REVERSED, REVOKED]), and a revocation next to 驳回其他诉讼请求;
 *    also WITHDRAWN_AFTER_CHANGE when `countWithdrawalAfterChangeAsLoss` is set;
 * 2. null if the effective result lies in another instance: APPEAL_DISMISSED (驳回上诉，维持原判), REMANDED,
 *    RETRIAL_ORDERED, RETRIAL_APPLICATION_DISMISSED, a withdrawn appeal or retrial application (准许撤回上诉: the
 *    first-instance judgment becomes effective, whatever it said), or a partial affirmance (维持原判决第一项);
 * 3. false if the case ends here without a loss: CLAIMS_REJECTED, SUIT_DISMISSED, NOT_ACCEPTED, WITHDRAWN,
 *    MEDIATED, WITHDRAWN_AFTER_CHANGE (default) — also after a reversal ([REVERSED, CLAIMS_REJECTED] is false);
 * 4. otherwise null: REVERSED alone (改判 without an identifiable outcome on the act), TERMINATED (终结诉讼 /
 *    终结审查 / 终止行政复议 end the proceeding without deciding on the act, and 终结审查 leaves another instance's
 *    judgment in force: count it as concluded, neither won nor lost), UNKNOWN.
 *
 * Combinations: a remand (发回重审 / 指令继续审理, and a ruling revoked with the lower court ordered to hear or accept
 * the case: 指令…受理本案, 由…法院立案受理) absorbs the 撤销原判 that goes with it; a retrial revoking the appeal judgment
 * and upholding the first instance (维持…行初…号行政判决) is a reversal only; an order to act again
 * (责令…重新作出) next to a revocation is part of REVOKED (art. 70), not a separate ORDERED_TO_PERFORM; in a
 * mediation statement the agreed terms (被告支付…) are not orders; a permitted withdrawal becomes
 * WITHDRAWN_AFTER_CHANGE when the text says the agency changed its act (撤诉规定 arts. 3–4).
 *
 * @example
 * classifyOutcome('一、撤销被告某市自然资源和规划局作出的行政处罚决定；二、驳回原告张**的其他诉讼请求。')
 * // → { categories: ['REVOKED', 'CLAIMS_REJECTED'], primary: 'REVOKED', governmentLost: true, evidence: [...] }
 * classifyOutcome('') // → { categories: ['UNKNOWN'], primary: 'UNKNOWN', governmentLost: null, evidence: [] }
 */
export function classifyOutcome(text: string, options: ClassifyOutcomeOptions = {}): OutcomeResult {
  const clauses = operativeClauses(text);
  let findings: Finding[] = [];
  let partialAffirmance = false;
  let mediationFrom = -1;
  let withdrawal = false;
  for (const clause of clauses) {
    const analysis = analyzeClause(clause);
    findings.push(...analysis.findings);
    partialAffirmance ||= analysis.partialAffirmance;
    withdrawal ||= analysis.withdrawal;
    if (analysis.mediation && mediationFrom < 0) mediationFrom = clause.index;
  }

  // A mediation statement: what follows the agreement heading are agreed terms, not judgments.
  if (mediationFrom >= 0) {
    findings = findings.filter((f) => f.clause.index < mediationFrom || f.category === 'MEDIATED');
  }

  // A permitted withdrawal after the agency changed its act; the change itself is the reason, not an outcome.
  const changes: Clause[] = withdrawal ? clauses.filter((c) => isChangeNarrative(c.norm)) : [];
  if (changes.length > 0) {
    const changed = new Set(changes.map((c) => c.index));
    findings = findings
      .filter((f) => f.category === 'WITHDRAWN' || !changed.has(f.clause.index))
      .map((f) => (f.category === 'WITHDRAWN' && !f.dependent ? { ...f, category: 'WITHDRAWN_AFTER_CHANGE' } : f));
  }

  const has = (c: OutcomeCategory) => findings.some((f) => f.category === c);
  if (has('REMANDED')) findings = findings.filter((f) => f.category !== 'REVERSED');
  // A retrial revoking the appeal judgment and upholding the first instance: the 维持 is part of the reversal.
  if (has('REVERSED')) findings = findings.filter((f) => !f.upholds);
  if (has('REVOKED')) findings = findings.filter((f) => !f.redo);

  if (findings.length === 0) return unknown();

  const categories = [...new Set(findings.map((f) => f.category))];
  const primary = categories.reduce((a, b) => ((RANK.get(b) ?? 99) < (RANK.get(a) ?? 99) ? b : a));

  const evidenceClauses = new Map<number, string>();
  for (const f of findings) evidenceClauses.set(f.clause.index, f.clause.text);
  if (has('WITHDRAWN_AFTER_CHANGE')) for (const c of changes) evidenceClauses.set(c.index, c.text);
  const evidence = [...evidenceClauses.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);

  return { categories, primary, governmentLost: governmentLost(findings, partialAffirmance, options), evidence };
}

function governmentLost(
  findings: readonly Finding[],
  partialAffirmance: boolean,
  options: ClassifyOutcomeOptions,
): boolean | null {
  // Each outcome by the one loss rule (loss.ts); a text is a loss when any outcome is.
  const lost = findings.map((f) => litigationGovernmentLost(f.category, options));
  if (lost.includes(true)) return true;
  if (partialAffirmance || findings.some((f) => f.dependent)) return null;
  return lost.includes(false) ? false : null;
}
