import { describe, expect, it } from 'vitest';
import type { OutcomeCategory } from './categories.js';
import { classifyOutcome } from './classify.js';

/**
 * A labelled corpus of outcome sentences: operative parts of judgments and rulings, and the narrative sentences of
 * court reports and news (法院判决确认协议无效). Modelled on published texts, with the kinds a held-out test of real
 * texts found wrong. Labels are worked out by hand from 行政诉讼法 arts. 69–78 and 89 and 适用行政诉讼法的解释, not taken
 * from the classifier: the exact category set, and whether the agency lost (null = the effective result lies in
 * another instance's judgment).
 */
type Row = readonly [text: string, categories: readonly OutcomeCategory[], lost: boolean | null];

const CORPUS: readonly Row[] = [
  // judgments of first instance (arts. 69–78)
  ['判决如下：驳回原告李某某的诉讼请求。案件受理费50元，由原告负担。', ['CLAIMS_REJECTED'], false],
  [
    '一、撤销被告某市自然资源和规划局作出的某自然资规罚〔2021〕12号行政处罚决定；二、责令被告于本判决生效之日起六十日内重新作出处理决定。',
    ['REVOKED'],
    true,
  ],
  ['确认被告某区人民政府于2020年6月12日强制拆除原告房屋的行为违法。', ['CONFIRMED_ILLEGAL'], true],
  ['确认被告某镇人民政府与原告签订的《房屋征收补偿安置协议》无效。', ['CONFIRMED_VOID'], true],
  ['责令被告某县公安局于本判决生效之日起三十日内对原告的举报作出处理。', ['ORDERED_TO_PERFORM'], true],
  [
    '被告某县人力资源和社会保障局于本判决生效之日起三十日内向原告支付工亡职工供养亲属抚恤金12,600元。',
    ['ORDERED_TO_PAY'],
    true,
  ],
  ['变更被告某市市场监督管理局作出的某市监罚〔2022〕8号行政处罚决定中罚款20万元为罚款5万元。', ['ALTERED'], true],
  ['被告某区人民政府继续履行与原告签订的《国有土地上房屋征收补偿协议》。', ['AGREEMENT_REMEDY'], true],
  ['裁定如下：驳回原告王某某的起诉。', ['SUIT_DISMISSED'], false],
  ['驳回原告某某科技有限公司要求确认被告行为违法的诉讼请求。', ['CLAIMS_REJECTED'], false],
  [
    '一、撤销被告某县人民政府颁发给第三人王某某的某集用（2015）第0123号《集体土地使用证》；二、驳回原告的其他诉讼请求。',
    ['REVOKED', 'CLAIMS_REJECTED'],
    true,
  ],
  [
    '被告某市住房保障和房产管理局于本判决生效之日起十五日内对原告提出的政府信息公开申请重新作出答复。',
    ['ORDERED_TO_PERFORM'],
    true,
  ],
  [
    '经调解，双方自愿达成如下协议：一、被告某区人民政府于2022年5月30日前向原告支付补偿款120万元；二、原告撤回起诉。',
    ['MEDIATED'],
    false,
  ],
  // appeal and retrial (art. 89)
  ['驳回上诉，维持原判。', ['APPEAL_DISMISSED'], null],
  [
    '一、撤销某市某区人民法院（2021）苏0102行初88号行政判决；二、撤销被告某区住房和城乡建设局作出的某建罚〔2020〕5号行政处罚决定。',
    ['REVERSED', 'REVOKED'],
    true,
  ],
  ['撤销某县人民法院（2020）湘0521行初12号行政判决，发回某县人民法院重审。', ['REMANDED'], null],
  ['驳回再审申请人王某某的再审申请。', ['RETRIAL_APPLICATION_DISMISSED'], null],
  // narrative sentences of reports and news
  ['法院判决确认协议无效。', ['CONFIRMED_VOID'], true],
  ['法院判决撤销了某县人民政府颁发给李某的集体土地使用证。', ['REVOKED'], true],
  ['法院一审判决某区城市管理局强制拆除行为违法。', ['CONFIRMED_ILLEGAL'], true],
  ['经审理，某市中级人民法院判决确认某区人民政府作出的征收决定违法。', ['CONFIRMED_ILLEGAL'], true],
  ['某区人民法院审理后判决驳回了原告的诉讼请求。', ['CLAIMS_REJECTED'], false],
  ['法院裁定准许原告撤回起诉。', ['WITHDRAWN'], false],
  ['二审法院判决驳回上诉、维持原判。', ['APPEAL_DISMISSED'], null],
  ['法院判决撤销被告作出的《工伤认定决定书》，并责令其重新作出认定。', ['REVOKED'], true],
  ['法院判决某镇人民政府对李某房屋实施强制拆除的行为违法。', ['CONFIRMED_ILLEGAL'], true],
  ['法院判令某区人民政府赔偿原告经济损失20万元。', ['COMPENSATION_ORDERED'], true],
  // compensation (art. 76) is not a payment obligation (art. 73), and never "not lost"
  ['被告某区人民政府于本判决生效之日起三十日内赔偿原告李某某房屋损失356,000元。', ['COMPENSATION_ORDERED'], true],
  [
    '一、某县人民政府于本判决生效之日起十五日内赔偿原告王某明财产损失82,000元；二、驳回原告王某明的其他诉讼请求。',
    ['COMPENSATION_ORDERED', 'CLAIMS_REJECTED'],
    true,
  ],
  [
    '一、被告某区城市管理局赔偿原告经营损失人民币12,000元；二、驳回原告的其他赔偿请求。',
    ['COMPENSATION_ORDERED', 'CLAIMS_REJECTED'],
    true,
  ],
  [
    '某县人民政府赔偿原告王某明财产损失5万元；驳回原告其他诉讼请求。',
    ['COMPENSATION_ORDERED', 'CLAIMS_REJECTED'],
    true,
  ],
  ['被告某市某区人民政府支付原告房屋及附属物损失共计268,500元。', ['COMPENSATION_ORDERED'], true],
  [
    '一、确认被告某街道办事处强制拆除原告房屋的行为违法；二、被告某街道办事处于本判决生效之日起三十日内赔偿原告室内物品损失30,000元；三、驳回原告其他诉讼请求。',
    ['CONFIRMED_ILLEGAL', 'COMPENSATION_ORDERED', 'CLAIMS_REJECTED'],
    true,
  ],
  [
    '被告某县民政局于本判决生效之日起十五日内向原告发放2020年1月至2021年6月的最低生活保障金。',
    ['ORDERED_TO_PAY'],
    true,
  ],
  ['被告某市人力资源和社会保障局于本判决生效之日起三十日内向原告支付见义勇为奖励金5,000元。', ['ORDERED_TO_PAY'], true],
  // a ruling refusing the case revoked, the lower court ordered to hear it: a remand
  ['一、撤销某市某区人民法院（2020）苏0102行初45号行政裁定；二、指令某市某区人民法院受理本案。', ['REMANDED'], null],
  ['一、撤销某县人民法院（2021）皖1122行初7号不予立案行政裁定；二、本案由某县人民法院立案受理。', ['REMANDED'], null],
  ['撤销某区人民法院（2022）浙0106行初301号行政裁定，指令某区人民法院继续审理。', ['REMANDED'], null],
  // a retrial that revokes the appeal judgment and upholds the first instance: a reversal only
  [
    '一、撤销某省高级人民法院（2019）苏行终123号行政判决；二、维持某市中级人民法院（2018）苏01行初45号行政判决。',
    ['REVERSED'],
    null,
  ],
  [
    '一、撤销本院（2018）鲁行终567号行政判决；二、维持某市中级人民法院（2017）鲁02行初23号行政判决。',
    ['REVERSED'],
    null,
  ],
  // performance of a duty to pay: both
  [
    '被告某县人力资源和社会保障局应于本判决生效之日起六十日内履行向原告支付工伤保险待遇的法定职责。',
    ['ORDERED_TO_PERFORM', 'ORDERED_TO_PAY'],
    true,
  ],
  ['被告某区社会保险事业管理中心应履行支付原告基本养老金的职责。', ['ORDERED_TO_PERFORM', 'ORDERED_TO_PAY'], true],
  // a violation confirmed at the end of a long sentence with full-width digits
  [
    '确认被告某市某区人民政府于２０１８年１２月３日，组织人员，对原告位于某村１组的房屋（建筑面积１２０平方米），以及院内附属设施、树木，实施强制拆除的行为违法。',
    ['CONFIRMED_ILLEGAL'],
    true,
  ],
  [
    '一、确认被告某县自然资源局于２０１９年１１月２５日作出的某自然资告字〔２０１９〕第３２号《责令限期拆除通知书》，以及于２０２０年１月８日，对原告位于某镇某村的养殖场，实施强制拆除的行为违法；二、驳回原告的其他诉讼请求。',
    ['CONFIRMED_ILLEGAL', 'CLAIMS_REJECTED'],
    true,
  ],
  // the withdrawal of the suit itself, in any instance, is not a loss; a withdrawn appeal leaves the first instance
  ['准许原告张某某撤回起诉。', ['WITHDRAWN'], false],
  [
    '一、撤销某市某区人民法院（2021）苏0102行初88号行政判决；二、准许被上诉人（原审原告）王某明撤回起诉。',
    ['REVERSED', 'WITHDRAWN'],
    false,
  ],
  ['撤销某区人民法院（2021）苏0102行初88号行政判决，准许王某明撤回起诉。', ['REVERSED', 'WITHDRAWN'], false],
  [
    '一、撤销本院（2020）浙行终1201号行政判决及某市中级人民法院（2019）浙01行初567号行政判决；二、准许再审申请人李某某撤回起诉。',
    ['REVERSED', 'WITHDRAWN'],
    false,
  ],
  ['准许上诉人王某某撤回上诉。', ['WITHDRAWN'], null],
  ['原告于2021年3月向法院申请撤回起诉，法院裁定准许。', ['WITHDRAWN'], false],
  ['本案按原告李某撤诉处理。', ['WITHDRAWN'], false],
];

describe('outcome corpus (goals: loss flag ≥ 95%, exact category set ≥ 90%)', () => {
  it('has at least 40 sentences', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  it('meets the goals', () => {
    let lossRight = 0;
    let setRight = 0;
    const wrong: string[] = [];
    for (const [text, categories, lost] of CORPUS) {
      const r = classifyOutcome(text);
      const sameSet = r.categories.length === categories.length && categories.every((c) => r.categories.includes(c));
      if (r.governmentLost === lost) lossRight++;
      if (sameSet) setRight++;
      if (!sameSet || r.governmentLost !== lost) {
        wrong.push(
          `${text.slice(0, 40)}…: ${r.categories.join('+')} ${r.governmentLost} ≠ ${categories.join('+')} ${lost}`,
        );
      }
    }
    const pct = (k: number) => `${((k / CORPUS.length) * 100).toFixed(1)}%`;
    console.info(
      `outcomes: loss flag ${lossRight}/${CORPUS.length} (${pct(lossRight)}), category set ${setRight}/${CORPUS.length} ` +
        `(${pct(setRight)})${wrong.length ? `\n  ${wrong.join('\n  ')}` : ''}`,
    );
    expect(lossRight / CORPUS.length).toBeGreaterThanOrEqual(0.95);
    expect(setRight / CORPUS.length).toBeGreaterThanOrEqual(0.9);
  });
});
