/** The labels keyed by domain codes: every code has its English text, and the Chinese is the domain's own wording. */
import {
  caseOutcomeLabel,
  DISPUTE_OUTCOMES,
  deadlineRules,
  OUTCOME_CATEGORIES,
  RECONSIDERATION_OUTCOMES,
} from '@shuangjiang/domain';
import { describe, expect, it } from 'vitest';
import { deadlineRuleKey } from './codeKeys.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

const CJK = /[\u4e00-\u9fff]/;

describe('labels of domain codes', () => {
  // Every kind's outcomes: a court's, a reconsideration body's (复议结果) and a resolution centre's (化解结果).
  const codes = [...OUTCOME_CATEGORIES, ...RECONSIDERATION_OUTCOMES, ...DISPUTE_OUTCOMES];
  it.each(codes)('outcome %s: the domain label in Chinese, English text in English', (code) => {
    expect(zhCN.outcomes[code]).toBe(caseOutcomeLabel(code));
    expect(en.outcomes[code]).toMatch(/^[^\u4e00-\u9fff]+$/);
  });

  it.each(deadlineRules.map((r) => [r.id, r] as const))('deadline rule %s has a name and basis in both', (_, r) => {
    const key = deadlineRuleKey(r.id);
    expect(zhCN.deadlineRules[key]).toEqual({ name: r.nameZh, basis: r.basis });
    expect(en.deadlineRules[key]?.name).toMatch(/^[^\u4e00-\u9fff]+$/);
    expect(en.deadlineRules[key]?.basis).toMatch(/^[^\u4e00-\u9fff]+$/);
  });

  it('lists no English deadline rule the domain does not have', () => {
    expect(Object.keys(en.deadlineRules).sort()).toEqual(deadlineRules.map((r) => deadlineRuleKey(r.id)).sort());
  });

  it('has English holiday names for every holiday in Chinese', () => {
    expect(Object.keys(en.holidays)).toEqual(Object.keys(zhCN.holidays));
    for (const name of Object.values(en.holidays)) expect(name).not.toMatch(CJK);
  });
});
