/**
 * The placeholders of the hearing preparation kit (应诉材料包: 答辩状, 证据目录, 授权委托书, 负责人身份证明书;
 * docs/rules/documents.md#preparation-kit). The four templates share one set, so a city's own version of any of them
 * may use any value of the kit; the 应诉批办单 of the kit is the case's own form (assignmentForm.ts).
 */
export const PREPARATION_KIT_FIELDS = {
  法院: '受理法院（复议机关）',
  案号: '案号（未取得时为“待核实”）',
  案由: '案由',
  被诉行为: '被诉行政行为',
  原告: '原告（申请人）姓名或名称，多个以顿号分隔；自然人按您的权限遮挡',
  被告: '被告（答辩人）名称：第一被告',
  第三人: '第三人名称，无则为“无”',
  负责人姓名: '被告的负责人：庭审指定出庭的负责人，未指定时为负责人名录中的正职；名录中没有则为空',
  负责人职务: '该负责人的职务（如 局长）',
  负责人类别: '正职、副职或分管负责人',
  开庭时间: '开庭时间（北京时间），无则为“尚未排期”',
  开庭地点: '法庭或“在线开庭”',
  庭审类型: '开庭、询问、调解或宣判',
  委托代理人: '庭审指定的应诉工作人员和律师，各带职务或律师事务所，以顿号分隔；无则为空',
  工作人员: '指定的应诉工作人员（第一位）姓名',
  工作人员职务: '该工作人员的职务',
  律师: '指定的律师（第一位）姓名',
  律师事务所: '该律师的律师事务所',
  生成日期: '生成日期（如 2026年12月7日）',
} as const;
export type PreparationKitData = Record<keyof typeof PREPARATION_KIT_FIELDS, string>;
