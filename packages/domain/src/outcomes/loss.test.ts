import { describe, expect, it } from 'vitest';
import { caseGovernmentLost, governmentLostOf } from './caseLoss.js';
import { OUTCOME_CATEGORIES, type OutcomeCategory } from './categories.js';
import { followsReviewedJudgment, isLossCategory, LOSS_CATEGORIES, litigationGovernmentLost } from './loss.js';

/**
 * The loss rule (败诉), worked out by hand from 行政诉讼法 arts. 60, 62, 69–78 and 89, 适用行政诉讼法的解释 arts. 69, 88,
 * 116, 121 and 撤诉规定 arts. 2–4 (docs/rules/outcomes-and-loss.md#败诉): [code, first instance, with the hidden-loss
 * option, on appeal].
 */
const TABLE: ReadonlyArray<readonly [OutcomeCategory, boolean | null, boolean | null, boolean | null]> = [
  ['CLAIMS_REJECTED', false, false, false], // art. 69
  ['REVOKED', true, true, true], // art. 70
  ['ORDERED_TO_PERFORM', true, true, true], // art. 72
  ['ORDERED_TO_PAY', true, true, true], // art. 73
  ['CONFIRMED_ILLEGAL', true, true, true], // art. 74
  ['CONFIRMED_VOID', true, true, true], // art. 75
  ['COMPENSATION_ORDERED', true, true, true], // art. 76
  ['ALTERED', true, true, true], // art. 77
  ['AGREEMENT_REMEDY', true, true, true], // art. 78
  ['SUIT_DISMISSED', false, false, false], // 解释 art. 69
  ['NOT_ACCEPTED', false, false, false], // art. 51
  ['WITHDRAWN', false, false, null], // art. 62; on appeal by its code: the withdrawn appeal leaves the judgment
  ['WITHDRAWN_AFTER_CHANGE', false, true, false], // 撤诉规定 arts. 2–4
  ['MEDIATED', false, false, false], // art. 60
  ['APPEAL_DISMISSED', null, null, null], // art. 89(1)(1): the first instance's result
  ['RETRIAL_APPLICATION_DISMISSED', null, null, null], // 解释 art. 116(2)
  ['REVERSED', null, null, null], // art. 89(1)(2): its own judgment decides
  ['REMANDED', null, null, null], // art. 89(1)(3)(4)
  ['RETRIAL_ORDERED', null, null, null], // arts. 91, 92
  ['TERMINATED', null, null, null], // 解释 arts. 88, 121
  ['UNKNOWN', null, null, null],
];

describe('the loss rule (败诉)', () => {
  it('decides every category', () => {
    expect(TABLE.map((r) => r[0]).sort()).toEqual([...OUTCOME_CATEGORIES].sort());
  });

  it.each(TABLE)('%s: first instance %s, hidden-loss option %s, on appeal %s', (code, first, hidden, appeal) => {
    expect(litigationGovernmentLost(code)).toBe(first);
    expect(litigationGovernmentLost(code, { instance: 'first' })).toBe(first);
    expect(litigationGovernmentLost(code, { countWithdrawalAfterChangeAsLoss: true })).toBe(hidden);
    expect(litigationGovernmentLost(code, { instance: 'appeal' })).toBe(appeal);
    expect(governmentLostOf(code)).toBe(first);
    expect(isLossCategory(code)).toBe(first === true);
    expect(LOSS_CATEGORIES.includes(code)).toBe(first === true);
  });

  it('answers null for no outcome or a code that is none', () => {
    expect(governmentLostOf(null)).toBeNull();
    expect(governmentLostOf('')).toBeNull();
    expect(governmentLostOf('NOT_A_CODE')).toBeNull();
  });

  it('answers reconsideration and dispute codes by their own rule (纠错: 行政复议法 arts. 63–67, 71)', () => {
    expect(governmentLostOf('RECON_REVOKED')).toBe(true);
    expect(governmentLostOf('RECON_UPHELD')).toBe(false);
    expect(governmentLostOf('DISPUTE_MEDIATED')).toBe(false);
    expect(governmentLostOf('DISPUTE_UNRESOLVED')).toBeNull();
  });

  it('an appeal follows the reviewed judgment only when its own result is undecided', () => {
    expect(followsReviewedJudgment('APPEAL_DISMISSED', null)).toBe(true);
    expect(followsReviewedJudgment('WITHDRAWN', null)).toBe(true);
    expect(followsReviewedJudgment('WITHDRAWN', false)).toBe(false); // 撤回起诉
    expect(followsReviewedJudgment('REMANDED', null)).toBe(false);
    expect(followsReviewedJudgment('REVOKED', true)).toBe(false);
    expect(followsReviewedJudgment(null, null)).toBe(false);
  });
});

describe('caseGovernmentLost: the text decides when it states the recorded outcome', () => {
  it('tells a withdrawn suit from a withdrawn appeal on appeal', () => {
    const suit = '一、撤销某区人民法院（2021）苏0102行初88号行政判决；二、准许被上诉人（原审原告）王某明撤回起诉。';
    expect(caseGovernmentLost({ outcome: 'WITHDRAWN', outcomeText: suit, instance: 'appeal' })).toBe(false);
    const appeal = '准许上诉人某县人民政府撤回上诉。';
    expect(caseGovernmentLost({ outcome: 'WITHDRAWN', outcomeText: appeal, instance: 'appeal' })).toBeNull();
    expect(caseGovernmentLost({ outcome: 'WITHDRAWN', instance: 'appeal' })).toBeNull();
    expect(caseGovernmentLost({ outcome: 'WITHDRAWN', instance: 'first' })).toBe(false);
  });

  it('uses the code when the text states another outcome, or none', () => {
    const text = '驳回原告的诉讼请求。';
    expect(caseGovernmentLost({ outcome: 'REVOKED', outcomeText: text })).toBe(true);
    expect(caseGovernmentLost({ outcome: 'CLAIMS_REJECTED', outcomeText: text })).toBe(false);
    expect(caseGovernmentLost({ outcome: null, outcomeText: text })).toBeNull();
    expect(caseGovernmentLost({ outcome: 'REVOKED', outcomeText: '   ' })).toBe(true);
  });
});
