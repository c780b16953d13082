import { describe, expect, it } from 'vitest';
import { clauseKind, operativeClauses, splitClauses, toHalfWidth } from './clauses.js';

const texts = (input: string) => splitClauses(input).map((c) => c.text);

describe('toHalfWidth', () => {
  it('maps full-width ASCII and the ideographic space, keeping the length', () => {
    const input = '（２０２３）浙０１０２行初１５６号，；：　Ａ';
    expect(toHalfWidth(input)).toBe('(2023)浙0102行初156号,;: A');
    expect(toHalfWidth(input)).toHaveLength(input.length);
  });

  it('leaves Chinese punctuation that has no half-width form', () => {
    expect(toHalfWidth('。、〔2022〕“罚款”')).toBe('。、〔2022〕“罚款”');
  });
});

describe('splitClauses', () => {
  it.each([
    ['numbered items on lines', '一、撤销甲决定；\n二、驳回其他诉讼请求。', ['撤销甲决定', '驳回其他诉讼请求']],
    ['numbered items inline', '一、撤销甲决定；二、驳回其他诉讼请求。', ['撤销甲决定', '驳回其他诉讼请求']],
    ['half-width items', '1.撤销甲决定;2.驳回其他诉讼请求.', ['撤销甲决定', '驳回其他诉讼请求']],
    ['parenthesised items', '（一）撤销甲决定；（二）驳回其他诉讼请求。', ['撤销甲决定', '驳回其他诉讼请求']],
    ['items after a colon', '判决：一、撤销甲决定；二、驳回其他诉讼请求', ['判决', '撤销甲决定', '驳回其他诉讼请求']],
    ['items separated by spaces', '一、撤销甲决定 二、驳回其他诉讼请求', ['撤销甲决定', '驳回其他诉讼请求']],
    ['a decimal point is not a full stop', '支付1.5万元.', ['支付1.5万元']],
    ['commas stay inside a clause', '撤销甲决定，责令乙重新作出。', ['撤销甲决定，责令乙重新作出']],
    ['whitespace is trimmed, inner spaces kept', '  驳回原告 张** 的起诉。 \r\n ', ['驳回原告 张** 的起诉']],
    ['empty input', '', []],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('starts after the last 判决如下 / 裁定如下', () => {
    const input =
      '一审法院判决如下：驳回原告的诉讼请求。本院认为上诉理由成立。判决如下：\n一、撤销一审判决；二、撤销被诉决定。';
    expect(texts(input)).toEqual(['撤销一审判决', '撤销被诉决定']);
  });

  it('normalises the matching copy only', () => {
    const [clause] = splitClauses('撤销（２０２３）浙０１行初１号 行政判决');
    expect(clause?.text).toBe('撤销（２０２３）浙０１行初１号 行政判决');
    expect(clause?.norm).toBe('撤销(2023)浙01行初1号行政判决');
  });
});

describe('clauseKind', () => {
  it.each([
    ['案件受理费50元，由被告某某县人民政府负担', 'costs'],
    ['一、二审案件受理费各50元，均由上诉人负担', 'costs'],
    ['案件受理费50元，减半收取计25元，予以退还', 'costs'],
    ['如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，上诉于某某市中级人民法院', 'appeal-rights'],
    ['申请人如不服本决定，可以自收到本决定书之日起十五日内向人民法院提起行政诉讼', 'appeal-rights'],
    ['当事人可在判决书送达之日起十五日内提起上诉', 'appeal-rights'],
    ['本判决为终审判决', 'notice'],
    ['一审判决自本裁定书送达之日起发生法律效力', 'notice'],
    ['本调解书经双方当事人签收后，即具有法律效力', 'notice'],
    ['再审期间，中止原判决的执行', 'notice'],
    ['逾期不交纳的，按自动撤回上诉处理', 'notice'],
    ['驳回原告张**的诉讼请求', 'operative'],
  ])('%s → %s', (norm, kind) => {
    expect(clauseKind(toHalfWidth(norm))).toBe(kind);
  });
});

describe('operativeClauses', () => {
  it('drops costs and notices and stops at the appeal-rights paragraph', () => {
    const input =
      '驳回原告的诉讼请求。\n案件受理费50元，由原告负担。\n' +
      '如不服本判决，可在判决书送达之日起十五日内上诉于某某市中级人民法院。逾期不交纳的，按自动撤回上诉处理。\n' +
      '审判长　张三';
    expect(operativeClauses(input).map((c) => c.text)).toEqual(['驳回原告的诉讼请求']);
  });
});
