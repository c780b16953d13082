import { describe, expect, it } from 'vitest';
import { type CaseDeadlineFacts, plannedDeadlines } from './planned.js';
import { deadlineRules } from './rules.js';

const base: CaseDeadlineFacts = {
  kind: 'litigation',
  instance: 'first',
  filedDate: '2026-03-02',
  complaintReceivedDate: '2026-03-05',
  outcome: null,
  outcomeDate: null,
  governmentLost: null,
};

const rules = (c: Partial<CaseDeadlineFacts>) =>
  plannedDeadlines({ ...base, ...c }).map((p) => `${p.ruleId}@${p.fromDate}`);

describe('which periods a case has (docs/rules/deadlines.md#which-periods-a-case-has)', () => {
  it.each<[string, Partial<CaseDeadlineFacts>, string[]]>([
    [
      'first instance: defence from the complaint copy, trial from filing',
      {},
      ['litigation.defense@2026-03-05', 'litigation.first-instance@2026-03-02'],
    ],
    [
      'unknown instance counts as first',
      { instance: null },
      ['litigation.defense@2026-03-05', 'litigation.first-instance@2026-03-02'],
    ],
    [
      'compensation case as first instance',
      { instance: 'compensation' },
      ['litigation.defense@2026-03-05', 'litigation.first-instance@2026-03-02'],
    ],
    ['no start date, no period', { filedDate: null, complaintReceivedDate: null }, []],
    ['appeal: second-instance trial only', { instance: 'appeal' }, ['litigation.second-instance@2026-03-02']],
    ['retrial review: none of these', { instance: 'retrial-review' }, []],
    [
      '驳回诉讼请求 (a judgment, no loss): appeal window of a judgment',
      { outcome: 'CLAIMS_REJECTED', outcomeDate: '2026-06-01', governmentLost: false },
      [
        'litigation.defense@2026-03-05',
        'litigation.first-instance@2026-03-02',
        'litigation.appeal.judgment@2026-06-01',
      ],
    ],
    [
      '判决撤销 (a loss): appeal window, analysis report, referral',
      { outcome: 'REVOKED', outcomeDate: '2026-06-01', governmentLost: true },
      [
        'litigation.defense@2026-03-05',
        'litigation.first-instance@2026-03-02',
        'litigation.appeal.judgment@2026-06-01',
        'loss.analysis-report@2026-06-01',
        'accountability.referral@2026-06-01',
      ],
    ],
    [
      '行政协议 judgment (第78条) is a judgment too',
      { outcome: 'AGREEMENT_REMEDY', outcomeDate: '2026-06-01', governmentLost: true },
      [
        'litigation.defense@2026-03-05',
        'litigation.first-instance@2026-03-02',
        'litigation.appeal.judgment@2026-06-01',
        'loss.analysis-report@2026-06-01',
        'accountability.referral@2026-06-01',
      ],
    ],
    [
      '驳回起诉: appeal window of a ruling',
      { outcome: 'SUIT_DISMISSED', outcomeDate: '2026-06-01', governmentLost: false },
      ['litigation.defense@2026-03-05', 'litigation.first-instance@2026-03-02', 'litigation.appeal.ruling@2026-06-01'],
    ],
    [
      'judgment served: the appeal window counts from the service date, the loss periods from the judgment',
      { outcome: 'REVOKED', outcomeDate: '2026-06-01', judgmentServedDate: '2026-06-05', governmentLost: true },
      [
        'litigation.defense@2026-03-05',
        'litigation.first-instance@2026-03-02',
        'litigation.appeal.judgment@2026-06-05',
        'loss.analysis-report@2026-06-01',
        'accountability.referral@2026-06-01',
      ],
    ],
    [
      'ruling served: the ruling’s window from the service date',
      { outcome: 'SUIT_DISMISSED', outcomeDate: '2026-06-01', judgmentServedDate: '2026-06-03', governmentLost: false },
      ['litigation.defense@2026-03-05', 'litigation.first-instance@2026-03-02', 'litigation.appeal.ruling@2026-06-03'],
    ],
    [
      'a service date without an outcome: no window (nothing to appeal yet)',
      { judgmentServedDate: '2026-06-03' },
      ['litigation.defense@2026-03-05', 'litigation.first-instance@2026-03-02'],
    ],
    [
      '准许撤诉: no appeal window',
      { outcome: 'WITHDRAWN', outcomeDate: '2026-06-01', governmentLost: false },
      ['litigation.defense@2026-03-05', 'litigation.first-instance@2026-03-02'],
    ],
    [
      'outcome without a date: no window yet',
      { outcome: 'REVOKED', governmentLost: true },
      ['litigation.defense@2026-03-05', 'litigation.first-instance@2026-03-02'],
    ],
    [
      'appeal lost (改判): second instance, then the loss periods',
      { instance: 'appeal', outcome: 'REVERSED', outcomeDate: '2026-08-03', governmentLost: true },
      [
        'litigation.second-instance@2026-03-02',
        'loss.analysis-report@2026-08-03',
        'accountability.referral@2026-08-03',
      ],
    ],
    [
      'reconsideration: reply and decision',
      { kind: 'reconsideration', instance: null },
      ['reconsideration.reply@2026-03-05', 'reconsideration.decision@2026-03-02'],
    ],
    [
      'reconsideration corrected (a loss)',
      {
        kind: 'reconsideration',
        instance: null,
        outcome: 'RECON_REVOKED',
        outcomeDate: '2026-04-20',
        governmentLost: true,
      },
      [
        'reconsideration.reply@2026-03-05',
        'reconsideration.decision@2026-03-02',
        'loss.analysis-report@2026-04-20',
        'accountability.referral@2026-04-20',
      ],
    ],
    ['pre-litigation dispute: none', { kind: 'dispute', instance: null }, []],
  ])('%s', (_name, c, expected) => {
    expect(rules(c)).toEqual(expected);
  });

  it('plans only rules the rule table knows', () => {
    const known = new Set(deadlineRules.map((r) => r.id));
    const all = plannedDeadlines({ ...base, outcome: 'REVOKED', outcomeDate: '2026-06-01', governmentLost: true });
    for (const p of all) expect(known.has(p.ruleId)).toBe(true);
  });
});
