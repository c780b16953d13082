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
const APPEAL_RULING = '如不服本裁定，可以在裁定书送达之日起十日内，向本院递交上诉状，上诉于某某省高级人民法院。';

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
  ['first-instance judgments', firstInstance],
  ['first-instance rulings and mediation', rulings],
  ['appeals', appeals],
  ['retrial', retrials],
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
