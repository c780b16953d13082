import { describe, expect, it } from 'vitest';
import { runChecks } from './checks.js';
import {
  countForm,
  countingRegionOf,
  disclosureResultOf,
  litigationResultOf,
  reconResultOf,
  sumCells,
} from './count.js';
import { agencyLevel, bodyLevel, courtLevelOf, isLandExpropriation, matterOf, type StatCaseFact } from './facts.js';
import { parseStatPeriod } from './periods.js';

const county = { kind: 'department', regionLevel: 'county', regionCode: '329902' } as const;
const countyGov = { kind: 'reconsideration_body', regionLevel: 'county', regionCode: '329902' } as const;
const cityGov = { kind: 'reconsideration_body', regionLevel: 'city', regionCode: '329900' } as const;
const town = { kind: 'town', regionLevel: 'town', regionCode: '329902001' } as const;

function fact(id: string, over: Partial<StatCaseFact>): StatCaseFact {
  return {
    id,
    kind: 'reconsideration',
    caseNumber: null,
    instance: null,
    courtCode: null,
    receivedOn: null,
    filedOn: null,
    concludedOn: null,
    outcome: null,
    outcomeText: null,
    governmentLost: null,
    actKind: 'penalty',
    domain: null,
    causeOfAction: null,
    contestedAct: null,
    plaintiffCount: 1,
    amountClaimed: null,
    afterReconsideration: false,
    regionCode: '329902',
    respondent: county,
    body: countyGov,
    ...over,
  };
}

describe('classifications', () => {
  it.each([
    [town, 'township'],
    [county, 'county_dept'],
    [countyGov, 'county_gov'],
    [{ ...county, regionLevel: 'city' }, 'city_dept'],
    [cityGov, 'city_gov'],
    [{ ...county, regionLevel: 'province' }, 'prov_dept'],
    [{ ...cityGov, regionLevel: 'province' }, 'prov_gov'],
    [{ ...county, kind: 'court' }, 'other'],
    [null, 'other'],
  ] as const)('respondent %j → %s', (a, level) => {
    expect(agencyLevel(a)).toBe(level);
  });
  it('复议机关: a department is not a body level (其他)', () => {
    expect([bodyLevel(countyGov), bodyLevel(cityGov), bodyLevel(county), bodyLevel(null)]).toEqual([
      'county_gov',
      'city_gov',
      'other',
      'other',
    ]);
  });
  it.each([
    ['penalty', '', 'penalty'],
    ['coercion', '', 'coercion'],
    ['expropriation', '房屋征收', 'expropriation'],
    ['license', '', 'license'],
    ['confirmation', '土地权属确认', 'title'],
    ['registration', '不动产登记', 'confirmation'],
    ['adjudication', '林地确权', 'title'],
    ['disclosure', '', 'disclosure'],
    ['inaction', '举报处理', 'complaint'],
    ['other', '投诉答复', 'complaint'],
    ['inaction', '不履行法定职责', 'inaction'],
    ['benefit', '', 'other'],
    [null, '', 'other'],
  ] as const)('%s %s → %s', (actKind, cause, matter) => {
    expect(matterOf({ actKind, causeOfAction: cause, contestedAct: null })).toBe(matter);
  });
  it('征收土地: an expropriation naming land or in the 征收拆迁 domain', () => {
    const base = { actKind: 'expropriation', domain: null, causeOfAction: '集体土地征收', contestedAct: null };
    expect(isLandExpropriation(base)).toBe(true);
    expect(isLandExpropriation({ ...base, causeOfAction: '房屋' })).toBe(false);
    expect(isLandExpropriation({ ...base, causeOfAction: '房屋', domain: 'expropriation' })).toBe(true);
    expect(isLandExpropriation({ ...base, actKind: 'penalty' })).toBe(false);
  });
  it.each([
    ['（2025）苏0902行初12号', 'basic'],
    ['（2025）苏09行终3号', 'intermediate'],
    ['（2025）苏行申3号', 'high'],
    ['（2018）最高法行申3190号', 'supreme'],
    ['（2025）苏8601行初3号', 'other'],
    [null, 'other'],
  ] as const)('court of %s → %s', (caseNumber, level) => {
    expect(courtLevelOf({ caseNumber, courtCode: null })).toBe(level);
  });
  it.each([
    ['RECON_CLAIM_REJECTED', null, 'rejected'],
    ['RECON_APPLICATION_DISMISSED', null, 'rejected'],
    ['RECON_UPHELD', null, 'upheld'],
    ['RECON_CONFIRMED_ILLEGAL', null, 'illegal'],
    ['RECON_REVOKED', null, 'revoked'],
    ['RECON_ALTERED', null, 'altered'],
    ['RECON_ORDERED_TO_PERFORM', null, 'perform'],
    ['RECON_MEDIATED', null, 'mediated'],
    ['RECON_WITHDRAWN', '申请人撤回申请，准予撤回', 'term_withdrawn'],
    ['RECON_WITHDRAWN', '双方达成和解，申请人撤回', 'term_settled'],
    ['RECON_TERMINATED', null, 'term_other'],
    ['RECON_CONFIRMED_VOID', null, 'other'],
    ['RECON_AGREEMENT_REMEDY', null, 'other'],
    [null, null, 'other'],
  ] as const)('复议 %s (%s) → %s', (outcome, text, col) => {
    expect(reconResultOf(outcome, text)).toBe(col);
  });
  it.each([
    ['CLAIMS_REJECTED', 'rejected'],
    ['REVOKED', 'revoked'],
    ['SUIT_DISMISSED', 'dismissed'],
    ['NOT_ACCEPTED', 'dismissed'],
    ['WITHDRAWN_AFTER_CHANGE', 'withdrawn_change'],
    ['APPEAL_DISMISSED', 'appeal_dismissed'],
    ['RETRIAL_ORDERED', 'remanded'],
    ['TERMINATED', 'other'],
    [null, 'other'],
  ] as const)('诉讼 %s → %s', (outcome, col) => {
    expect(litigationResultOf(outcome)).toBe(col);
  });
  it('a reconsideration counts for its body’s region; a lawsuit for its first defendant’s', () => {
    expect(countingRegionOf(fact('r', { body: cityGov }))).toBe('329900');
    expect(countingRegionOf(fact('r', { body: null }))).toBe('329902');
    expect(countingRegionOf(fact('l', { kind: 'litigation', body: cityGov }))).toBe('329902');
  });
});

describe('the reconsideration form counted by hand (2025-H1)', () => {
  const p = parseStatPeriod('2025-H1')!;
  const facts = [
    // carried: filed 2024-12, concluded in the period (维持)
    fact('a', { filedOn: '2024-12-10', receivedOn: '2024-12-08', concludedOn: '2025-02-01', outcome: 'RECON_UPHELD' }),
    // carried and still open
    fact('b', { filedOn: '2024-11-10', receivedOn: '2024-11-08' }),
    // concluded before the period: not counted at all
    fact('c', { filedOn: '2024-10-10', concludedOn: '2024-12-30', outcome: 'RECON_REVOKED' }),
    // received and accepted in the period, 3 applicants, land expropriation, town respondent, claims compensation
    fact('d', {
      filedOn: '2025-03-01',
      receivedOn: '2025-02-27',
      plaintiffCount: 3,
      actKind: 'expropriation',
      causeOfAction: '征收土地补偿',
      respondent: town,
      amountClaimed: 5000,
      concludedOn: '2025-05-01',
      outcome: 'RECON_WITHDRAWN',
      outcomeText: '和解后撤回',
    }),
    // received in the period but not accepted
    fact('e', {
      filedOn: '2025-04-01',
      receivedOn: '2025-03-30',
      outcome: 'RECON_NOT_ACCEPTED',
      concludedOn: '2025-04-02',
    }),
    // accepted in the period, open at its end; against the county government, body the city
    fact('f', { filedOn: '2025-06-20', receivedOn: '2025-06-18', respondent: countyGov, body: cityGov }),
    // after the period
    fact('g', { filedOn: '2025-07-02', receivedOn: '2025-07-01' }),
  ];
  const cells = countForm('reconsideration', facts, p);
  const v = (col: string) => cells[`total:${col}`]!.value;
  const ids = (col: string) => cells[`total:${col}`]!.caseIds;

  it('counts each cell', () => {
    expect([v('carried'), v('received'), v('accepted'), v('applicants')]).toEqual([2, 3, 2, 4]);
    expect(ids('carried')).toEqual(['a', 'b']);
    expect(ids('received')).toEqual(['d', 'e', 'f']);
    expect([v('resp_township'), v('resp_county_gov'), v('body_county_gov'), v('body_city_gov')]).toEqual([1, 1, 1, 1]);
    expect([v('matter_expropriation'), v('matter_land'), v('matter_penalty')]).toEqual([1, 1, 1]);
    expect([v('closed'), v('closed_upheld'), v('closed_term_settled'), v('open')]).toEqual([2, 1, 1, 2]);
    expect(ids('open')).toEqual(['b', 'f']);
    expect([v('comp_count'), v('comp_amount')]).toEqual([1, 0]);
  });
  it('passes every check', () => {
    const failed = runChecks({ kind: 'reconsideration', computed: cells, adjustments: {}, previous: null }).filter(
      (c) => !c.ok,
    );
    expect(failed).toEqual([]);
  });
});

describe('the litigation form', () => {
  const p = parseStatPeriod('2025')!;
  const lit = (id: string, over: Partial<StatCaseFact>) => fact(id, { kind: 'litigation', body: null, ...over });
  const facts = [
    lit('a', {
      instance: 'first',
      caseNumber: '（2025）苏0902行初1号',
      filedOn: '2025-02-01',
      concludedOn: '2025-05-01',
      outcome: 'REVOKED',
      governmentLost: true,
    }),
    lit('b', { instance: 'appeal', caseNumber: '（2025）苏09行终1号', filedOn: '2025-06-01' }),
    lit('c', {
      instance: 'first',
      caseNumber: '（2024）苏0902行初9号',
      filedOn: '2024-11-01',
      concludedOn: '2025-01-10',
      outcome: 'WITHDRAWN',
      governmentLost: false,
    }),
    lit('d', {
      instance: 'retrial-review',
      caseNumber: '（2025）苏行申1号',
      filedOn: '2025-03-01',
      concludedOn: '2025-04-01',
      outcome: 'RETRIAL_APPLICATION_DISMISSED',
    }),
  ];
  const cells = countForm('litigation', facts, p, { heard: ['a', 'b'], appeared: ['a'], principal: [] });
  const v = (row: string, col: string) => cells[`${row}:${col}`]!.value;
  it('rows by instance, 合计 their sum; courts by level; outcomes; heads in court', () => {
    expect([v('first', 'carried'), v('first', 'received'), v('first', 'closed'), v('first', 'lost')]).toEqual([
      1, 1, 2, 1,
    ]);
    expect([v('appeal', 'received'), v('appeal', 'court_intermediate'), v('appeal', 'open')]).toEqual([1, 1, 1]);
    expect([v('retrial', 'court_high'), v('retrial', 'closed_appeal_dismissed')]).toEqual([1, 1]);
    expect([v('total', 'received'), v('total', 'closed'), v('total', 'heard'), v('total', 'appeared')]).toEqual([
      3, 3, 2, 1,
    ]);
    expect(
      runChecks({ kind: 'litigation', computed: cells, adjustments: {}, previous: null }).filter((c) => !c.ok),
    ).toEqual([]);
  });
});

describe('table 4 (information disclosure)', () => {
  const p = parseStatPeriod('2025')!;
  const d = (id: string, over: Partial<StatCaseFact>) =>
    fact(id, { actKind: 'disclosure', filedOn: '2025-03-01', ...over });
  const facts = [
    d('r1', { concludedOn: '2025-04-01', outcome: 'RECON_UPHELD' }),
    d('r2', { concludedOn: '2025-04-01', outcome: 'RECON_REVOKED' }),
    d('r3', { concludedOn: '2026-01-05', outcome: 'RECON_CLAIM_REJECTED' }), // concluded after the year: 尚未审结
    d('r4', { concludedOn: '2025-05-01', outcome: 'RECON_WITHDRAWN' }),
    d('l1', {
      kind: 'litigation',
      instance: 'first',
      concludedOn: '2025-09-01',
      outcome: 'CLAIMS_REJECTED',
      governmentLost: false,
    }),
    d('l2', {
      kind: 'litigation',
      instance: 'first',
      afterReconsideration: true,
      concludedOn: '2025-09-01',
      outcome: 'CONFIRMED_ILLEGAL',
      governmentLost: true,
    }),
    d('l3', { kind: 'litigation', instance: 'appeal' }), // appeals are not counted again
    d('x', { actKind: 'penalty' }), // not a disclosure case
    d('y', { filedOn: '2024-12-31' }), // before the year
  ];
  const cells = countForm('disclosure', facts, p);
  const row = (g: string) =>
    ['upheld', 'corrected', 'other', 'open', 'total'].map((c) => cells[`total:${g}_${c}`]!.value);
  it('counts the five columns of each group', () => {
    expect(row('recon')).toEqual([1, 1, 1, 1, 4]);
    expect(row('direct')).toEqual([1, 0, 0, 0, 1]);
    expect(row('after')).toEqual([0, 1, 0, 0, 1]);
    expect(disclosureResultOf(facts[2]!, '2025-12-31')).toBe('open');
  });
});

describe('checks name the cases behind a failure', () => {
  const p = parseStatPeriod('2025')!;
  const facts = [
    fact('a', { filedOn: '2025-02-01', concludedOn: '2025-03-01', outcome: 'RECON_UPHELD' }),
    fact('b', { filedOn: '2025-02-02' }),
  ];
  const computed = countForm('reconsideration', facts, p);
  it('an adjusted cell that breaks a total lists the cases of the cells involved', () => {
    const results = runChecks({
      kind: 'reconsideration',
      computed,
      adjustments: { 'total:closed_upheld': { value: 2, reason: '补录' } },
      previous: null,
    });
    const failed = results.filter((r) => !r.ok);
    expect(failed.map((f) => f.id)).toEqual(['sum:closed:total']);
    expect(failed[0]!.caseIds).toEqual(['a']);
    expect(failed[0]!.detail).toBe('1 = 2');
  });
  it('上期结转 against the previous filing’s 未审结', () => {
    const previous = { cells: { 'total:open': { value: 2, caseIds: ['z', 'b'] } } };
    const res = runChecks({ kind: 'reconsideration', computed, adjustments: {}, previous }).find(
      (r) => r.id === 'carried:total',
    )!;
    expect(res.ok).toBe(false);
    expect(res.caseIds.sort()).toEqual(['b', 'z']);
  });
  it('a case counted twice in a split fails “counted once” with its id', () => {
    const broken = structuredClone(computed);
    broken['total:resp_other']!.caseIds.push('a');
    broken['total:resp_other']!.value += 1;
    broken['total:accepted']!.value += 1;
    broken['total:accepted']!.caseIds.push('a');
    const res = runChecks({ kind: 'reconsideration', computed: broken, adjustments: {}, previous: null });
    expect(res.find((r) => r.id === 'once:respondents:total')).toMatchObject({ ok: false, caseIds: ['a'] });
  });
  it('a summary with a case in two units fails and names it', () => {
    const sum = sumCells('reconsideration', [computed, computed]);
    expect(sum['total:accepted']!.value).toBe(4);
    const res = runChecks({
      kind: 'reconsideration',
      computed: sum,
      adjustments: {},
      previous: null,
      units: [
        { name: '甲县', caseIds: ['a', 'b'] },
        { name: '乙县', caseIds: ['b'] },
      ],
    });
    expect(res.find((r) => r.id === 'units')).toMatchObject({ ok: false, caseIds: ['b'] });
  });
});
