import { describe, expect, it } from 'vitest';
import { classifyReconsideration } from './classifyReconsideration.js';
import type { ReconsiderationOutcome } from './reconsideration.js';

/**
 * Operative parts written the way 复议机关 write them (行政复议决定书, 调解书, 终止通知). Expected results are worked out by
 * hand from 行政复议法 2023 arts. 30, 33, 41, 63–74, not taken from the classifier's output.
 */
type Row = [
  name: string,
  text: string,
  categories: (ReconsiderationOutcome | 'UNKNOWN')[],
  primary: ReconsiderationOutcome | 'UNKNOWN',
  lost: boolean | null,
];

const RIGHTS = '申请人如不服本决定，可以自收到本决定书之日起十五日内依法向人民法院提起行政诉讼。';
const REASONS =
  '申请人请求：撤销被申请人作出的某市监罚〔2026〕12号行政处罚决定。申请人称：被申请人认定事实不清。' +
  '被申请人称：该处罚决定事实清楚，证据确凿。本机关认为：被申请人作出的处罚决定认定事实不清，证据不足。';

const ROWS: Row[] = [
  [
    '撤销 + 责令重作 (第六十四条): one correction',
    `${REASONS}根据《中华人民共和国行政复议法》第六十四条第一款第一项的规定，本机关决定：撤销被申请人作出的某市监罚〔2026〕12号行政处罚决定，责令被申请人在六十日内重新作出行政行为。${RIGHTS}`,
    ['RECON_REVOKED'],
    'RECON_REVOKED',
    true,
  ],
  [
    '部分撤销 in numbered items',
    '经审查，本机关决定如下：\n一、部分撤销被申请人作出的某自然资罚〔2026〕5号行政处罚决定中罚款20000元的部分；\n二、维持该决定的其他内容。',
    ['RECON_REVOKED', 'RECON_UPHELD'],
    'RECON_REVOKED',
    true,
  ],
  [
    '维持 (第六十八条), the request quoted before it is not a revocation',
    `${REASONS.replace('认定事实不清，证据不足', '认定事实清楚')}根据《中华人民共和国行政复议法》第六十八条的规定，本机关决定：维持被申请人作出的某市监罚〔2026〕12号行政处罚决定。${RIGHTS}`,
    ['RECON_UPHELD'],
    'RECON_UPHELD',
    false,
  ],
  [
    '维持 with 予以维持 at the end',
    '本机关决定：被申请人于2026年3月1日作出的某公（交）决字〔2026〕88号行政处罚决定，予以维持。',
    ['RECON_UPHELD'],
    'RECON_UPHELD',
    false,
  ],
  [
    '驳回行政复议申请 (第三十三条)',
    '根据《中华人民共和国行政复议法》第三十三条的规定，本机关决定：驳回申请人王某明的行政复议申请。',
    ['RECON_APPLICATION_DISMISSED'],
    'RECON_APPLICATION_DISMISSED',
    false,
  ],
  [
    '驳回行政复议请求 (第六十九条: no such duty)',
    '本机关决定：驳回申请人要求被申请人履行查处职责的行政复议请求。',
    ['RECON_CLAIM_REJECTED'],
    'RECON_CLAIM_REJECTED',
    false,
  ],
  [
    '变更 (第六十三条)',
    '本机关决定：变更被申请人作出的某市监罚〔2026〕9号行政处罚决定，将罚款50000元变更为罚款20000元。',
    ['RECON_ALTERED'],
    'RECON_ALTERED',
    true,
  ],
  [
    '变更 as 将…变更为',
    '本机关决定：将被申请人作出的某公决字〔2026〕7号行政拘留十日的处罚变更为行政拘留五日。',
    ['RECON_ALTERED'],
    'RECON_ALTERED',
    true,
  ],
  [
    '确认违法 (第六十五条)',
    '本机关决定：确认被申请人于2026年1月5日强制拆除申请人房屋的行为违法。',
    ['RECON_CONFIRMED_ILLEGAL'],
    'RECON_CONFIRMED_ILLEGAL',
    true,
  ],
  [
    '确认无效 (第六十七条)',
    '本机关决定：确认被申请人作出的某乡政发〔2025〕3号处理决定无效。',
    ['RECON_CONFIRMED_VOID'],
    'RECON_CONFIRMED_VOID',
    true,
  ],
  [
    '责令履行 (第六十六条)',
    '本机关决定：责令被申请人自收到本决定书之日起十五个工作日内对申请人的政府信息公开申请作出答复。',
    ['RECON_ORDERED_TO_PERFORM'],
    'RECON_ORDERED_TO_PERFORM',
    true,
  ],
  [
    '确认违法 + 赔偿 (第七十二条): compensation goes with the correction',
    '本机关决定：一、确认被申请人扣押申请人车辆的行为违法；二、被申请人于本决定书送达之日起三十日内赔偿申请人损失3,000元。',
    ['RECON_CONFIRMED_ILLEGAL'],
    'RECON_CONFIRMED_ILLEGAL',
    true,
  ],
  [
    '维持 + 驳回行政赔偿请求 (第七十二条): the rejection is accessory',
    '本机关决定：一、维持被申请人作出的行政处罚决定；二、驳回申请人的行政赔偿请求。',
    ['RECON_UPHELD'],
    'RECON_UPHELD',
    false,
  ],
  [
    '行政协议 (第七十一条)',
    '本机关决定：责令被申请人继续履行与申请人签订的《国有土地上房屋征收补偿协议》。',
    ['RECON_AGREEMENT_REMEDY'],
    'RECON_AGREEMENT_REMEDY',
    true,
  ],
  [
    '准予撤回 and 终止 (第四十一条第一项): a withdrawal',
    '申请人于2026年4月2日向本机关提出撤回行政复议申请，经审查，其撤回申请系真实意思表示，本机关决定：准予撤回，终止行政复议。',
    ['RECON_WITHDRAWN'],
    'RECON_WITHDRAWN',
    false,
  ],
  [
    '和解 (第七十四条)',
    '复议期间，申请人与被申请人自愿达成和解，申请人撤回行政复议申请，本机关决定终止行政复议。',
    ['RECON_WITHDRAWN'],
    'RECON_WITHDRAWN',
    false,
  ],
  [
    "终止 for the applicant's death (第四十一条第二项): undecided",
    '鉴于申请人王某明已死亡，其近亲属放弃行政复议权利，根据《中华人民共和国行政复议法》第四十一条第二项的规定，本机关决定：终止行政复议。',
    ['RECON_TERMINATED'],
    'RECON_TERMINATED',
    null,
  ],
  [
    '调解 (第七十三条): the agreed terms are no orders',
    '行政复议调解书\n经本机关主持调解，双方当事人自愿达成如下协议：\n一、被申请人撤销某罚〔2026〕1号处罚决定；\n二、申请人不再就此事申请行政复议。',
    ['RECON_MEDIATED'],
    'RECON_MEDIATED',
    false,
  ],
  [
    '不予受理 (第三十条)',
    '你提出的行政复议申请不符合《中华人民共和国行政复议法》第三十条第一款第（四）项的规定，本机关决定：不予受理。',
    ['RECON_NOT_ACCEPTED'],
    'RECON_NOT_ACCEPTED',
    false,
  ],
  [
    'full-width punctuation and spaces',
    '本机关决定：　撤销被申请人作出的某罚〔２０２６〕３号处罚决定；责令被申请人于三十日内重新作出处理。',
    ['RECON_REVOKED'],
    'RECON_REVOKED',
    true,
  ],
  ['nothing recognisable', '本案已审查完毕。', ['UNKNOWN'], 'UNKNOWN', null],
  ['empty', '', ['UNKNOWN'], 'UNKNOWN', null],
];

describe('classifyReconsideration', () => {
  it.each(ROWS)('%s', (_name, text, categories, primary, lost) => {
    const r = classifyReconsideration(text);
    expect(r.categories).toEqual(categories);
    expect(r.primary).toBe(primary);
    expect(r.governmentLost).toBe(lost);
    for (const quote of r.evidence) expect(text).toContain(quote);
    expect(r.evidence.length === 0).toBe(primary === 'UNKNOWN');
  });

  it('quotes the deciding clause, not the reasons or the appeal rights', () => {
    const r = classifyReconsideration(`${REASONS}本机关决定：维持被申请人作出的处罚决定。${RIGHTS}`);
    expect(r.evidence).toEqual(['维持被申请人作出的处罚决定']);
  });

  it('stays linear on adversarial input', () => {
    const started = performance.now();
    classifyReconsideration('撤销，'.repeat(20_000));
    classifyReconsideration(`将${'变'.repeat(100_000)}`);
    classifyReconsideration('决定：'.repeat(20_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
