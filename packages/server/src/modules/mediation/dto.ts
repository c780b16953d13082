/** Inputs and outputs of /api/v1/mediations (docs/rules/mediation.md). zod in, the presenter's shape out. */
import {
  MEDIATION_ACTIONS,
  MEDIATION_RESULTS,
  MEDIATION_STAGES,
  MEDIATION_STATES,
  type MediationState,
} from '@shuangjiang/domain';
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const text = (label: string, max = 2000) =>
  z.string().trim().min(1, `${label}不能为空`).max(max, `${label}不超过${max}字`);
const version = z.number().int().positive();
// Any UUID form (the demo data's ids are not RFC 4122 version-4, which z.uuid() requires).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (label: string) => z.string().regex(UUID, { error: `${label}无效` });

export const mediationIdParams = z.object({ id: uuid('调解案件ID') });

export const listQuery = z.object({
  state: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      const list = s.split(',').filter(Boolean);
      for (const v of list)
        if (!(MEDIATION_STATES as readonly string[]).includes(v)) {
          ctx.addIssue({ code: 'custom', message: `状态无效：${v}` });
          return z.NEVER;
        }
      return list as MediationState[];
    }),
  stage: z.enum(MEDIATION_STAGES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListQuery = z.infer<typeof listQuery>;

export const intakeBody = z.object({
  stage: z.enum(MEDIATION_STAGES),
  applicants: z
    .array(z.object({ name: text('申请人姓名（名称）', 100), partyType: z.enum(['person', 'organization']) }))
    .min(1, '至少一名申请人')
    .max(50),
  agencyId: uuid('被申请机关'),
  subject: text('争议事项'),
  request: z.string().trim().max(2000).nullish(),
  receivedOn: day,
  /** 诉中: the number of the 复议 or lawsuit the mediation takes place in (must be registered in the region). */
  linkedCaseNumber: z.string().trim().min(1).max(100).nullish(),
});
export type IntakeBody = z.infer<typeof intakeBody>;

export const acceptBody = z.object({ version });
export const refuseBody = z.object({ version, reason: text('不予受理理由') });
export const assignBody = z.object({ version, mediatorUserId: uuid('调解员') });
export const sessionBody = z.object({
  version,
  heldOn: day,
  participants: z.array(text('参加人', 100)).min(1, '至少一名参加人').max(50),
  notes: text('调解情况', 5000),
});
export const resultBody = z.object({
  version,
  result: z.enum(MEDIATION_RESULTS),
  resultOn: day,
  summary: text('结果说明', 5000),
});
export const becameCaseBody = z.object({ version, caseNumber: text('案号', 100) });
export type SessionBody = z.infer<typeof sessionBody>;
export type ResultBody = z.infer<typeof resultBody>;

const sessionOut = z.object({
  id: z.string(),
  heldOn: z.string(),
  participants: z.array(z.string()),
  notes: z.string(),
  recordedByName: z.string().nullable(),
});

const listItemOut = z.object({
  id: z.string(),
  stage: z.enum(MEDIATION_STAGES),
  state: z.enum(MEDIATION_STATES),
  applicants: z.array(z.object({ name: z.string(), partyType: z.enum(['person', 'organization']) })),
  agencyId: z.string(),
  agencyName: z.string().nullable(),
  subject: z.string(),
  receivedOn: z.string(),
  linkedCaseNumber: z.string().nullable(),
  mediatorName: z.string().nullable(),
  resultOn: z.string().nullable(),
  countsAsSettlement: z.boolean(),
  becameCaseNumber: z.string().nullable(),
  version: z.number(),
});
export const mediationListOut = z.object({ items: z.array(listItemOut), total: z.number() });

export const mediationDetailOut = listItemOut.extend({
  request: z.string().nullable(),
  refusalReason: z.string().nullable(),
  mediatorUserId: z.string().nullable(),
  assignedAt: z.string().nullable(),
  resultSummary: z.string().nullable(),
  sessions: z.array(sessionOut),
  /** The steps the state allows (the domain's table); the page shows these only. */
  allowedActions: z.array(z.enum(MEDIATION_ACTIONS)),
  /** Mediators the caller may assign (accounts of the centre over the mediation's region). */
  mediators: z.array(z.object({ id: z.string(), displayName: z.string() })),
  /** The signed 调解协议书 as uploaded (agreed mediations), newest first. */
  agreementFiles: z.array(
    z.object({
      id: z.string(),
      fileName: z.string(),
      size: z.number(),
      createdByName: z.string(),
      createdAt: z.string(),
    }),
  ),
});
export const agreementFileParams = z.object({ id: z.string().max(64), fileId: z.string().max(64) });
export type MediationDetail = z.infer<typeof mediationDetailOut>;
