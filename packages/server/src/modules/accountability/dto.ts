/** zod shapes of the accountability module's requests and responses, with the Chinese labels errors name. */
import { CONCLUSIONS, EVALUATION_STATES } from '@shuangjiang/domain';
import { z } from 'zod';

const version = z.number({ error: '版本号：必填' }).int().min(1).meta({ title: '版本号' });
const note = (title: string, max: number) =>
  z.string().trim().max(max, `${title}：不能超过${max}字`).nullish().meta({ title });
const text = (title: string, max: number) =>
  z
    .string({ error: `${title}：必填` })
    .trim()
    .min(1, `${title}：必填`)
    .max(max, `${title}：不能超过${max}字`)
    .meta({ title });

export const idParams = z.object({ id: z.uuid().meta({ title: '记录' }) });

export const evaluationListQuery = z.object({
  state: z.enum(EVALUATION_STATES).optional().meta({ title: '状态' }),
  trigger: z.enum(['loss', 'self_correction']).optional().meta({ title: '来源' }),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type EvaluationListQueryInput = z.infer<typeof evaluationListQuery>;

export const selfCorrectionBody = z.object({ caseId: z.uuid({ error: '案件：必填' }).meta({ title: '案件' }) });

export const initialBody = z.object({
  reasons: z.array(z.string().trim().min(1)).min(1, '初评理由：至少选择一项').max(20).meta({ title: '初评理由' }),
  faultAppears: z.boolean({ error: '是否存在主观过错情形：必填' }).meta({ title: '是否存在主观过错情形' }),
  opinion: note('初评意见', 4000),
  version,
});
export type InitialInput = z.infer<typeof initialBody>;

export const expertsBody = z.object({
  expertIds: z.array(z.uuid()).min(1, '专家：至少一人').max(20).meta({ title: '专家' }),
  version,
});
export type ExpertsInput = z.infer<typeof expertsBody>;

export const reviewBody = z.object({
  faultFound: z.boolean({ error: '是否存在主观过错：必填' }).meta({ title: '是否存在主观过错' }),
  recommendReferral: z.boolean({ error: '是否建议移送：必填' }).meta({ title: '是否建议移送' }),
  opinion: text('复评意见', 4000),
  version,
});
export type ReviewInput = z.infer<typeof reviewBody>;

export const conclusionBody = z.object({
  conclusion: z.enum(CONCLUSIONS, { error: '结论：须为存在主观过错、无主观过错或已自我纠错' }).meta({ title: '结论' }),
  note: note('结论说明', 4000),
  version,
});
export type ConclusionInput = z.infer<typeof conclusionBody>;

export const referralBody = z.object({
  evaluationId: z.uuid({ error: '败诉评价：必填' }).meta({ title: '败诉评价' }),
  disciplineUserId: z.uuid({ error: '纪委监委联络员：必填' }).meta({ title: '纪委监委联络员' }),
  /** The evaluation's version the coordinator saw. */
  version,
});
export type ReferralInput = z.infer<typeof referralBody>;

export const referralListQuery = z.object({
  outcome: z.enum(['pending', 'recorded']).optional().meta({ title: '处理结果' }),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const outcomeBody = z.object({
  code: text('处理结果', 60),
  note: note('说明', 4000),
  checks: z
    .array(
      z.object({
        code: text('一案四查事项', 60),
        responsible: z.boolean({ error: '是否有责任：必填' }).meta({ title: '是否有责任' }),
        note: note('说明', 2000),
      }),
    )
    .max(10)
    .default([])
    .meta({ title: '一案四查' }),
  version,
});
export type OutcomeInput = z.infer<typeof outcomeBody>;

// ---- responses

const listEntry = z.object({ code: z.string(), label: z.string(), basis: z.string().optional() });
const person = z.object({ id: z.string(), displayName: z.string() });

const caseSummary = z
  .object({
    id: z.string(),
    kind: z.string(),
    caseNumber: z.string().nullable(),
    causeOfAction: z.string().nullable(),
    outcome: z.string().nullable(),
    outcomeDate: z.string().nullable(),
    courtName: z.string().nullable(),
    defendantName: z.string().nullable(),
  })
  .nullable();

const initialOut = z
  .object({
    by: z.string(),
    at: z.string(),
    reasons: z.array(z.string()),
    faultAppears: z.boolean(),
    opinion: z.string().optional(),
  })
  .nullable();

const reviewOut = z.object({
  expertId: z.string(),
  expertName: z.string().nullable(),
  at: z.string(),
  faultFound: z.boolean(),
  recommendReferral: z.boolean(),
  opinion: z.string(),
});

const conclusionOut = z
  .object({ by: z.string(), at: z.string(), conclusion: z.enum(CONCLUSIONS), note: z.string().optional() })
  .nullable();

export const referralOut = z.object({
  id: z.string(),
  evaluationId: z.string(),
  caseId: z.string(),
  disciplineUserId: z.string(),
  disciplineUserName: z.string().nullable(),
  batch: z.string().nullable(),
  dueDate: z.string().nullable(),
  sentOn: z.string(),
  onTime: z.boolean().nullable(),
  outcomeCode: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  checks: z.array(z.object({ code: z.string(), responsible: z.boolean(), note: z.string().optional() })),
  outcomeAt: z.string().nullable(),
  version: z.number(),
});

export const evaluationSummaryOut = z.object({
  id: z.string(),
  caseId: z.string(),
  case: caseSummary,
  trigger: z.enum(['loss', 'self_correction']),
  state: z.enum(EVALUATION_STATES),
  effectiveOn: z.string().nullable(),
  initial: initialOut,
  expertIds: z.array(z.string()),
  experts: z.array(person),
  reviewsAssigned: z.number(),
  reviewsSubmitted: z.number(),
  /** Submitted reviews withheld from this viewer (blind review). */
  reviewsHidden: z.number(),
  myReviewSubmitted: z.boolean(),
  conclusion: conclusionOut,
  /** The steps open to this viewer now. */
  actions: z.array(z.string()),
  referral: referralOut.nullable(),
  version: z.number(),
  createdAt: z.string(),
});

export const evaluationListOut = z.object({ items: z.array(evaluationSummaryOut), total: z.number() });
export const evaluationDetailOut = evaluationSummaryOut.extend({
  reviews: z.array(reviewOut),
  /** The referral's package as sent (coordinators and the discipline liaison). */
  package: z.unknown().nullable(),
});

export const referralListOut = z.object({
  items: z.array(referralOut.extend({ case: caseSummary })),
  total: z.number(),
});

export const evaluationMetaOut = z.object({
  reasons: z.array(listEntry),
  outcomes: z.array(listEntry),
  fourChecks: z.array(listEntry),
  /** Accounts a coordinator may assign (empty for other roles). */
  experts: z.array(person),
  disciplineLiaisons: z.array(person),
});

export const evaluationFiguresOut = z.object({
  total: z.number(),
  byState: z.record(z.string(), z.number()),
  byConclusion: z.record(z.string(), z.number()),
  /** 自我纠错: concluded so, and opened for a withdrawal after the agency changed its act. */
  selfCorrected: z.number(),
  openedForSelfCorrection: z.number(),
  referralOnTime: z.object({ numerator: z.number(), denominator: z.number(), value: z.number().nullable() }),
  referralOverdue: z.number(),
});
