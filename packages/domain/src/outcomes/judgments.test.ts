import { describe, expect, it } from 'vitest';
import { OUTCOME_CATEGORIES, OUTCOME_STATUTE_BASIS } from './categories.js';
import { APPEALABLE_RULING_CATEGORIES, isAppealableRuling, isJudgment, JUDGMENT_CATEGORIES } from './judgments.js';
import { LOSS_CATEGORIES } from './loss.js';

describe('judgments and appealable rulings (行政诉讼法第69–78条、第85条; 解释第101条)', () => {
  it.each([
    ['CLAIMS_REJECTED', true, false],
    ['REVOKED', true, false],
    ['ORDERED_TO_PERFORM', true, false],
    ['ORDERED_TO_PAY', true, false],
    ['CONFIRMED_ILLEGAL', true, false],
    ['CONFIRMED_VOID', true, false],
    ['COMPENSATION_ORDERED', true, false],
    ['ALTERED', true, false],
    ['AGREEMENT_REMEDY', true, false],
    ['SUIT_DISMISSED', false, true],
    ['NOT_ACCEPTED', false, true],
    ['WITHDRAWN', false, false],
    ['WITHDRAWN_AFTER_CHANGE', false, false],
    ['MEDIATED', false, false],
    ['TERMINATED', false, false],
    ['APPEAL_DISMISSED', false, false],
    ['REMANDED', false, false],
    ['UNKNOWN', false, false],
    ['RECON_REVOKED', false, false], // a reconsideration code is no court judgment
    ['DISPUTE_MEDIATED', false, false],
    [null, false, false],
  ] as const)('%s: judgment %s, appealable ruling %s', (code, judgment, ruling) => {
    expect(isJudgment(code)).toBe(judgment);
    expect(isAppealableRuling(code)).toBe(ruling);
  });

  it('every loss category is a judgment, and every judgment cites 行政诉讼法第69–78条', () => {
    for (const c of LOSS_CATEGORIES) expect(JUDGMENT_CATEGORIES).toContain(c);
    for (const c of JUDGMENT_CATEGORIES) {
      expect(OUTCOME_CATEGORIES).toContain(c);
      const article = Number(/第(\d+)条/.exec(OUTCOME_STATUTE_BASIS[c])?.[1]);
      expect(article).toBeGreaterThanOrEqual(69);
      expect(article).toBeLessThanOrEqual(78);
    }
    expect(APPEALABLE_RULING_CATEGORIES.some((c) => JUDGMENT_CATEGORIES.includes(c))).toBe(false);
  });
});
