import { describe, expect, it } from 'vitest';
import type { OutcomeCategory } from './categories.js';
import { classifyOutcome } from './classify.js';

/** Rulings and mediation of the first instance, appeals and retrials (the classifier's tables are split by kind of decision: classify*.test.ts). */

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

const APPEAL_RULING = '如不服本裁定，可以在裁定书送达之日起十日内，向本院递交上诉状，上诉于某某省高级人民法院。';

const rulings: Case[] = [
  {
    name: '驳回起诉 (not CLAIMS_REJECTED)',
    text: `驳回原告某某商贸有限公司的起诉。\n案件受理费50元，予以退还。\n${APPEAL_RULING}`,
    categories: ['SUIT_DISMISSED'],
    primary: 'SUIT_DISMISSED',
    lost: false,
    evidence: ['驳回原告某某商贸有限公司的起诉'],
  },
  {
    name: '不予立案',
    text: `对起诉人李**的起诉，本院不予立案。\n${APPEAL_RULING}`,
    categories: ['NOT_ACCEPTED'],
    primary: 'NOT_ACCEPTED',
    lost: false,
    evidence: ['对起诉人李**的起诉，本院不予立案'],
  },
  {
    name: '不予受理',
    text: '对张**的起诉，本院不予受理。',
    categories: ['NOT_ACCEPTED'],
    primary: 'NOT_ACCEPTED',
    lost: false,
  },
  {
    name: '准许撤诉',
    text: '准许原告孙**撤回起诉。\n案件受理费50元，减半收取计25元，由原告孙**负担。',
    categories: ['WITHDRAWN'],
    primary: 'WITHDRAWN',
    lost: false,
    evidence: ['准许原告孙**撤回起诉'],
  },
  {
    name: '按撤诉处理',
    text: '本案按原告林**撤诉处理。',
    categories: ['WITHDRAWN'],
    primary: 'WITHDRAWN',
    lost: false,
  },
  {
    name: '撤诉 after the agency revoked its act (撤诉规定 art. 3(3))',
    text:
      '被告某某市市场监督管理局在诉讼中撤销了被诉的某市监罚〔2023〕56号行政处罚决定，原告某某餐饮管理有限公司以被告已改变被诉行政行为为由申请撤回起诉，符合法律规定。\n' +
      '准许原告某某餐饮管理有限公司撤回起诉。\n案件受理费50元，减半收取计25元，由原告负担。',
    categories: ['WITHDRAWN_AFTER_CHANGE'],
    primary: 'WITHDRAWN_AFTER_CHANGE',
    lost: false,
    evidence: [
      '被告某某市市场监督管理局在诉讼中撤销了被诉的某市监罚〔2023〕56号行政处罚决定，原告某某餐饮管理有限公司以被告已改变被诉行政行为为由申请撤回起诉，符合法律规定',
      '准许原告某某餐饮管理有限公司撤回起诉',
    ],
  },
  {
    name: '被告改变被诉行政行为，原告申请撤诉，准许 (the issue’s wording)',
    text: '被告改变被诉行政行为，原告申请撤诉，准许。',
    categories: ['WITHDRAWN_AFTER_CHANGE'],
    primary: 'WITHDRAWN_AFTER_CHANGE',
    lost: false,
    evidence: ['被告改变被诉行政行为，原告申请撤诉，准许'],
  },
  {
    name: '撤诉 after the agency performed its duty (撤诉规定 art. 4(1))',
    text:
      '被告某某区住房和城乡建设局已于2023年9月1日依原告申请作出责令限期拆除决定，原告马**申请撤回起诉。\n' +
      '准许原告马**撤回起诉。',
    categories: ['WITHDRAWN_AFTER_CHANGE'],
    primary: 'WITHDRAWN_AFTER_CHANGE',
    lost: false,
  },
  {
    name: 'a withdrawal for the plaintiff’s own reasons stays WITHDRAWN',
    text: '原告沈**以其与第三人之间的纠纷已处理完毕为由申请撤回起诉。\n准许原告沈**撤回起诉。',
    categories: ['WITHDRAWN'],
    primary: 'WITHDRAWN',
    lost: false,
    evidence: ['准许原告沈**撤回起诉'],
  },
  {
    name: '终结诉讼',
    text: '本案终结诉讼。\n本裁定送达后即发生法律效力。',
    categories: ['TERMINATED'],
    primary: 'TERMINATED',
    lost: null,
    evidence: ['本案终结诉讼'],
  },
  {
    name: '调解书 with agreed payment: MEDIATED, the terms are not orders',
    text:
      '本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议：\n' +
      '一、被告某某县人民政府于2023年12月31日前一次性补偿原告徐**房屋及附属物损失共计人民币320,000元；\n' +
      '二、原告徐**放弃其他诉讼请求。\n' +
      '案件受理费50元，减半收取计25元，由被告某某县人民政府负担。\n' +
      '上述协议，不违反法律规定，本院予以确认。\n' +
      '本调解书经双方当事人签收后，即具有法律效力。',
    categories: ['MEDIATED'],
    primary: 'MEDIATED',
    lost: false,
    evidence: ['本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议'],
  },
  {
    name: '调解: 当事人自愿达成协议如下 in one clause',
    text: '经本院主持调解，当事人自愿达成协议如下：被告某某市社会保险事业管理中心于本调解书生效之日起十日内向原告韩**支付2022年度养老保险待遇差额8,600元。',
    categories: ['MEDIATED'],
    primary: 'MEDIATED',
    lost: false,
  },
];

const appeals: Case[] = [
  {
    name: '驳回上诉，维持原判',
    text: '驳回上诉，维持原判。\n二审案件受理费50元，由上诉人某某市人力资源和社会保障局负担。\n本判决为终审判决。',
    categories: ['APPEAL_DISMISSED'],
    primary: 'APPEAL_DISMISSED',
    lost: null,
    evidence: ['驳回上诉，维持原判'],
  },
  {
    name: '驳回上诉，维持原裁定',
    text: '驳回上诉，维持原裁定。\n本裁定为终审裁定。',
    categories: ['APPEAL_DISMISSED'],
    primary: 'APPEAL_DISMISSED',
    lost: null,
  },
  {
    name: 'reversal that itself revokes the act: REVERSED + REVOKED, a loss',
    text:
      '一、撤销某某市某某区人民法院（2023）浙0102行初156号行政判决；\n' +
      '二、撤销被上诉人某某市某某区市场监督管理局作出的某市监处罚〔2022〕89号行政处罚决定；\n' +
      '三、驳回上诉人某某贸易有限公司的其他诉讼请求。\n' +
      '一、二审案件受理费各50元，均由被上诉人某某市某某区市场监督管理局负担。\n本判决为终审判决。',
    categories: ['REVERSED', 'REVOKED', 'CLAIMS_REJECTED'],
    primary: 'REVOKED',
    lost: true,
    evidence: [
      '撤销某某市某某区人民法院（2023）浙0102行初156号行政判决',
      '撤销被上诉人某某市某某区市场监督管理局作出的某市监处罚〔2022〕89号行政处罚决定',
      '驳回上诉人某某贸易有限公司的其他诉讼请求',
    ],
  },
  {
    name: 'reversal to a rejection: the effective result is no loss',
    text:
      '一、撤销某某省某某市中级人民法院（2022）苏05行初88号行政判决；\n' +
      '二、驳回被上诉人（原审原告）郑**的诉讼请求。\n' +
      '一、二审案件受理费共计100元，由被上诉人郑**负担。\n本判决为终审判决。',
    categories: ['REVERSED', 'CLAIMS_REJECTED'],
    primary: 'CLAIMS_REJECTED',
    lost: false,
  },
  {
    name: 'reversal and 驳回起诉',
    text: '一、撤销某某市中级人民法院（2022）赣07行初33号行政判决；\n二、驳回某某矿业有限公司的起诉。\n本裁定为终审裁定。',
    categories: ['REVERSED', 'SUIT_DISMISSED'],
    primary: 'SUIT_DISMISSED',
    lost: false,
  },
  {
    name: 'partial reversal without an identifiable outcome on the act',
    text:
      '一、维持某某市某某区人民法院（2022）鲁0203行初45号行政判决第一项；\n' +
      '二、撤销某某市某某区人民法院（2022）鲁0203行初45号行政判决第二项。\n本判决为终审判决。',
    categories: ['REVERSED'],
    primary: 'REVERSED',
    lost: null,
    evidence: ['撤销某某市某某区人民法院（2022）鲁0203行初45号行政判决第二项'],
  },
  {
    name: 'partial affirmance + rejection of the rest: what was affirmed is unknown here',
    text:
      '一、维持某某县人民法院（2023）豫1523行初17号行政判决第一项；\n' +
      '二、撤销某某县人民法院（2023）豫1523行初17号行政判决第二项；\n' +
      '三、驳回上诉人王**的其他诉讼请求。',
    categories: ['REVERSED', 'CLAIMS_REJECTED'],
    primary: 'CLAIMS_REJECTED',
    lost: null,
  },
  {
    name: '变更原判决第二项为：赔偿 — REVERSED + COMPENSATION_ORDERED',
    text: '变更某某市中级人民法院（2022）闽02行初12号行政判决第二项为：被上诉人某某市某某区人民政府于本判决生效之日起三十日内赔偿上诉人陈**房屋损失人民币650,000元。',
    categories: ['REVERSED', 'COMPENSATION_ORDERED'],
    primary: 'COMPENSATION_ORDERED',
    lost: true,
  },
  {
    name: '撤销原判，改判驳回诉讼请求',
    text: '撤销某某县人民法院（2021）晋0826行初5号行政判决，改判驳回原审原告卫**的诉讼请求。',
    categories: ['REVERSED', 'CLAIMS_REJECTED'],
    primary: 'CLAIMS_REJECTED',
    lost: false,
  },
  {
    name: 'court judgment and act revoked in one clause',
    text: '撤销某某县人民法院（2023）湘1121行初9号行政判决及被上诉人某某县林业局作出的某林罚决字〔2022〕第17号林业行政处罚决定。',
    categories: ['REVERSED', 'REVOKED'],
    primary: 'REVOKED',
    lost: true,
  },
  {
    name: '发回重审 absorbs 撤销原判',
    text: '一、撤销某某县人民法院（2023）川0722行初21号行政判决；\n二、本案发回某某县人民法院重审。',
    categories: ['REMANDED'],
    primary: 'REMANDED',
    lost: null,
    evidence: ['本案发回某某县人民法院重审'],
  },
  {
    name: '撤销驳回起诉裁定，指令继续审理 (解释 art. 109)',
    text:
      '一、撤销某某市某某区人民法院（2023）粤0304行初567号行政裁定；\n' +
      '二、本案指令某某市某某区人民法院继续审理。\n本裁定为终审裁定。',
    categories: ['REMANDED'],
    primary: 'REMANDED',
    lost: null,
  },
  {
    name: '准许撤回上诉: the first instance becomes effective, so null',
    text:
      '准许上诉人某某市某某区人民政府撤回上诉。\n一审判决自本裁定书送达之日起发生法律效力。\n' +
      '二审案件受理费50元，减半收取计25元，由上诉人某某市某某区人民政府负担。\n本裁定为终审裁定。',
    categories: ['WITHDRAWN'],
    primary: 'WITHDRAWN',
    lost: null,
    evidence: ['准许上诉人某某市某某区人民政府撤回上诉'],
  },
  {
    name: '按上诉人自动撤回上诉处理',
    text: '本案按上诉人吴**自动撤回上诉处理。\n一审判决自本裁定书送达之日起发生法律效力。\n本裁定为终审裁定。',
    categories: ['WITHDRAWN'],
    primary: 'WITHDRAWN',
    lost: null,
  },
];

const retrials: Case[] = [
  {
    name: '驳回再审申请',
    text: '驳回再审申请人某某市某某区人民政府的再审申请。',
    categories: ['RETRIAL_APPLICATION_DISMISSED'],
    primary: 'RETRIAL_APPLICATION_DISMISSED',
    lost: null,
  },
  {
    name: '提审',
    text: '一、本案由本院提审；\n二、再审期间，中止原判决的执行。',
    categories: ['RETRIAL_ORDERED'],
    primary: 'RETRIAL_ORDERED',
    lost: null,
    evidence: ['本案由本院提审'],
  },
  {
    name: '指令再审',
    text: '一、本案指令某某省高级人民法院再审；\n二、再审期间，中止原判决的执行。',
    categories: ['RETRIAL_ORDERED'],
    primary: 'RETRIAL_ORDERED',
    lost: null,
  },
  {
    name: '终结审查',
    text: '终结本案的审查。',
    categories: ['TERMINATED'],
    primary: 'TERMINATED',
    lost: null,
  },
  {
    name: '准许撤回再审申请',
    text: '准许再审申请人某某县人民政府撤回再审申请。',
    categories: ['WITHDRAWN'],
    primary: 'WITHDRAWN',
    lost: null,
  },
  {
    name: 'retrial judgment: both earlier judgments set aside, act confirmed illegal',
    text:
      '一、撤销本院（2021）冀01行终456号行政判决及某某市某某区人民法院（2020）冀0104行初78号行政判决；\n' +
      '二、确认再审被申请人某某市某某区人民政府作出的房屋征收决定违法。',
    categories: ['REVERSED', 'CONFIRMED_ILLEGAL'],
    primary: 'CONFIRMED_ILLEGAL',
    lost: true,
  },
];

describe.each([
  ['first-instance rulings and mediation', rulings],
  ['appeals', appeals],
  ['retrial', retrials],
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
