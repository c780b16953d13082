/**
 * Bodies and parameters of the case registry's writes: the form, links, events, deadlines, assignments, 承办人.
 */
import { z } from 'zod';
import {
  ACT_KINDS,
  ASSIGNMENT_PURPOSES,
  CASE_INSTANCES,
  CASE_KINDS,
  CASE_STATUSES,
  DEFENDANT_ROLES,
  EVENT_TYPES,
  LINK_TYPES,
  PARTY_SIDES,
  PARTY_TYPES,
  RISK_LEVELS,
} from '../constants.js';
import { bool, date, id, oneOf, outcomeCategory, text } from './fields.js';

export const partyInput = z.object({
  side: oneOf(PARTY_SIDES, '当事人地位'),
  partyType: oneOf(PARTY_TYPES, '当事人类型'),
  name: text('当事人名称', 200).min(1, { error: '当事人名称不能为空' }),
  agencyId: id('当事人机关').nullish(),
  defendantRole: oneOf(DEFENDANT_ROLES, '被告类别').nullish(),
  idNumber: text('证件号码', 40).nullish(),
  phone: text('联系电话', 40).nullish(),
});
export type PartyInput = z.infer<typeof partyInput>;

const amount = z
  .union(
    [
      z.number(),
      z
        .string()
        .trim()
        .regex(/^\d+(\.\d{1,2})?$/),
    ],
    { error: '诉讼标的额应为不超过两位小数的金额' },
  )
  .meta({ title: '诉讼标的额' })
  .transform((v) => (typeof v === 'number' ? v.toFixed(2) : v));

/** Fields a case can be created or patched with. */
const caseFields = {
  caseNumber: text('案号', 100).nullish(),
  /** Store an unparseable number as 待核实 instead of refusing it. */
  acceptUnverified: bool('接受待核实案号').optional(),
  instance: oneOf(CASE_INSTANCES, '审级').nullish(),
  courtAgencyId: id('法院（复议机关）').nullish(),
  courtCode: text('法院代字', 20).nullish(),
  /** Region the case counts for; by default the first defendant's. */
  regionCode: text('所属地区', 12).optional(),
  receivedDate: date('收案日期').nullish(),
  filedDate: date('立案日期').nullish(),
  complaintReceivedDate: date('收到起诉状副本日期').nullish(),
  causeOfAction: text('案由', 200).nullish(),
  contestedAct: text('被诉行政行为', 1000).nullish(),
  actKind: oneOf(ACT_KINDS, '行政行为种类').nullish(),
  domain: text('行政管理领域', 60).nullish(),
  plaintiffCount: z
    .number({ error: '原告人数应为整数' })
    .int({ error: '原告人数应为整数' })
    .min(1, { error: '原告人数至少为1' })
    .meta({ title: '原告人数' })
    .optional(),
  amountClaimed: amount.nullish(),
  normativeDocReview: bool('是否涉及规范性文件附带审查').optional(),
  hearingHeld: bool('是否开庭').optional(),
  status: oneOf(CASE_STATUSES, '案件状态').optional(),
  outcome: outcomeCategory.nullish(),
  outcomeDate: date('结案日期').nullish(),
  outcomeText: text('裁判主文', 20000).nullish(),
  appealed: bool('是否上诉').nullish(),
  notes: text('备注', 5000).nullish(),
  riskLevel: oneOf(RISK_LEVELS, '风险等级').optional(),
  /** 承办人: an account that may handle the case (GET /cases/handler-candidates); null clears it. */
  handlerUserId: id('承办人').nullish(),
  parties: z
    .array(partyInput, { error: '当事人应为列表' })
    .max(500, { error: '当事人不能超过500个' })
    .meta({ title: '当事人' })
    .optional(),
};

export const createCaseBody = z.object({ kind: oneOf(CASE_KINDS, '案件类型'), ...caseFields });
export type CreateCaseInput = z.infer<typeof createCaseBody>;

export const updateCaseBody = z.object({
  /** The version read; a stale version is refused with 409 VERSION_CONFLICT. */
  version: z
    .number({ error: '版本号必填' })
    .int({ error: '版本号应为整数' })
    .min(1, { error: '版本号无效' })
    .meta({ title: '版本号' }),
  kind: oneOf(CASE_KINDS, '案件类型').optional(),
  ...caseFields,
});
export type UpdateCaseInput = z.infer<typeof updateCaseBody>;

export const deleteCaseBody = z.object({
  reason: text('删除原因', 500).min(2, { error: '请填写删除原因' }),
  version: z.number().int().min(1).optional(),
});

export const linkBody = z.object({
  toCaseId: id('关联案件'),
  linkType: oneOf(LINK_TYPES, '关联类型'),
});

export const eventBody = z.object({
  at: date('日期'),
  type: oneOf(EVENT_TYPES, '事件类型'),
  title: text('标题', 200).min(1, { error: '标题不能为空' }),
  detail: text('详情', 5000).nullish(),
});

export const unmaskBody = z.object({ reason: text('查看原因', 500).optional() }).optional();

export const caseIdParams = z.object({ id: z.string().max(64) });

export const deadlineParams = z.object({ id: z.string().max(64), deadlineId: z.string().max(64) });

/**
 * PATCH /cases/:id/deadlines/:deadlineId. `customDueDate` sets a custom due date (with `customReason`, required) or
 * clears it (null: back to the statutory date); `status` marks the deadline done ('met') or open again; `version` is
 * the case's version (stale → 409).
 */
export const deadlinePatchBody = z
  .object({
    customDueDate: date('调整后的期限').nullable().optional(),
    customReason: text('调整原因', 500).nullable().optional(),
    status: oneOf(['open', 'met'] as const, '期限状态').optional(),
    version: z.number({ error: '版本号应为整数' }).int().min(1).optional(),
  })
  .refine((b) => b.customDueDate !== undefined || b.customReason !== undefined || b.status !== undefined, {
    error: '请填写调整后的期限或期限状态',
  });
export type DeadlinePatchInput = z.infer<typeof deadlinePatchBody>;

export const assignmentBody = z.object({
  userId: id('分配对象'),
  purpose: oneOf(ASSIGNMENT_PURPOSES, '分配用途'),
});
export const assignmentParams = z.object({ id: z.string().max(64), assignmentId: z.string().max(64) });
export const assignableQuery = z.object({ purpose: oneOf(ASSIGNMENT_PURPOSES, '分配用途') });
export const assignableResponse = z.object({
  items: z.array(z.object({ id: z.string(), displayName: z.string(), regionName: z.string().nullable() })),
});

/** The form's 承办人 choices for a case with these defendant agencies (the first decides the region). */
export const handlerCandidatesQuery = z.object({
  agencyIds: z
    .string()
    .max(2000)
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.uuid({ error: '机关应为有效的ID' }))
        .min(1, { error: '请先选择被告机关' })
        .max(50),
    )
    .meta({ title: '被告机关（逗号分隔）' }),
});
export const handlerCandidatesResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      username: z.string(),
      role: z.string(),
      /** The account's agency, else its region. */
      unitName: z.string().nullable(),
    }),
  ),
});
