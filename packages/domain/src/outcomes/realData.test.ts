import { describe, expect, it } from 'vitest';
import type { OutcomeCategory } from './categories.js';
import { classifyOutcome } from './classify.js';

/**
 * The kinds of text a held-out test of real judgments and reports found wrong, one table per kind, each sentence
 * modelled on published ones. Expected results are worked out from 行政诉讼法 arts. 70–78 and 89 and
 * 适用行政诉讼法的解释 by hand.
 */
type Row = readonly [text: string, categories: readonly OutcomeCategory[], lost: boolean | null];

function check(rows: readonly Row[]) {
  it.each(rows)('%s', (text, categories, lost) => {
    const r = classifyOutcome(text);
    expect(r.categories).toEqual(categories);
    expect(r.governmentLost).toBe(lost);
  });
}

describe('classifyOutcome on real data: narrative sentences of reports and news', () => {
  check([
    ['日前，法院判决确认该拆迁补偿协议无效。', ['CONFIRMED_VOID'], true],
    ['某市中级人民法院经审理后判决撤销了某区人民政府颁发给第三人的房屋所有权证。', ['REVOKED'], true],
    ['法院审理认为程序违法，一审判决某街道办事处强制拆除李某养殖场的行为违法。', ['CONFIRMED_ILLEGAL'], true],
    ['法院认定某县市场监督管理局作出的处罚决定违法。', ['CONFIRMED_ILLEGAL'], true],
    ['二审法院判令某区人民政府赔偿张某各项损失共计15万元。', ['COMPENSATION_ORDERED'], true],
    ['最终，法院判决驳回了王某的全部诉讼请求。', ['CLAIMS_REJECTED'], false],
    // a court named as an object is no narrative subject
    ['原告不服，向某区人民法院提起行政诉讼。', ['UNKNOWN'], null],
    ['一审法院认为被告行为违法。', ['UNKNOWN'], null],
  ]);
});

describe('classifyOutcome on real data: compensation (art. 76) is not payment (art. 73)', () => {
  check([
    ['被告某镇人民政府于本判决生效之日起三十日内赔偿原告养殖损失46,800元。', ['COMPENSATION_ORDERED'], true],
    ['被告某区人民政府向原告支付房屋损失及搬迁损失共计31万元。', ['COMPENSATION_ORDERED'], true],
    ['某区城市管理局赔偿原告财物损失2,000元。', ['COMPENSATION_ORDERED'], true],
    // a compensation judgment that rejects the rest is a loss, never "not lost"
    [
      '一、某县人民政府于本判决生效之日起十日内赔偿原告李某某房屋损失120,000元；二、驳回原告李某某的其他赔偿请求。',
      ['COMPENSATION_ORDERED', 'CLAIMS_REJECTED'],
      true,
    ],
    // pensions, benefits, subsidies and awards are payments (art. 73); lawful-act 补偿 too
    ['被告某区退役军人事务局于本判决生效之日起三十日内向原告发放伤残抚恤金。', ['ORDERED_TO_PAY'], true],
    ['被告某区人民政府补偿原告停产停业损失50,000元。', ['ORDERED_TO_PAY'], true],
  ]);
});

describe('classifyOutcome on real data: a ruling revoked and the lower court ordered to hear the case is a remand', () => {
  check([
    ['一、撤销某县人民法院（2021）赣0721行初33号行政裁定；二、指令某县人民法院审理本案。', ['REMANDED'], null],
    ['撤销某区人民法院（2020）粤0104行初990号行政裁定，本案由某区人民法院继续审理。', ['REMANDED'], null],
    [
      '一、撤销某市中级人民法院（2019）川01行初12号不予立案裁定；二、指令某市中级人民法院立案受理。',
      ['REMANDED'],
      null,
    ],
  ]);
});

describe('classifyOutcome on real data: a retrial upholding the first instance is a reversal only', () => {
  check([
    [
      '一、撤销某省高级人民法院（2020）豫行终456号行政判决；二、维持某市中级人民法院（2019）豫01行初78号行政判决。',
      ['REVERSED'],
      null,
    ],
    // an appeal court upholding the judgment under appeal is a dismissed appeal, as before
    ['维持某区人民法院（2020）苏0102行初12号行政判决。', ['APPEAL_DISMISSED'], null],
  ]);
});

describe('classifyOutcome on real data: a duty to pay is performance and payment', () => {
  check([
    ['被告某市医疗保障局应履行向原告支付医疗保险待遇的法定职责。', ['ORDERED_TO_PERFORM', 'ORDERED_TO_PAY'], true],
    [
      '责令被告某县人力资源和社会保障局于本判决生效之日起六十日内履行支付原告失业保险金的职责。',
      ['ORDERED_TO_PERFORM', 'ORDERED_TO_PAY'],
      true,
    ],
  ]);
});

describe('classifyOutcome on real data: a violation at the end of a long sentence', () => {
  check([
    [
      '确认被告某县人民政府于２０２０年４月１６日，会同某镇人民政府，组织人员及机械，对原告位于某镇某村的厂房，以及厂区内的设备、原材料，实施强制拆除的行为违法。',
      ['CONFIRMED_ILLEGAL'],
      true,
    ],
  ]);
});

describe('classifyOutcome on real data: withdrawing the suit itself is not a loss, in any instance', () => {
  check([
    [
      '一、撤销某区人民法院（2022）鄂0102行初45号行政判决；二、准许上诉人（原审原告）李某撤回起诉。',
      ['REVERSED', 'WITHDRAWN'],
      false,
    ],
    [
      '撤销本院（2021）苏01行终300号行政判决及某区人民法院一审判决，准许再审申请人撤回起诉。',
      ['REVERSED', 'WITHDRAWN'],
      false,
    ],
    // a withdrawn appeal leaves the first instance in force (the notice in the same clause is no reason to drop it)
    ['准许上诉人某县人民政府撤回上诉，一审判决自本裁定书送达之日起发生法律效力。', ['WITHDRAWN'], null],
  ]);
});
