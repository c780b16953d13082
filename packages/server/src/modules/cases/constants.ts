/**
 * The closed lists of the case registry (案件台账) with their Chinese labels. The database stores the English codes;
 * the UI reads the labels from GET /api/v1/cases/meta. Outcome categories and deadline rules come from the domain
 * library and are not repeated here.
 */
import type { Instance } from '@shuangjiang/domain';

/** 行政诉讼 / 行政复议 / 行政争议（诉前） — docs/rules/cases.md#kinds. */
export const CASE_KINDS = ['litigation', 'reconsideration', 'dispute'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  litigation: '行政诉讼',
  reconsideration: '行政复议',
  dispute: '行政争议（诉前）',
};

/** Whether a case number was parsed (valid) or accepted as typed with an explicit flag (待核实). */
export const CASE_NUMBER_STATUSES = ['valid', 'unverified'] as const;
export type CaseNumberStatus = (typeof CASE_NUMBER_STATUSES)[number];
export const CASE_NUMBER_STATUS_LABELS: Record<CaseNumberStatus, string> = { valid: '已校验', unverified: '待核实' };

/** 审级: the domain's `Instance` (from the case number's type code). */
export const CASE_INSTANCES = [
  'first',
  'appeal',
  'retrial-review',
  'retrial',
  'enforcement-review',
  'jurisdiction',
  'compensation',
  'other',
] as const satisfies readonly Instance[];
export type CaseInstance = (typeof CASE_INSTANCES)[number];
// Compile-time check that the list is exhaustive: fails when the domain adds an instance.
const _instancesExhaustive: Record<Instance, true> = {
  first: true,
  appeal: true,
  'retrial-review': true,
  retrial: true,
  'enforcement-review': true,
  jurisdiction: true,
  compensation: true,
  other: true,
};
void _instancesExhaustive;
export const CASE_INSTANCE_LABELS: Record<CaseInstance, string> = {
  first: '一审',
  appeal: '二审',
  'retrial-review': '再审审查',
  retrial: '再审',
  'enforcement-review': '非诉执行审查',
  jurisdiction: '管辖',
  compensation: '行政赔偿',
  other: '其他',
};

export const CASE_STATUSES = ['registered', 'in_progress', 'concluded', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
/** Statuses of a case still being worked on (the workbench's 无承办人 counts these). */
export const OPEN_CASE_STATUSES = ['registered', 'in_progress'] as const satisfies readonly CaseStatus[];
/** Not archived (归档): a period still open on an archived case (an appeal window nobody closed) is not work. */
export const LIVE_CASE_STATUSES = ['registered', 'in_progress', 'concluded'] as const satisfies readonly CaseStatus[];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  registered: '已登记',
  in_progress: '审理中',
  concluded: '已审结',
  closed: '已归档',
};

/** 被诉行政行为种类. */
export const ACT_KINDS = [
  'penalty',
  'license',
  'coercion',
  'expropriation',
  'disclosure',
  'inaction',
  'agreement',
  'confirmation',
  'registration',
  'adjudication',
  'benefit',
  'other',
] as const;
export type ActKind = (typeof ACT_KINDS)[number];
export const ACT_KIND_LABELS: Record<ActKind, string> = {
  penalty: '行政处罚',
  license: '行政许可',
  coercion: '行政强制',
  expropriation: '行政征收',
  disclosure: '政府信息公开',
  inaction: '行政不作为',
  agreement: '行政协议',
  confirmation: '行政确认',
  registration: '行政登记',
  adjudication: '行政裁决',
  benefit: '行政给付',
  other: '其他',
};

/** 风险预警 (docs/rules/risk-and-accountability.md#risk). */
export const RISK_LEVELS = ['green', 'yellow', 'red'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { green: '绿色', yellow: '黄色', red: '红色' };

export const PARTY_SIDES = ['plaintiff', 'defendant', 'third_party'] as const;
export type PartySide = (typeof PARTY_SIDES)[number];
export const PARTY_SIDE_LABELS: Record<PartySide, string> = {
  plaintiff: '原告（申请人）',
  defendant: '被告（被申请人）',
  third_party: '第三人',
};

export const PARTY_TYPES = ['person', 'organization', 'agency'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];
export const PARTY_TYPE_LABELS: Record<PartyType, string> = {
  person: '自然人',
  organization: '法人或其他组织',
  agency: '行政机关',
};

/** 第一被告 / 共同被告 / 复议机关 (行政诉讼法第26条第2款: 复议维持的，原机关和复议机关是共同被告). */
export const DEFENDANT_ROLES = ['first', 'co_defendant', 'reconsideration_body'] as const;
export type DefendantRole = (typeof DEFENDANT_ROLES)[number];
export const DEFENDANT_ROLE_LABELS: Record<DefendantRole, string> = {
  first: '第一被告',
  co_defendant: '共同被告',
  reconsideration_body: '复议机关（共同被告）',
};

export const LINK_TYPES = ['appeal_of', 'retrial_of', 'follows_reconsideration', 'became_case'] as const;
export type LinkType = (typeof LINK_TYPES)[number];
/** Read as "<from> … <to>": the appeal (from) is the appeal of the first instance (to). */
export const LINK_TYPE_LABELS: Record<LinkType, string> = {
  appeal_of: '上诉案件（二审）',
  retrial_of: '再审案件',
  follows_reconsideration: '复议后起诉',
  became_case: '争议转为复议或诉讼',
};

export const EVENT_TYPES = [
  'registered',
  'filed',
  'notice_received',
  'defence_submitted',
  'hearing',
  'mediation',
  'outcome',
  'appeal',
  'withdrawal',
  'linked',
  'deleted',
  'restored',
  'note',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  registered: '登记',
  filed: '立案',
  notice_received: '收到应诉通知/起诉状副本',
  defence_submitted: '提交答辩',
  hearing: '开庭',
  mediation: '协调化解',
  outcome: '结案',
  appeal: '上诉',
  withdrawal: '撤诉',
  linked: '关联案件',
  deleted: '删除',
  restored: '恢复',
  note: '备注',
};

/**
 * Timeline entries the risk module writes on its case (docs/rules/risk.md#workflow), never entered by hand: not in
 * EVENT_TYPES (the hand-written entry's list), labelled with them in the case meta.
 */
export const RISK_EVENT_TYPES = [
  'risk_warning',
  'risk_level',
  'risk_lead',
  'risk_plan',
  'risk_closed',
  'risk_reopened',
  'risk_supervised',
  'risk_supervision_lifted',
  'risk_signal',
] as const;
export type RiskEventType = (typeof RISK_EVENT_TYPES)[number];
export const RISK_EVENT_TYPE_LABELS: Record<RiskEventType, string> = {
  risk_warning: '风险预警',
  risk_level: '风险等级调整',
  risk_lead: '明确包案领导',
  risk_plan: '一案一策',
  risk_closed: '风险销号',
  risk_reopened: '风险事项重新启动',
  risk_supervised: '挂牌督办',
  risk_supervision_lifted: '解除督办',
  risk_signal: '法院庭前风险提示',
};

export const DEADLINE_STATUSES = ['open', 'met', 'missed'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];
export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  open: '未到期',
  met: '已完成',
  missed: '已逾期',
};

export const ASSIGNMENT_PURPOSES = ['expert_review', 'discipline'] as const;
export type AssignmentPurpose = (typeof ASSIGNMENT_PURPOSES)[number];

/** 负责人出庭应诉: who appeared for the defendant (docs/rules/head-appearance.md#who-counts). */
export const HEAD_APPEARANCES = ['none', 'principal', 'deputy', 'in_charge'] as const;
export type HeadAppearance = (typeof HEAD_APPEARANCES)[number];
export const HEAD_APPEARANCE_LABELS: Record<HeadAppearance, string> = {
  none: '负责人未出庭',
  principal: '正职出庭',
  deputy: '副职出庭',
  in_charge: '分管负责人出庭',
};
