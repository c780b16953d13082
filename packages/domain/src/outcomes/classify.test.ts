import { describe, expect, it } from 'vitest';
import type { OutcomeCategory } from './categories.js';
import { classifyOutcome } from './classify.js';

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

const firstInstance: Case[] = [
  {
    name: '撤销 + 驳回其他诉讼请求 (the issue example): a loss',
    text:
      '一、撤销被告某某市自然资源和规划局于2022年3月5日作出的某自然资源罚字〔2022〕12号行政处罚决定；\n' +
      '二、驳回原告张**的其他诉讼请求。\n' +
      '案件受理费50元，由被告某某市自然资源和规划局负担。\n' +
      APPEAL_TO_INTERMEDIATE,
    categories: ['REVOKED', 'CLAIMS_REJECTED'],
    primary: 'REVOKED',
    lost: true,
    evidence: [
      '撤销被告某某市自然资源和规划局于2022年3月5日作出的某自然资源罚字〔2022〕12号行政处罚决定',
      '驳回原告张**的其他诉讼请求',
    ],
  },
  {
    name: '驳回诉讼请求 (art. 69)',
    text: `驳回原告张**的诉讼请求。\n案件受理费50元，由原告张**负担。\n${APPEAL_TO_INTERMEDIATE}`,
    categories: ['CLAIMS_REJECTED'],
    primary: 'CLAIMS_REJECTED',
    lost: false,
    evidence: ['驳回原告张**的诉讼请求'],
  },
  {
    name: 'preamble and 判决如下 heading are skipped',
    text:
      '综上，依照《中华人民共和国行政诉讼法》第六十九条之规定，判决如下：\n' +
      '驳回原告许**的诉讼请求。\n案件受理费50元，由原告许**负担。',
    categories: ['CLAIMS_REJECTED'],
    primary: 'CLAIMS_REJECTED',
    lost: false,
    evidence: ['驳回原告许**的诉讼请求'],
  },
  {
    name: '撤销 + 责令重作 in a separate item: only REVOKED (art. 70)',
    text:
      '一、撤销被告某某县人力资源和社会保障局于2022年8月12日作出的某人社工认〔2022〕45号《不予认定工伤决定书》；\n' +
      '二、责令被告某某县人力资源和社会保障局于本判决生效之日起六十日内对第三人某某建筑有限公司职工李**的工伤认定申请重新作出处理。\n' +
      '案件受理费50元，由被告某某县人力资源和社会保障局负担。',
    categories: ['REVOKED'],
    primary: 'REVOKED',
    lost: true,
    evidence: ['撤销被告某某县人力资源和社会保障局于2022年8月12日作出的某人社工认〔2022〕45号《不予认定工伤决定书》'],
  },
  {
    name: '撤销，并责令重新作出 in one clause',
    text: '撤销被告某某市公安局某某分局作出的某公（治）行罚决字〔2023〕0156号行政处罚决定，并责令其在本判决生效之日起三十日内重新作出行政行为。',
    categories: ['REVOKED'],
    primary: 'REVOKED',
    lost: true,
  },
  {
    name: '部分撤销',
    text: '部分撤销被告某某区城市管理和综合执法局作出的某城管罚〔2023〕22号行政处罚决定中没收违法所得的部分。',
    categories: ['REVOKED'],
    primary: 'REVOKED',
    lost: true,
  },
  {
    name: '责令履行法定职责 (art. 72)',
    text:
      '责令被告某某市某某区人民政府在本判决生效之日起六十日内对原告王**提出的《关于查处违法建设的申请》依法履行法定职责。\n' +
      '案件受理费50元，由被告某某市某某区人民政府负担。',
    categories: ['ORDERED_TO_PERFORM'],
    primary: 'ORDERED_TO_PERFORM',
    lost: true,
    evidence: [
      '责令被告某某市某某区人民政府在本判决生效之日起六十日内对原告王**提出的《关于查处违法建设的申请》依法履行法定职责',
    ],
  },
  {
    name: '被告…于…日内作出答复 (information disclosure)',
    text: '被告某某市自然资源和规划局于本判决生效之日起十五个工作日内对原告刘**于2023年2月1日提出的政府信息公开申请作出答复。',
    categories: ['ORDERED_TO_PERFORM'],
    primary: 'ORDERED_TO_PERFORM',
    lost: true,
  },
  {
    name: '公开 order, half-width punctuation; 补偿 in the information requested is not a payment',
    text:
      '一.被告某某县人民政府于本判决生效之日起15日内向原告陈**公开其申请的某某村土地征收补偿安置方案;\n' +
      '二.驳回原告陈**的其他诉讼请求.',
    categories: ['ORDERED_TO_PERFORM', 'CLAIMS_REJECTED'],
    primary: 'ORDERED_TO_PERFORM',
    lost: true,
    evidence: [
      '被告某某县人民政府于本判决生效之日起15日内向原告陈**公开其申请的某某村土地征收补偿安置方案',
      '驳回原告陈**的其他诉讼请求',
    ],
  },
  {
    name: '责令…依法作出处理 without a deadline',
    text: '责令被告某某县公安局对原告杨**的报警求助依法作出处理。',
    categories: ['ORDERED_TO_PERFORM'],
    primary: 'ORDERED_TO_PERFORM',
    lost: true,
  },
  {
    name: '给付义务: pension (art. 73)',
    text: '被告某某市某某区退役军人事务局于本判决生效之日起三十日内向原告赵**支付2021年1月至2022年12月的伤残抚恤金共计人民币24,360元。',
    categories: ['ORDERED_TO_PAY'],
    primary: 'ORDERED_TO_PAY',
    lost: true,
  },
  {
    name: '给付义务: subsidy, with rejection of the rest',
    text:
      '一、责令被告某某县民政局于本判决生效之日起十日内向原告孙**补发2022年度最低生活保障金6,480元；\n' +
      '二、驳回原告孙**的其他诉讼请求。',
    categories: ['ORDERED_TO_PAY', 'CLAIMS_REJECTED'],
    primary: 'ORDERED_TO_PAY',
    lost: true,
  },
  {
    name: '确认违法 (art. 74)',
    text:
      '确认被告某某市某某区人民政府于2021年6月10日对原告周**位于某某街道某某村的房屋实施强制拆除的行为违法。\n' +
      '案件受理费50元，由被告某某市某某区人民政府负担。',
    categories: ['CONFIRMED_ILLEGAL'],
    primary: 'CONFIRMED_ILLEGAL',
    lost: true,
    evidence: ['确认被告某某市某某区人民政府于2021年6月10日对原告周**位于某某街道某某村的房屋实施强制拆除的行为违法'],
  },
  {
    name: '确认违法，但不撤销，保留效力 (art. 74(1)): not REVOKED',
    text: '确认被告某某市生态环境局作出的某环罚〔2022〕33号行政处罚决定违法，但不撤销该行政处罚决定，其效力予以保留。',
    categories: ['CONFIRMED_ILLEGAL'],
    primary: 'CONFIRMED_ILLEGAL',
    lost: true,
  },
  {
    name: '确认违法 + 赔偿 + 驳回其他',
    text:
      '一、确认被告某某镇人民政府于2022年4月18日强制拆除原告吴**所有的养殖大棚的行为违法；\n' +
      '二、被告某某镇人民政府于本判决生效之日起三十日内赔偿原告吴**养殖大棚及棚内物品损失共计人民币186,500元；\n' +
      '三、驳回原告吴**的其他诉讼请求。\n' +
      '案件受理费50元，由被告某某镇人民政府负担。',
    categories: ['CONFIRMED_ILLEGAL', 'COMPENSATION_ORDERED', 'CLAIMS_REJECTED'],
    primary: 'CONFIRMED_ILLEGAL',
    lost: true,
  },
  {
    name: '行政赔偿 alone (单独赔偿)',
    text: '被告某某市某某区人民政府于本判决生效之日起三十日内赔偿原告郑**房屋损失人民币452,300元。',
    categories: ['COMPENSATION_ORDERED'],
    primary: 'COMPENSATION_ORDERED',
    lost: true,
  },
  {
    name: '确认违法 + 责令采取补救措施 (art. 76)',
    text:
      '一、确认被告某某县自然资源局注销原告冯**不动产权证书的行为违法；\n' +
      '二、责令被告某某县自然资源局于本判决生效之日起九十日内采取补救措施。',
    categories: ['CONFIRMED_ILLEGAL', 'COMPENSATION_ORDERED'],
    primary: 'CONFIRMED_ILLEGAL',
    lost: true,
  },
  {
    name: '确认无效 (art. 75)',
    text: '确认被告某某镇人民政府于2020年9月3日作出的某政发〔2020〕18号《关于收回原告集体土地使用权的决定》无效。',
    categories: ['CONFIRMED_VOID'],
    primary: 'CONFIRMED_VOID',
    lost: true,
  },
  {
    name: '变更 (art. 77)',
    text: '变更被告某某市公安局某某分局作出的某公（治）行罚决字〔2023〕2345号行政处罚决定中“罚款二千元”为“罚款五百元”。',
    categories: ['ALTERED'],
    primary: 'ALTERED',
    lost: true,
  },
  {
    name: '将…变更为罚款…元',
    text: '将被告某某县市场监督管理局作出的某市监罚〔2022〕78号行政处罚决定第二项“罚款10万元”变更为“罚款3万元”。',
    categories: ['ALTERED'],
    primary: 'ALTERED',
    lost: true,
  },
  {
    name: '行政协议 继续履行 (art. 78)',
    text: '被告某某县人民政府于本判决生效之日起三十日内继续履行其与原告某某食品有限公司于2018年5月20日签订的《招商引资协议书》第五条约定的义务。',
    categories: ['AGREEMENT_REMEDY'],
    primary: 'AGREEMENT_REMEDY',
    lost: true,
  },
  {
    name: '行政协议: 确认解除违法 + 赔偿损失',
    text:
      '一、确认被告某某区人民政府单方解除与原告钱**签订的《国有土地上房屋征收补偿协议》的行为违法；\n' +
      '二、被告某某区人民政府于本判决生效之日起六十日内赔偿原告钱**因解除协议造成的损失人民币80,000元。',
    categories: ['CONFIRMED_ILLEGAL', 'AGREEMENT_REMEDY'],
    primary: 'AGREEMENT_REMEDY',
    lost: true,
  },
  {
    name: '行政协议: 解除合法但给予补偿 (art. 78 para. 2)',
    text: '被告某某市某某区住房和城乡建设局于本判决生效之日起三十日内就解除《保障性住房租赁合同》给予原告何**补偿人民币12,000元。',
    categories: ['AGREEMENT_REMEDY'],
    primary: 'AGREEMENT_REMEDY',
    lost: true,
  },
  {
    name: '撤销 + 驳回行政赔偿请求',
    text:
      '一、撤销被告某某县综合行政执法局作出的某综执罚〔2023〕5号行政处罚决定；\n' + '二、驳回原告蒋**的行政赔偿请求。',
    categories: ['REVOKED', 'CLAIMS_REJECTED'],
    primary: 'REVOKED',
    lost: true,
  },
  {
    name: 'trap: 撤销 the agency’s 不予受理 decision is REVOKED, not NOT_ACCEPTED; the order to accept is performance',
    text: '撤销被告某某市人民政府作出的某政复不受字〔2023〕7号《不予受理行政复议申请决定书》，责令被告某某市人民政府于本判决生效之日起五日内受理原告黄**的行政复议申请。',
    categories: ['REVOKED', 'ORDERED_TO_PERFORM'],
    primary: 'REVOKED',
    lost: true,
  },
  {
    name: 'trap: 驳回…要求撤销…的诉讼请求 is a rejection',
    text: '驳回原告某某置业有限公司要求撤销被告某某市住房和城乡建设局作出的某建罚〔2022〕9号行政处罚决定的诉讼请求。',
    categories: ['CLAIMS_REJECTED'],
    primary: 'CLAIMS_REJECTED',
    lost: false,
  },
  {
    name: 'trap: 驳回…要求确认违法及赔偿的诉讼请求 is a rejection',
    text: '驳回原告曹**要求确认被告强制拆除行为违法及赔偿损失10万元的诉讼请求。',
    categories: ['CLAIMS_REJECTED'],
    primary: 'CLAIMS_REJECTED',
    lost: false,
  },
  {
    name: 'trap: 驳回…要求于三十日内支付…的诉讼请求 is not an order to pay',
    text: '驳回原告严**要求被告某某市社会保险事业管理中心于三十日内支付丧葬补助金的诉讼请求。',
    categories: ['CLAIMS_REJECTED'],
    primary: 'CLAIMS_REJECTED',
    lost: false,
  },
  {
    name: 'trap: costs borne by the agency are not an order to pay',
    text: '驳回原告某某物流有限公司的诉讼请求。\n案件受理费50元，由被告某某市交通运输局负担。',
    categories: ['CLAIMS_REJECTED'],
    primary: 'CLAIMS_REJECTED',
    lost: false,
    evidence: ['驳回原告某某物流有限公司的诉讼请求'],
  },
  {
    name: 'trap: 逾期不交纳的按自动撤回上诉处理 in the appeal-rights paragraph is no outcome',
    text:
      '驳回原告潘**的诉讼请求。\n案件受理费50元，由原告潘**负担。\n' +
      '如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状，上诉于某某市中级人民法院。上诉人应在提交上诉状时预交上诉案件受理费50元，逾期不交纳的，按自动撤回上诉处理。',
    categories: ['CLAIMS_REJECTED'],
    primary: 'CLAIMS_REJECTED',
    lost: false,
  },
];

describe.each([['first-instance judgments', firstInstance]])('classifyOutcome: %s', (_group, cases) => {
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

describe('classifyOutcome: hidden-loss option', () => {
  const afterChange = '被告改变被诉行政行为，原告申请撤诉，准许。';

  it('counts 撤诉 after a change as a loss only when asked', () => {
    expect(classifyOutcome(afterChange).governmentLost).toBe(false);
    expect(classifyOutcome(afterChange, { countWithdrawalAfterChangeAsLoss: false }).governmentLost).toBe(false);
    expect(classifyOutcome(afterChange, { countWithdrawalAfterChangeAsLoss: true }).governmentLost).toBe(true);
  });

  it('does not touch a plain withdrawal or a withdrawn appeal', () => {
    const options = { countWithdrawalAfterChangeAsLoss: true };
    expect(classifyOutcome('准许原告孙**撤回起诉。', options).governmentLost).toBe(false);
    expect(classifyOutcome('准许上诉人某某县人民政府撤回上诉。', options).governmentLost).toBeNull();
  });
});

describe('classifyOutcome: results are fresh objects', () => {
  it('does not share arrays between calls', () => {
    const a = classifyOutcome('');
    a.categories.push('REVOKED');
    expect(classifyOutcome('').categories).toEqual(['UNKNOWN']);
  });
});
