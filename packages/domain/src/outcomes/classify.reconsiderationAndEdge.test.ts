import { describe, expect, it } from 'vitest';
import type { OutcomeCategory } from './categories.js';
import { classifyOutcome } from './classify.js';

/** Reconsideration decisions, full-width and half-width text, text that decides nothing (the classifier's tables are split by kind of decision: classify*.test.ts). */

/**
 * Operative parts written the way courts and reconsideration bodies write them. Expected results are worked out
 * by hand from the statutes (行政诉讼法 arts. 69–78, 89; 行政复议法 arts. 41, 63–74; 撤诉规定 arts. 2–4) and
 * docs/rules/outcomes-and-loss.md#outcomes, not taken from the classifier's output.
 */
interface Case {
  readonly name: string;
  readonly text: string;
  readonly categories: readonly OutcomeCategory[];
  readonly primary: OutcomeCategory;
  readonly lost: boolean | null;
  /** When given, the exact evidence list. */
  readonly evidence?: readonly string[];
}

const APPEAL_TO_INTERMEDIATE =
  '如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于某某市中级人民法院。';

const RECONSIDERATION_RIGHTS = '申请人如不服本决定，可以自收到本决定书之日起十五日内依法向人民法院提起行政诉讼。';

const reconsideration: Case[] = [
  {
    name: '复议撤销 + 责令重作 (art. 64)',
    text:
      '根据《中华人民共和国行政复议法》第六十四条第一款第（一）项之规定，本机关决定：\n' +
      '撤销被申请人某某县市场监督管理局作出的某市监罚〔2023〕15号行政处罚决定，责令被申请人在六十日内重新作出行政行为。\n' +
      RECONSIDERATION_RIGHTS,
    categories: ['REVOKED'],
    primary: 'REVOKED',
    lost: true,
    evidence: [
      '撤销被申请人某某县市场监督管理局作出的某市监罚〔2023〕15号行政处罚决定，责令被申请人在六十日内重新作出行政行为',
    ],
  },
  {
    name: '复议维持 (art. 68) counts as a rejection',
    text: `维持被申请人某某市公安局某某分局作出的某公（治）行罚决字〔2023〕789号行政处罚决定。\n${RECONSIDERATION_RIGHTS}`,
    categories: ['CLAIMS_REJECTED'],
    primary: 'CLAIMS_REJECTED',
    lost: false,
  },
  {
    name: '驳回行政复议请求 (art. 69)',
    text: '驳回申请人王**的行政复议请求。',
    categories: ['CLAIMS_REJECTED'],
    primary: 'CLAIMS_REJECTED',
    lost: false,
  },
  {
    name: '驳回行政复议申请 (art. 33) is the counterpart of 驳回起诉',
    text: '驳回申请人某某建材有限公司的行政复议申请。',
    categories: ['SUIT_DISMISSED'],
    primary: 'SUIT_DISMISSED',
    lost: false,
  },
  {
    name: '复议不予受理 (art. 30)',
    text: '对申请人刘**的行政复议申请，本机关决定不予受理。',
    categories: ['NOT_ACCEPTED'],
    primary: 'NOT_ACCEPTED',
    lost: false,
  },
  {
    name: '复议确认违法 (art. 65)',
    text: '确认被申请人某某镇人民政府未在法定期限内答复申请人的政府信息公开申请的行为违法。',
    categories: ['CONFIRMED_ILLEGAL'],
    primary: 'CONFIRMED_ILLEGAL',
    lost: true,
  },
  {
    name: '复议变更 (art. 63)',
    text: '变更被申请人某某县交通运输局作出的某交罚〔2023〕41号行政处罚决定，将罚款金额由人民币20,000元变更为人民币5,000元。',
    categories: ['ALTERED'],
    primary: 'ALTERED',
    lost: true,
  },
  {
    name: '复议责令履行 (art. 66)',
    text: '责令被申请人某某区城市管理局在三十日内对申请人举报的某某小区违法搭建问题依法履行查处职责。',
    categories: ['ORDERED_TO_PERFORM'],
    primary: 'ORDERED_TO_PERFORM',
    lost: true,
  },
  {
    name: '复议确认无效 (art. 67)',
    text: '确认被申请人某某乡人民政府作出的《关于收回宅基地使用权的决定》无效。',
    categories: ['CONFIRMED_VOID'],
    primary: 'CONFIRMED_VOID',
    lost: true,
  },
  {
    name: '和解撤回 then 终止 (arts. 74, 41)',
    text:
      '申请人李**与被申请人某某县人力资源和社会保障局自愿达成和解，申请人撤回行政复议申请，本机关准予撤回。\n' +
      '本机关决定终止行政复议。',
    categories: ['WITHDRAWN', 'TERMINATED'],
    primary: 'WITHDRAWN',
    lost: false,
  },
  {
    name: '撤回复议申请，决定终止 in one clause',
    text: '申请人于2023年10月8日撤回行政复议申请，根据《中华人民共和国行政复议法》第四十一条第一项之规定，本机关决定终止本案行政复议。',
    categories: ['WITHDRAWN', 'TERMINATED'],
    primary: 'WITHDRAWN',
    lost: false,
  },
  {
    name: '终止行政复议 alone',
    text: '终止行政复议。',
    categories: ['TERMINATED'],
    primary: 'TERMINATED',
    lost: null,
  },
  {
    name: '复议调解 (art. 73)',
    text: '经本机关主持调解，申请人与被申请人自愿达成如下协议：\n一、被申请人于2024年3月31日前向申请人支付征收补偿款人民币150,000元；\n二、申请人放弃其他行政复议请求。',
    categories: ['MEDIATED'],
    primary: 'MEDIATED',
    lost: false,
  },
];

const widths: Case[] = [
  {
    name: 'full-width items on one line',
    text: '一、撤销被告某某市住房和城乡建设局作出的某建罚字〔２０２３〕第９号行政处罚决定；二、驳回原告某某房地产开发有限公司的其他诉讼请求。',
    categories: ['REVOKED', 'CLAIMS_REJECTED'],
    primary: 'REVOKED',
    lost: true,
    evidence: [
      '撤销被告某某市住房和城乡建设局作出的某建罚字〔２０２３〕第９号行政处罚决定',
      '驳回原告某某房地产开发有限公司的其他诉讼请求',
    ],
  },
  {
    name: 'half-width items 1. 2. and ; ,',
    text: '1.撤销被告某某区人民政府作出的某政征决〔2022〕3号房屋征收决定;2.驳回原告邓**的其他诉讼请求.案件受理费50元,由被告某某区人民政府负担.',
    categories: ['REVOKED', 'CLAIMS_REJECTED'],
    primary: 'REVOKED',
    lost: true,
    evidence: ['撤销被告某某区人民政府作出的某政征决〔2022〕3号房屋征收决定', '驳回原告邓**的其他诉讼请求'],
  },
  {
    name: 'full-width digits in a court number: 撤销（２０２３）…行初…号行政判决 is a reversal',
    text: '一、撤销某某县人民法院（２０２３）皖１２２１行初３３号行政判决；二、驳回被上诉人汪**的诉讼请求。',
    categories: ['REVERSED', 'CLAIMS_REJECTED'],
    primary: 'CLAIMS_REJECTED',
    lost: false,
  },
  {
    name: '判决如下： with inline items and full-width colon',
    text: '依照《中华人民共和国行政诉讼法》第七十四条第二款第（一）项之规定，判决如下：一、确认被告某某街道办事处拆除原告围墙的行为违法；二、驳回原告曾**的其他诉讼请求。',
    categories: ['CONFIRMED_ILLEGAL', 'CLAIMS_REJECTED'],
    primary: 'CONFIRMED_ILLEGAL',
    lost: true,
    evidence: ['确认被告某某街道办事处拆除原告围墙的行为违法', '驳回原告曾**的其他诉讼请求'],
  },
];

const unknowns: Case[] = [
  { name: 'empty string', text: '', categories: ['UNKNOWN'], primary: 'UNKNOWN', lost: null, evidence: [] },
  { name: 'whitespace', text: ' \n\u3000 ', categories: ['UNKNOWN'], primary: 'UNKNOWN', lost: null, evidence: [] },
  {
    name: 'reasoning, not an operative part',
    text: '本院认为，被诉行政行为认定事实清楚，证据确凿，适用法律正确。',
    categories: ['UNKNOWN'],
    primary: 'UNKNOWN',
    lost: null,
    evidence: [],
  },
  {
    name: 'only costs and appeal rights',
    text: `案件受理费50元，由被告某某县人民政府负担。\n${APPEAL_TO_INTERMEDIATE}`,
    categories: ['UNKNOWN'],
    primary: 'UNKNOWN',
    lost: null,
    evidence: [],
  },
  {
    name: 'interlocutory ruling (驳回管辖权异议) is not an outcome of the case',
    text: '驳回被告某某市人民政府对本案管辖权提出的异议。',
    categories: ['UNKNOWN'],
    primary: 'UNKNOWN',
    lost: null,
    evidence: [],
  },
];

describe.each([
  ['reconsideration decisions', reconsideration],
  ['full-width and half-width text', widths],
  ['unknown text', unknowns],
])('classifyOutcome: %s', (_group, cases) => {
  it.each(cases)('$name', ({ text, categories, primary, lost, evidence }) => {
    const result = classifyOutcome(text);
    expect(result.categories).toEqual(categories);
    expect(result.primary).toBe(primary);
    expect(result.governmentLost).toBe(lost);
    if (evidence) expect(result.evidence).toEqual(evidence);
    for (const quote of result.evidence) {
      expect(text).toContain(quote);
      expect(quote).toBe(quote.trim());
    }
    if (primary !== 'UNKNOWN') expect(result.evidence.length).toBeGreaterThan(0);
  });
});
