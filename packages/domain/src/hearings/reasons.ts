/**
 * Why an appearance counts or not: stable codes, the Chinese text shown to users and the rules section each comes
 * from (docs/rules/head-appearance.md). The hearings module and the web show `text`; tests and filters use `code`.
 */

const PAGE = 'docs/rules/head-appearance.md';

export const APPEARANCE_REASON_TABLE = {
  // ── per hearing ────────────────────────────────────────────────────────────────────────────────
  HEAD_APPEARED: {
    text: '被告行政机关负责人出庭应诉',
    rule: `${PAGE}#who-counts`, // 负责人出庭规定第2条第1款; 适用行政诉讼法的解释第128条第1款
  },
  HEAD_SPOKE: {
    text: '出庭负责人就实质性解决行政争议发表了意见（出声）',
    rule: `${PAGE}#proof-and-speaking`, // 负责人出庭规定第11条第3款
  },
  HEAD_SILENT: {
    text: '出庭负责人未就实质性解决行政争议发表意见（未出声）',
    rule: `${PAGE}#proof-and-speaking`, // 负责人出庭规定第11条第3款
  },
  HEAD_PROOF_MISSING: {
    text: '负责人到庭但未提交身份证明，视为负责人未出庭应诉',
    rule: `${PAGE}#proof-and-speaking`, // 负责人出庭规定第6条第2款
  },
  STAFF_PROOF_MISSING: {
    text: '工作人员到庭但未提交身份证明，不计为相应的工作人员出庭',
    rule: `${PAGE}#proof-and-speaking`, // 负责人出庭规定第10条第3款
  },
  OTHER_BODY_HEAD: {
    text: '受委托组织或下级行政机关的负责人不能作为被诉行政机关负责人出庭（可视为相应的工作人员）',
    rule: `${PAGE}#who-counts`, // 负责人出庭规定第2条第2款、第10条第2款
  },
  NOT_DEFENDANT_HEAD: {
    text: '出庭的负责人不属于本案被告行政机关，不计为负责人出庭',
    rule: `${PAGE}#who-counts`, // 负责人出庭规定第2条; 第3条 (co-defendants)
  },
  STAFF_INSTEAD: {
    text: '负责人未出庭，由相应的工作人员出庭',
    rule: `${PAGE}#who-counts`, // 行政诉讼法第3条第3款; 负责人出庭规定第10条
  },
  LAWYER_ONLY: {
    text: '仅律师出庭：不得仅委托律师出庭，不计为负责人或工作人员出庭',
    rule: `${PAGE}#who-counts`, // 适用行政诉讼法的解释第128条第2款
  },
  NO_HEAD_OR_STAFF: {
    text: '负责人和相应的工作人员均未出庭，法院可能提出司法建议',
    rule: `${PAGE}#judicial-suggestion-risk`, // 负责人出庭规定第12条第1款第3项
  },
  ABSENCE_APPROVED: {
    text: '负责人不出庭说明已于开庭前备案',
    rule: `${PAGE}#absences`, // 负责人出庭规定第8条、第9条; 适用行政诉讼法的解释第129条第3款
  },
  ABSENCE_NOT_FILED: {
    text: '负责人未出庭且未提交不出庭说明，法院可能提出司法建议',
    rule: `${PAGE}#judicial-suggestion-risk`, // 负责人出庭规定第12条第1款第1项
  },
  ABSENCE_NOT_APPROVED: {
    text: '负责人不出庭说明未经备案',
    rule: `${PAGE}#absences`, // 负责人出庭规定第9条
  },
  ABSENCE_APPROVED_LATE: {
    text: '负责人不出庭说明在开庭后才备案，不计为已备案',
    rule: `${PAGE}#absences`, // 负责人出庭规定第9条; issue 13: approved before the hearing
  },
  ABSENCE_REASON_INVALID: {
    text: '不出庭说明的理由不属于法定不能出庭情形（或“其他正当事由”未写明）',
    rule: `${PAGE}#absences`, // 负责人出庭规定第8条
  },
  ABSENT_AGAIN_AFTER_POSTPONEMENT: {
    text: '因负责人不能出庭延期后再次开庭，负责人仍未出庭且无正当理由，法院可能提出司法建议',
    rule: `${PAGE}#judicial-suggestion-risk`, // 负责人出庭规定第12条第1款第2项
  },
  PRONOUNCEMENT_NOT_COUNTED: {
    text: '宣判时到庭不计为出庭应诉',
    rule: `${PAGE}#which-hearings-count`, // 负责人出庭规定第11条第2款
  },
  // ── per instance ───────────────────────────────────────────────────────────────────────────────
  NOT_HEARD: {
    text: '本审级尚未开庭（开庭、询问或调解），不计入出庭应诉率',
    rule: `${PAGE}#which-hearings-count`, // 负责人出庭规定第1条第1款
  },
  PENDING: {
    text: '本审级尚有待开庭的庭审',
    rule: `${PAGE}#which-hearings-count`,
  },
  VALID_APPEARANCE: {
    text: '本审级负责人已有效出庭应诉',
    rule: `${PAGE}#one-appearance-per-instance`, // 负责人出庭规定第7条第1款
  },
  ONE_APPEARANCE_SUFFICES: {
    text: '同一审级多次开庭，负责人出庭一次即履行出庭应诉义务',
    rule: `${PAGE}#one-appearance-per-instance`, // 负责人出庭规定第7条第1款
  },
  COURT_ASKED_AGAIN_MISSED: {
    text: '法院通知负责人再次出庭，该次庭审负责人未出庭',
    rule: `${PAGE}#one-appearance-per-instance`, // 负责人出庭规定第7条第1款但书
  },
  NO_VALID_APPEARANCE: {
    text: '本审级负责人未有效出庭应诉',
    rule: `${PAGE}#who-counts`, // 行政诉讼法第3条第3款
  },
} as const satisfies Record<string, { text: string; rule: string }>;

export type AppearanceReasonCode = keyof typeof APPEARANCE_REASON_TABLE;

export const APPEARANCE_REASON_CODES = Object.keys(APPEARANCE_REASON_TABLE) as AppearanceReasonCode[];

export interface AppearanceReason {
  readonly code: AppearanceReasonCode;
  /** Chinese, ready to show: the table's text, with details (date, position, reason) appended after "：". */
  readonly text: string;
  /** The rules section, `docs/rules/head-appearance.md#…`. */
  readonly rule: string;
  /** The hearing it is about; absent for the instance's own reasons. */
  readonly hearingId?: string;
}

export function appearanceReason(code: AppearanceReasonCode, hearingId?: string, detail?: string): AppearanceReason {
  const row = APPEARANCE_REASON_TABLE[code];
  const text = detail ? `${row.text}：${detail}` : row.text;
  return hearingId === undefined ? { code, text, rule: row.rule } : { code, text, rule: row.rule, hearingId };
}
