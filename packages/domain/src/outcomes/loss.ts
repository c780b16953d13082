/**
 * What counts as a loss (败诉) for the agency in administrative litigation: the one rule, used by the classifier, the
 * registry (server), the imports and the demo data. docs/rules/outcomes-and-loss.md#败诉 explains it; each row below
 * names its statute article.
 */
import { OUTCOME_CATEGORIES, type OutcomeCategory } from './categories.js';

/**
 * How an outcome bears on 败诉:
 * - `loss`: the court decided against the act (行政诉讼法第七十条、第七十二条至第七十八条);
 * - `no-loss`: the case ends at this instance without a judgment against the act;
 * - `hidden-loss`: 撤诉 after the agency changed its act — not a loss by default, counted with the "hidden loss"
 *   option (最高人民法院关于行政诉讼撤诉若干问题的规定第二条至第四条);
 * - `reviewed-judgment`: the judgment under review stays in force, and with it its result (行政诉讼法第八十九条第一款第一项);
 * - `undecided`: another judgment decides (改判, 发回重审, 再审) or none does (终结, unknown).
 */
export type LossEffect = 'loss' | 'no-loss' | 'hidden-loss' | 'reviewed-judgment' | 'undecided';

export const OUTCOME_LOSS_EFFECT: Readonly<Record<OutcomeCategory, LossEffect>> = {
  CLAIMS_REJECTED: 'no-loss', // 行政诉讼法第六十九条: 判决驳回原告的诉讼请求
  REVOKED: 'loss', // 第七十条: 判决撤销或者部分撤销 (± 责令重新作出)
  ORDERED_TO_PERFORM: 'loss', // 第七十二条: 判决被告在一定期限内履行法定职责
  ORDERED_TO_PAY: 'loss', // 第七十三条: 判决被告履行给付义务 (抚恤金、最低生活保障待遇、社会保险待遇 …)
  CONFIRMED_ILLEGAL: 'loss', // 第七十四条: 判决确认违法
  CONFIRMED_VOID: 'loss', // 第七十五条: 判决确认无效
  COMPENSATION_ORDERED: 'loss', // 第七十六条: 责令采取补救措施；造成损失的，判决承担赔偿责任
  ALTERED: 'loss', // 第七十七条: 行政处罚明显不当 … 判决变更
  AGREEMENT_REMEDY: 'loss', // 第七十八条: 行政协议 — 继续履行、采取补救措施或者赔偿损失、补偿
  SUIT_DISMISSED: 'no-loss', // 适用行政诉讼法的解释第六十九条: 裁定驳回起诉 (no judgment on the act)
  NOT_ACCEPTED: 'no-loss', // 行政诉讼法第五十一条: 裁定不予立案
  WITHDRAWN: 'no-loss', // 第六十二条: 准许撤诉 (on appeal or retrial: see `governmentLostOf`)
  WITHDRAWN_AFTER_CHANGE: 'hidden-loss', // 第六十二条; 撤诉规定第二条至第四条
  MEDIATED: 'no-loss', // 第六十条: 调解 (赔偿、补偿 and discretion cases)
  APPEAL_DISMISSED: 'reviewed-judgment', // 第八十九条第一款第一项: 驳回上诉，维持原判决、裁定
  RETRIAL_APPLICATION_DISMISSED: 'reviewed-judgment', // 解释第一百一十六条第二款: 驳回再审申请
  REVERSED: 'undecided', // 第八十九条第一款第二项: 改判 — its own judgment on the act decides
  REMANDED: 'undecided', // 第八十九条第一款第三、四项: 发回重审 — the retrial decides
  RETRIAL_ORDERED: 'undecided', // 第九十一条、第九十二条: 再审 — the retrial decides
  TERMINATED: 'undecided', // 解释第八十八条、第一百二十一条: 终结诉讼 / 终结审查, no decision on the act
  UNKNOWN: 'undecided',
};

/** The categories that are a loss in themselves (行政诉讼法第七十条、第七十二条至第七十八条). */
export const LOSS_CATEGORIES: readonly OutcomeCategory[] = OUTCOME_CATEGORIES.filter(
  (c) => OUTCOME_LOSS_EFFECT[c] === 'loss',
);

/** Whether the category is in itself a loss for the agency (WITHDRAWN_AFTER_CHANGE is not: see `governmentLostOf`). */
export function isLossCategory(category: OutcomeCategory): boolean {
  return OUTCOME_LOSS_EFFECT[category] === 'loss';
}

export interface LossOptions {
  /** Count 撤诉 after the agency changed its act as a loss (the "hidden loss" setting). Default false. */
  readonly countWithdrawalAfterChangeAsLoss?: boolean;
  /**
   * The case's 审级 (the case number's instance: appeal, retrial, retrial-review …). A withdrawal recorded by its code
   * alone on an appeal or a retrial is taken for the withdrawal of the appeal or application (撤回上诉 / 撤回再审申请):
   * the judgment under review stays in force (null). The withdrawal of the suit itself (撤回起诉) at any instance is
   * not a loss, which only the operative text can tell (`classifyOutcome` answers false).
   */
  readonly instance?: string | null;
}

const REVIEWING_INSTANCES: ReadonlySet<string> = new Set(['appeal', 'retrial', 'retrial-review']);

const EFFECTS: ReadonlyMap<string, LossEffect> = new Map(Object.entries(OUTCOME_LOSS_EFFECT));

/**
 * 败诉 of a litigation outcome code: true for a loss, false for an end without loss, null when the result lies in
 * another judgment (appeal, retrial) or is unknown — also for a code that is no litigation outcome.
 */
export function litigationGovernmentLost(
  outcome: string | null | undefined,
  options: LossOptions = {},
): boolean | null {
  const effect = outcome ? EFFECTS.get(outcome) : undefined;
  switch (effect) {
    case 'loss':
      return true;
    case 'hidden-loss':
      return options.countWithdrawalAfterChangeAsLoss === true;
    case 'no-loss':
      return outcome === 'WITHDRAWN' && options.instance && REVIEWING_INSTANCES.has(options.instance) ? null : false;
    default:
      return null;
  }
}

const FOLLOWING: readonly string[] = [
  ...OUTCOME_CATEGORIES.filter((c) => OUTCOME_LOSS_EFFECT[c] === 'reviewed-judgment'),
  'WITHDRAWN',
];

/**
 * The outcomes after which an appeal or retrial case may take the 败诉 of the judgment it reviewed (行政诉讼法第八十九条):
 * 驳回上诉维持, 驳回再审申请, and a withdrawn appeal or application (准许撤回上诉: the judgment takes effect).
 */
export const OUTCOMES_FOLLOWING_REVIEWED_JUDGMENT: readonly string[] = FOLLOWING;

/**
 * Whether a case with this outcome and its own 败诉 (`ownLost`, from `litigationGovernmentLost` or the classifier) takes
 * the result of the judgment it reviewed: only when its own result is undecided — a withdrawal of the suit itself
 * (撤回起诉, own result false) keeps its own.
 */
export function followsReviewedJudgment(outcome: string | null | undefined, ownLost: boolean | null): boolean {
  return !!outcome && FOLLOWING.includes(outcome) && ownLost === null;
}
