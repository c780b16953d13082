import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOME_CATEGORIES } from './categories.js';
import { classifyOutcome } from './classify.js';
import { isLossCategory } from './loss.js';

/** Fragments real operative parts are made of, so random texts hit the rules and not only the fallback. */
const FRAGMENTS = [
  '一、',
  '二、',
  '撤销',
  '驳回',
  '确认',
  '变更为',
  '维持原判',
  '责令被告',
  '被告某某局',
  '于本判决生效之日起三十日内',
  '重新作出',
  '支付',
  '赔偿',
  '协议',
  '违法',
  '无效',
  '诉讼请求',
  '起诉',
  '上诉',
  '准许',
  '撤回',
  '撤诉',
  '已',
  '了',
  '改变被诉行政行为',
  '某某市中级人民法院（2023）浙01行初1号行政判决',
  '不予受理',
  '终结诉讼',
  '发回重审',
  '调解',
  '案件受理费50元，由被告负担',
  '如不服本判决',
  '，',
  '；',
  '。',
  '\n',
  ' ',
  '张**',
  '（',
  '）',
];
const operativeText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 5 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('classifyOutcome: properties', () => {
  it('returns a well-formed result for any text', () => {
    fc.assert(
      fc.property(operativeText, fc.boolean(), (text, hidden) => {
        const r = classifyOutcome(text, { countWithdrawalAfterChangeAsLoss: hidden });
        expect(r.categories.length).toBeGreaterThan(0);
        expect(new Set(r.categories).size).toBe(r.categories.length);
        for (const c of r.categories) expect(OUTCOME_CATEGORIES).toContain(c);
        expect(r.categories).toContain(r.primary);
        for (const quote of r.evidence) {
          expect(text).toContain(quote);
          expect(quote).toBe(quote.trim());
          expect(quote).not.toBe('');
        }
        const unknown = r.primary === 'UNKNOWN';
        expect(unknown).toBe(r.evidence.length === 0);
        if (unknown) expect(r.governmentLost).toBeNull();
        const lossStated =
          r.categories.some(isLossCategory) || (hidden && r.categories.includes('WITHDRAWN_AFTER_CHANGE'));
        expect(r.governmentLost === true).toBe(lossStated);
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores a costs paragraph and an appeal-rights paragraph appended to the text', () => {
    const tail =
      '\n案件受理费50元，由被告某某县人民政府负担。\n如不服本判决，可以在判决书送达之日起十五日内上诉于某某市中级人民法院。逾期不交纳的，按自动撤回上诉处理。';
    fc.assert(
      fc.property(operativeText, (text) => {
        const withTail = classifyOutcome(`${text}。${tail}`);
        const plain = classifyOutcome(`${text}。`);
        expect(withTail).toEqual(plain);
      }),
      { numRuns: 500 },
    );
  });
});

describe('classifyOutcome: performance', () => {
  const judgment =
    '一、撤销被告某某市自然资源和规划局于2022年3月5日作出的某自然资源罚字〔2022〕12号行政处罚决定；\n' +
    '二、责令被告于本判决生效之日起六十日内重新作出行政行为；\n三、驳回原告张**的其他诉讼请求。\n' +
    '案件受理费50元，由被告某某市自然资源和规划局负担。\n' +
    '如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于某某市中级人民法院。';

  it('classifies 10,000 judgments quickly', () => {
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) classifyOutcome(judgment);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['repeated 已', '已'.repeat(100_000)],
    ['repeated 指令', '指令'.repeat(50_000)],
    ['repeated 确认 segments', '确认，'.repeat(50_000)],
    ['repeated 驳回', '驳回'.repeat(50_000)],
    ['a long run of digits', `被告于${'1'.repeat(100_000)}`],
    ['a long run of spaces', `一、${' '.repeat(100_000)}x`],
    ['a long run of item numbers', '一'.repeat(100_000)],
    ['repeated 如', `如${'如'.repeat(100_000)}`],
    ['repeated 给予', `责令被告${'给予'.repeat(50_000)}`],
    ['many short clauses', '驳回原告的诉讼请求；'.repeat(20_000)],
  ])('stays linear on adversarial input: %s', (_name, text) => {
    const started = performance.now();
    classifyOutcome(text);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
