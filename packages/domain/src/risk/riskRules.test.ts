import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_RULES, evaluateRisk, type RiskInput, type RiskLevel, type RiskRules } from './riskRules.js';

const base: RiskInput = {
  domain: 'public_security',
  plaintiffCount: 1,
  amountClaimed: null,
  otherCasesOfPlaintiffs: 0,
  agencyRecentLosses: 0,
  causeOfAction: '行政处罚',
  defenceDue: null,
  defenceFiled: false,
  today: '2026-03-10',
  signals: [],
};

describe('evaluateRisk with the default rules (docs/rules/risk.md#screening)', () => {
  it.each<[string, Partial<RiskInput>, RiskLevel, string[]]>([
    ['nothing trips: green', {}, 'green', []],
    ['征收拆迁 is red on its own', { domain: 'expropriation' }, 'red', ['重点领域：征收拆迁']],
    ['信息公开 is yellow', { domain: 'info_disclosure' }, 'yellow', ['重点领域：信息公开']],
    ['4 plaintiffs: below yellow', { plaintiffCount: 4 }, 'green', []],
    ['5 plaintiffs: yellow', { plaintiffCount: 5 }, 'yellow', ['原告5人（5人起为黄色）']],
    ['10 plaintiffs: red', { plaintiffCount: 10 }, 'red', ['原告10人（10人起为红色）']],
    ['499,999 yuan: green', { amountClaimed: 499_999 }, 'green', []],
    ['50万 yuan: yellow', { amountClaimed: 500_000 }, 'yellow', ['诉请金额50万元（50万元起为黄色）']],
    ['600万 yuan: red', { amountClaimed: 6_000_000 }, 'red', ['诉请金额600万元（500万元起为红色）']],
    ['one other case: green', { otherCasesOfPlaintiffs: 1 }, 'green', []],
    ['two other cases: yellow', { otherCasesOfPlaintiffs: 2 }, 'yellow', ['原告另有2件案件（2件起为黄色）']],
    ['five other cases: red', { otherCasesOfPlaintiffs: 5 }, 'red', ['原告另有5件案件（5件起为红色）']],
    [
      'one recent loss in the same 案由',
      { agencyRecentLosses: 1 },
      'yellow',
      ['被告近12个月同类案由（行政处罚）败诉1件（1件起为黄色）'],
    ],
    [
      'three recent losses: red',
      { agencyRecentLosses: 3 },
      'red',
      ['被告近12个月同类案由（行政处罚）败诉3件（3件起为红色）'],
    ],
    ['defence due in 6 days: not yet', { defenceDue: '2026-03-16' }, 'green', []],
    [
      'defence due in 5 days, none filed',
      { defenceDue: '2026-03-15' },
      'yellow',
      ['答辩期限2026-03-15（还剩5日），尚未提交答辩'],
    ],
    ['defence due in 2 days but filed', { defenceDue: '2026-03-12', defenceFiled: true }, 'green', []],
    ['defence deadline passed', { defenceDue: '2026-03-09' }, 'yellow', ['答辩期限2026-03-09已过，尚未提交答辩']],
    [
      'defence deadline passed 30 days ago: still',
      { defenceDue: '2026-02-08' },
      'yellow',
      ['答辩期限2026-02-08已过，尚未提交答辩'],
    ],
    ['defence deadline passed 31 days ago: history, not a warning', { defenceDue: '2026-02-07' }, 'green', []],
    [
      'the liaison’s signal keeps its level',
      { signals: [{ level: 'red', note: '合议庭倾向撤销' }] },
      'red',
      ['法院联络员庭前提示：合议庭倾向撤销'],
    ],
    [
      'three yellow reasons make red',
      { domain: 'info_disclosure', plaintiffCount: 6, otherCasesOfPlaintiffs: 3 },
      'red',
      ['重点领域：信息公开', '原告6人（5人起为黄色）', '原告另有3件案件（2件起为黄色）', '黄色因素3项（3项起为红色）'],
    ],
    [
      'two yellow reasons stay yellow',
      { domain: 'info_disclosure', plaintiffCount: 6 },
      'yellow',
      ['重点领域：信息公开', '原告6人（5人起为黄色）'],
    ],
  ])('%s', (_, change, level, reasons) => {
    const r = evaluateRisk({ ...base, ...change }, DEFAULT_RISK_RULES);
    expect(r.level).toBe(level);
    expect(r.reasons.map((x) => x.text)).toEqual(reasons);
  });
});

describe('evaluateRisk reads the rules as data', () => {
  it.each<[string, Partial<RiskRules>, Partial<RiskInput>, RiskLevel]>([
    [
      'a city that watches 公安 as red',
      { domains: [{ code: 'public_security', label: '公安', level: 'red' }] },
      {},
      'red',
    ],
    [
      'no red threshold for plaintiffs',
      { plaintiffs: { yellowAt: 5, redAt: null } },
      { plaintiffCount: 100 },
      'yellow',
    ],
    ['plaintiffs not watched', { plaintiffs: { yellowAt: null, redAt: null } }, { plaintiffCount: 100 }, 'green'],
    [
      'signals switched off',
      { liaisonSignals: { enabled: false } },
      { signals: [{ level: 'red', note: 'x' }] },
      'green',
    ],
    [
      'yellow never adds up to red',
      { yellowReasonsForRed: null },
      { domain: 'info_disclosure', plaintiffCount: 6, otherCasesOfPlaintiffs: 3 },
      'yellow',
    ],
    ['a wider defence window', { defenceDue: { days: 10, level: 'red' } }, { defenceDue: '2026-03-20' }, 'red'],
  ])('%s', (_, rules, change, level) => {
    expect(evaluateRisk({ ...base, ...change }, { ...DEFAULT_RISK_RULES, ...rules }).level).toBe(level);
  });
});
