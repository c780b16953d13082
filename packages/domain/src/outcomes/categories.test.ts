import { describe, expect, it } from 'vitest';
import { OUTCOME_CATEGORIES, OUTCOME_LABELS, OUTCOME_PRECEDENCE, OUTCOME_STATUTE_BASIS } from './categories.js';
import { isLossCategory, LOSS_CATEGORIES } from './loss.js';

describe('outcome categories', () => {
  it('lists the 21 categories once each', () => {
    expect(OUTCOME_CATEGORIES).toHaveLength(21);
    expect(new Set(OUTCOME_CATEGORIES).size).toBe(21);
  });

  // Which categories are losses: loss.test.ts.

  it('has a Chinese label for every category', () => {
    for (const c of OUTCOME_CATEGORIES) expect(OUTCOME_LABELS[c]).toMatch(/[\u4e00-\u9fff]/);
    expect(OUTCOME_LABELS.REVOKED).toBe('判决撤销');
  });

  it('names the statute for every category but UNKNOWN', () => {
    for (const c of OUTCOME_CATEGORIES) {
      if (c === 'UNKNOWN') expect(OUTCOME_STATUTE_BASIS[c]).toBe('');
      else expect(OUTCOME_STATUTE_BASIS[c]).toMatch(/第\d+条/);
    }
    expect(OUTCOME_STATUTE_BASIS.REVOKED).toBe('行政诉讼法第70条');
    expect(OUTCOME_STATUTE_BASIS.ALTERED).toBe('行政诉讼法第77条');
    expect(OUTCOME_STATUTE_BASIS.AGREEMENT_REMEDY).toBe('行政诉讼法第78条');
  });

  it('ranks every category once, losses first', () => {
    expect([...OUTCOME_PRECEDENCE].sort()).toEqual([...OUTCOME_CATEGORIES].sort());
    expect(OUTCOME_PRECEDENCE.slice(0, LOSS_CATEGORIES.length).every(isLossCategory)).toBe(true);
    expect(OUTCOME_PRECEDENCE.at(-1)).toBe('UNKNOWN');
  });
});
