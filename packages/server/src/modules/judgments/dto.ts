/** zod shapes of the judgments module's requests and responses, with the Chinese labels errors name. */
import { APPEAL_DECISION_STATES } from '@shuangjiang/domain';
import { z } from 'zod';
import { documentMeta } from '../documents/dto.js';
import { COMPLIANCE_STATUSES } from './schema.js';

const isoDate = (title: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${title}：请填写日期（如 2026-12-07）`)
    .refine(
      (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      {
        message: `${title}：日期不存在`,
      },
    )
    .meta({ title });
const version = z.number({ error: '版本号：必填' }).int().min(1).meta({ title: '版本号' });
const text = (title: string, max: number) =>
  z
    .string({ error: `${title}：必填` })
    .trim()
    .min(1, `${title}：必填`)
    .max(max, `${title}：不能超过${max}字`)
    .meta({ title });

export const caseIdParams = z.object({ id: z.uuid().meta({ title: '案件' }) });
export const idParams = z.object({ id: z.uuid().meta({ title: '记录' }) });

export const serviceBody = z.object({ servedDate: isoDate('送达日期'), version });
export const draftBody = z.object({
  appeal: z.boolean({ error: '是否上诉：必填' }).meta({ title: '是否上诉' }),
  reason: text('理由', 2000),
});
export const reviseBody = draftBody.extend({ version });
export const decisionBody = z.object({
  decision: z.enum(['approved', 'rejected'], { error: '审批结果：须为批准或退回' }).meta({ title: '审批结果' }),
  note: z.string().trim().max(1000, '审批意见：不能超过1000字').nullish().meta({ title: '审批意见' }),
  version,
});
export const completeBody = z.object({ note: text('履行情况', 2000), version });

const deadline = z
  .object({
    id: z.string(),
    ruleId: z.string(),
    fromDate: z.string(),
    dueDate: z.string().nullable(),
    status: z.string(),
    overdue: z.boolean(),
    explanation: z.string(),
  })
  .nullable();

export const afterJudgmentOut = z.object({
  caseId: z.string(),
  caseVersion: z.number(),
  outcome: z.string().nullable(),
  outcomeLabel: z.string().nullable(),
  outcomeDate: z.string().nullable(),
  governmentLost: z.boolean().nullable(),
  appealed: z.boolean().nullable(),
  servedDate: z.string().nullable(),
  appealWindow: deadline,
  decisions: z.array(
    z.object({
      id: z.string(),
      appeal: z.boolean(),
      reason: z.string(),
      status: z.enum(APPEAL_DECISION_STATES),
      draftedByName: z.string(),
      createdAt: z.string(),
      decidedByName: z.string().nullable(),
      decidedAs: z.string().nullable(),
      decidedAt: z.string().nullable(),
      decisionNote: z.string().nullable(),
      version: z.number(),
    }),
  ),
  /** Whether the caller may approve or reject a drafted decision (a head of a defendant, a coordinator). */
  canApprove: z.boolean(),
  compliance: z
    .object({
      id: z.string(),
      status: z.enum(COMPLIANCE_STATUSES),
      fromDate: z.string(),
      days: z.number(),
      deadline,
      completionNote: z.string().nullable(),
      completedByName: z.string().nullable(),
      completedAt: z.string().nullable(),
      cancelReason: z.string().nullable(),
      version: z.number(),
      evidence: z.array(documentMeta),
    })
    .nullable(),
});
