import { describe, expect, it } from 'vitest';
import {
  ALL_CASE_OUTCOMES,
  caseOutcomeBasis,
  caseOutcomeLabel,
  classifyOutcomeForKind,
  kindOfOutcome,
  nonLitigationOutcomeLost,
  outcomeFitsKind,
  outcomeForKind,
  outcomesForKind,
} from './byKind.js';
import { OUTCOME_CATEGORIES } from './categories.js';
import {
  RECONSIDERATION_CORRECTIONS,
  RECONSIDERATION_OUTCOME_BASIS,
  RECONSIDERATION_OUTCOME_LABELS,
  RECONSIDERATION_OUTCOMES,
  RECONSIDERATION_PRECEDENCE,
  type ReconsiderationOutcome,
  reconsiderationCorrected,
} from './reconsideration.js';

/** Worked out from 行政复议法 2023 arts. 30, 33, 41, 63–74, not from the code. */
const TABLE: [ReconsiderationOutcome, label: string, article: string, corrected: boolean | null][] = [
  ['RECON_ALTERED', '决定变更', '第63条', true],
  ['RECON_REVOKED', '决定撤销（部分撤销、责令重作）', '第64条', true],
  ['RECON_CONFIRMED_ILLEGAL', '决定确认违法', '第65条', true],
  ['RECON_ORDERED_TO_PERFORM', '责令履行法定职责', '第66条', true],
  ['RECON_CONFIRMED_VOID', '决定确认无效', '第67条', true],
  ['RECON_UPHELD', '决定维持', '第68条', false],
  ['RECON_CLAIM_REJECTED', '驳回行政复议请求', '第69条', false],
  ['RECON_AGREEMENT_REMEDY', '行政协议：责令履行、补救、赔偿或补偿', '第71条', true],
  ['RECON_APPLICATION_DISMISSED', '驳回行政复议申请', '第33条', false],
  ['RECON_NOT_ACCEPTED', '不予受理', '第30条', false],
  ['RECON_MEDIATED', '复议调解', '第73条', false],
  ['RECON_WITHDRAWN', '和解或撤回，准予撤回', '第74条', false],
  ['RECON_TERMINATED', '终止行政复议', '第41条', null],
];

describe('reconsideration outcomes (行政复议法 2023)', () => {
  it('lists each outcome of the table once', () => {
    expect([...RECONSIDERATION_OUTCOMES].sort()).toEqual(TABLE.map(([c]) => c).sort());
    expect([...RECONSIDERATION_PRECEDENCE].sort()).toEqual([...RECONSIDERATION_OUTCOMES].sort());
  });

  it.each(TABLE)('%s: %s, 行政复议法%s, 纠错 %s', (code, label, article, corrected) => {
    expect(RECONSIDERATION_OUTCOME_LABELS[code]).toBe(label);
    expect(RECONSIDERATION_OUTCOME_BASIS[code]).toContain(article);
    expect(RECONSIDERATION_OUTCOME_BASIS[code].startsWith('行政复议法')).toBe(true);
    expect(reconsiderationCorrected(code)).toBe(corrected);
    expect(RECONSIDERATION_CORRECTIONS.includes(code)).toBe(corrected === true);
    expect(nonLitigationOutcomeLost(code)).toBe(corrected);
    expect(caseOutcomeLabel(code)).toBe(label);
    expect(caseOutcomeBasis(code)).toBe(RECONSIDERATION_OUTCOME_BASIS[code]);
  });

  it('speaks as a reconsideration body, never as a court', () => {
    for (const code of RECONSIDERATION_OUTCOMES) {
      expect(RECONSIDERATION_OUTCOME_LABELS[code]).not.toMatch(/判决|裁定|诉讼|起诉|撤诉/);
    }
  });

  it('puts every correction before every other outcome in precedence', () => {
    const n = RECONSIDERATION_CORRECTIONS.length;
    expect(RECONSIDERATION_PRECEDENCE.slice(0, n).every((c) => reconsiderationCorrected(c) === true)).toBe(true);
  });
});

describe('outcomes by case kind', () => {
  it('offers each kind its own outcomes, disjoint', () => {
    const lit = outcomesForKind('litigation');
    const rec = outcomesForKind('reconsideration');
    const dsp = outcomesForKind('dispute');
    expect(lit).toEqual(OUTCOME_CATEGORIES.filter((c) => c !== 'UNKNOWN'));
    expect(rec).toEqual(RECONSIDERATION_OUTCOMES);
    expect(dsp).toEqual(['DISPUTE_MEDIATED', 'DISPUTE_WITHDRAWN', 'DISPUTE_UNRESOLVED']);
    expect(new Set(ALL_CASE_OUTCOMES).size).toBe(lit.length + rec.length + dsp.length);
  });

  it.each([
    ['reconsideration', 'RECON_REVOKED', true],
    ['reconsideration', 'CLAIMS_REJECTED', false],
    ['reconsideration', 'SUIT_DISMISSED', false],
    ['litigation', 'CLAIMS_REJECTED', true],
    ['litigation', 'RECON_UPHELD', false],
    ['litigation', 'UNKNOWN', false],
    ['dispute', 'DISPUTE_MEDIATED', true],
    ['dispute', 'MEDIATED', false],
    ['dispute', 'RECON_MEDIATED', false],
  ] as const)('a %s case takes %s: %s', (kind, code, fits) => {
    expect(outcomeFitsKind(kind, code)).toBe(fits);
  });

  it('tells the kind of a code, null for none', () => {
    expect(kindOfOutcome('RECON_UPHELD')).toBe('reconsideration');
    expect(kindOfOutcome('REVOKED')).toBe('litigation');
    expect(kindOfOutcome('DISPUTE_UNRESOLVED')).toBe('dispute');
    expect(kindOfOutcome('UNKNOWN')).toBeNull();
    expect(kindOfOutcome('nonsense')).toBeNull();
  });

  it('labels a dispute outcome in its own words and never loses one', () => {
    expect(caseOutcomeLabel('DISPUTE_MEDIATED')).toBe('调解成功');
    expect(nonLitigationOutcomeLost('DISPUTE_MEDIATED')).toBe(false);
    expect(nonLitigationOutcomeLost('DISPUTE_WITHDRAWN')).toBe(false);
    expect(nonLitigationOutcomeLost('DISPUTE_UNRESOLVED')).toBeNull();
    expect(nonLitigationOutcomeLost('REVOKED')).toBeUndefined();
    expect(caseOutcomeLabel('REVOKED')).toBe('判决撤销');
  });

  it.each([
    ['reconsideration', 'CLAIMS_REJECTED', 'RECON_UPHELD'],
    ['reconsideration', 'REVOKED', 'RECON_REVOKED'],
    ['reconsideration', 'SUIT_DISMISSED', 'RECON_APPLICATION_DISMISSED'],
    ['reconsideration', 'WITHDRAWN_AFTER_CHANGE', 'RECON_WITHDRAWN'],
    ['reconsideration', 'APPEAL_DISMISSED', null],
    ['reconsideration', 'RECON_CLAIM_REJECTED', 'RECON_CLAIM_REJECTED'],
    ['litigation', 'RECON_UPHELD', 'CLAIMS_REJECTED'],
    ['litigation', 'RECON_CLAIM_REJECTED', 'CLAIMS_REJECTED'],
    ['litigation', 'RECON_APPLICATION_DISMISSED', 'SUIT_DISMISSED'],
    ['dispute', 'TERMINATED', 'DISPUTE_UNRESOLVED'],
    ['dispute', 'REVOKED', null],
  ] as const)('on a %s case, %s reads as %s', (kind, code, expected) => {
    expect(outcomeForKind(kind, code)).toBe(expected);
  });

  it('classifies with the classifier of the kind', () => {
    const text = '本机关决定：维持被申请人作出的行政处罚决定。';
    expect(classifyOutcomeForKind('reconsideration', text).primary).toBe('RECON_UPHELD');
    expect(classifyOutcomeForKind('litigation', '驳回原告张**的诉讼请求。').primary).toBe('CLAIMS_REJECTED');
    const mediated = classifyOutcomeForKind('dispute', '经调解，双方自愿达成如下协议：被申请人支付申请人补偿款5万元。');
    expect(mediated).toMatchObject({ primary: 'DISPUTE_MEDIATED', governmentLost: false });
    expect(classifyOutcomeForKind('dispute', '撤销被申请人的决定。').primary).toBe('UNKNOWN');
  });
});
