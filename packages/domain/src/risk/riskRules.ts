/**
 * 三色预警: a case's risk level with the reasons shown (docs/rules/risk.md#screening). The rules are data — the
 * city's versioned setting `risk` holds a `RiskRules`, `DEFAULT_RISK_RULES` is its first version — and
 * `evaluateRisk` applies them to what is known of a case. Every reason names the rule and the figure that tripped it,
 * so a coordinator can check the level by hand and override it with a reason of their own.
 */
import { daysBetween, type IsoDate } from '../calendar/isoDate.js';

export const RISK_LEVELS = ['green', 'yellow', 'red'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { green: '绿色', yellow: '黄色', red: '红色' };
export type WarningLevel = Exclude<RiskLevel, 'green'>;

/** A threshold pair: from `yellowAt` the reason is yellow, from `redAt` red (null: never that level). */
export interface Thresholds {
  yellowAt: number | null;
  redAt: number | null;
}

export interface RiskRules {
  /** 行政管理领域 codes watched, with the level they give on their own (seed 000: 征地拆迁、信息公开). */
  domains: { code: string; label: string; level: WarningLevel }[];
  /** Number of plaintiffs (a mass dispute). */
  plaintiffs: Thresholds;
  /** Amount claimed in yuan (行政赔偿、补偿). */
  amountClaimed: Thresholds;
  /** Other live or recent cases of the same plaintiff (the same person or organisation however written). */
  repeatPlaintiff: Thresholds;
  /** The first defendant's losses (败诉) in the same 案由 within the last `months` months. */
  agencyLosses: Thresholds & { months: number };
  /** The defence (答辩) due within `days` calendar days and none filed yet; `level` the level it gives. */
  defenceDue: { days: number; level: WarningLevel };
  /** The court liaison's pre-hearing signals: each signal carries its level; `level` is taken as given. */
  liaisonSignals: { enabled: boolean };
  /** This many yellow reasons together make the case red (null: never). */
  yellowReasonsForRed: number | null;
}

/**
 * How long after a missed defence deadline the case still warns (docs/rules/risk.md#defence-deadline): within it the
 * agency can still act (ask the court, file late with reasons); older misses are the registry's history.
 */
export const DEFENCE_OVERDUE_WINDOW_DAYS = 30;

export const DEFAULT_RISK_RULES: RiskRules = {
  domains: [
    { code: 'expropriation', label: '征收拆迁', level: 'red' },
    { code: 'land', label: '土地管理', level: 'yellow' },
    { code: 'info_disclosure', label: '信息公开', level: 'yellow' },
  ],
  plaintiffs: { yellowAt: 5, redAt: 10 },
  amountClaimed: { yellowAt: 500_000, redAt: 5_000_000 },
  repeatPlaintiff: { yellowAt: 2, redAt: 5 },
  agencyLosses: { yellowAt: 1, redAt: 3, months: 12 },
  defenceDue: { days: 5, level: 'yellow' },
  liaisonSignals: { enabled: true },
  yellowReasonsForRed: 3,
};

/** A pre-hearing signal from the court liaison (法官联络员): the court sees a risk of 败诉 or a mass dispute. */
export interface LiaisonSignal {
  level: WarningLevel;
  note: string;
}

/** What is known of a case when it is screened; the server gathers it, the rules decide. */
export interface RiskInput {
  /** 行政管理领域 code. */
  domain: string | null;
  plaintiffCount: number;
  /** Yuan; null when nothing is claimed. */
  amountClaimed: number | null;
  /** Other cases of any of its plaintiffs (relatedCases.ts, same_party). */
  otherCasesOfPlaintiffs: number;
  /** The first defendant's losses in the same 案由 in the rules' window (counted by the server over that window). */
  agencyRecentLosses: number;
  causeOfAction: string | null;
  /** The defence deadline's due date, whether a defence was filed, and today (China). */
  defenceDue: IsoDate | null;
  defenceFiled: boolean;
  today: IsoDate;
  signals: readonly LiaisonSignal[];
  /** A closed case (结案) is no longer screened: its level stays as it was. */
  closed?: boolean;
}

export type RiskReasonCode =
  | 'domain'
  | 'plaintiffs'
  | 'amount_claimed'
  | 'repeat_plaintiff'
  | 'agency_losses'
  | 'defence_due'
  | 'liaison_signal'
  | 'many_yellow';

export interface RiskReason {
  code: RiskReasonCode;
  level: WarningLevel;
  /** Chinese, with the figure and the threshold. */
  text: string;
}

export interface RiskAssessment {
  level: RiskLevel;
  reasons: RiskReason[];
}

const RANK: Record<RiskLevel, number> = { green: 0, yellow: 1, red: 2 };

export function maxLevel(...levels: RiskLevel[]): RiskLevel {
  return levels.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'green' as RiskLevel);
}

function byThreshold(value: number, t: Thresholds): { level: WarningLevel; at: number } | null {
  if (t.redAt !== null && value >= t.redAt) return { level: 'red', at: t.redAt };
  if (t.yellowAt !== null && value >= t.yellowAt) return { level: 'yellow', at: t.yellowAt };
  return null;
}

const yuan = (n: number) => (n >= 10_000 ? `${(n / 10_000).toLocaleString('zh-CN')}万元` : `${n}元`);

/** The level and its reasons under `rules`; green with no reasons when nothing trips. */
export function evaluateRisk(input: RiskInput, rules: RiskRules): RiskAssessment {
  const reasons: RiskReason[] = [];
  const domain = input.domain ? rules.domains.find((d) => d.code === input.domain) : undefined;
  if (domain) reasons.push({ code: 'domain', level: domain.level, text: `重点领域：${domain.label}` });

  const plaintiffs = byThreshold(input.plaintiffCount, rules.plaintiffs);
  if (plaintiffs) {
    reasons.push({
      code: 'plaintiffs',
      level: plaintiffs.level,
      text: `原告${input.plaintiffCount}人（${plaintiffs.at}人起为${RISK_LEVEL_LABELS[plaintiffs.level]}）`,
    });
  }
  const amount = input.amountClaimed === null ? null : byThreshold(input.amountClaimed, rules.amountClaimed);
  if (amount && input.amountClaimed !== null) {
    reasons.push({
      code: 'amount_claimed',
      level: amount.level,
      text: `诉请金额${yuan(input.amountClaimed)}（${yuan(amount.at)}起为${RISK_LEVEL_LABELS[amount.level]}）`,
    });
  }
  const repeat = byThreshold(input.otherCasesOfPlaintiffs, rules.repeatPlaintiff);
  if (repeat) {
    reasons.push({
      code: 'repeat_plaintiff',
      level: repeat.level,
      text: `原告另有${input.otherCasesOfPlaintiffs}件案件（${repeat.at}件起为${RISK_LEVEL_LABELS[repeat.level]}）`,
    });
  }
  const losses = byThreshold(input.agencyRecentLosses, rules.agencyLosses);
  if (losses) {
    reasons.push({
      code: 'agency_losses',
      level: losses.level,
      text: `被告近${rules.agencyLosses.months}个月同类案由（${input.causeOfAction ?? '未填案由'}）败诉${input.agencyRecentLosses}件（${losses.at}件起为${RISK_LEVEL_LABELS[losses.level]}）`,
    });
  }
  if (input.defenceDue && !input.defenceFiled) {
    const left = daysBetween(input.today, input.defenceDue);
    // A deadline passed long ago is history — a ledger's old cases imported today — not a warning to act on now.
    if (left <= rules.defenceDue.days && left >= -DEFENCE_OVERDUE_WINDOW_DAYS) {
      reasons.push({
        code: 'defence_due',
        level: rules.defenceDue.level,
        text:
          left < 0
            ? `答辩期限${input.defenceDue}已过，尚未提交答辩`
            : `答辩期限${input.defenceDue}（还剩${left}日），尚未提交答辩`,
      });
    }
  }
  if (rules.liaisonSignals.enabled) {
    for (const s of input.signals) {
      reasons.push({ code: 'liaison_signal', level: s.level, text: `法院联络员庭前提示：${s.note}` });
    }
  }
  const yellows = reasons.filter((r) => r.level === 'yellow').length;
  if (rules.yellowReasonsForRed !== null && yellows >= rules.yellowReasonsForRed) {
    reasons.push({
      code: 'many_yellow',
      level: 'red',
      text: `黄色因素${yellows}项（${rules.yellowReasonsForRed}项起为红色）`,
    });
  }
  return { level: maxLevel(...reasons.map((r) => r.level)), reasons };
}
