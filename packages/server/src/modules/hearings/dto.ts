/**
 * The hearings API's request and response shapes (zod): the routes validate with them, the OpenAPI document and the
 * web's generated types come from them. Every input field carries its Chinese label (`.meta({ title })`), so a
 * validation error names it.
 */

import { ABSENCE_REASON_LABELS, ABSENCE_REASONS } from '@shuangjiang/domain';
import { z } from 'zod';
import { HEAD_ROLES } from '../org/public.js';
import {
  ABSENCE_STATUSES,
  APPEARANCE_ROLE_LABELS,
  APPEARANCE_ROLES,
  HEARING_KIND_LABELS,
  HEARING_KINDS,
  HEARING_MODE_LABELS,
  HEARING_MODES,
  HEARING_STATUS_LABELS,
  HEARING_STATUSES,
  MUST_APPEAR_REASON_LABELS,
  MUST_APPEAR_REASONS,
} from './constants.js';

const titled = <T extends z.ZodType>(schema: T, title: string) => schema.meta({ title });
const version = titled(z.number({ error: '版本号应为整数' }).int({ error: '版本号应为整数' }).min(1), '版本号');
const dateTime = (title: string) =>
  titled(
    z.iso.datetime({ offset: true, error: `${title}应为带时区的日期时间（如 2026-12-01T09:30:00+08:00）` }),
    title,
  );
const text = (title: string, max: number) =>
  titled(
    z
      .string({ error: `${title}应为文本` })
      .trim()
      .max(max, { error: `${title}不能超过${max}个字` }),
    title,
  );
/** A closed list, the message naming the field and the choices with their Chinese labels. */
const oneOf = <T extends readonly [string, ...string[]]>(values: T, labels: Record<T[number], string>, title: string) =>
  titled(
    z.enum(values, {
      error: `${title}无效，可选值：${values.map((v) => `${v}（${labels[v as T[number]]}）`).join('、')}`,
    }),
    title,
  );

export const caseIdParams = z.object({ id: z.string() });
export const hearingIdParams = z.object({ id: z.string() });

const hearingFields = {
  kind: oneOf(HEARING_KINDS, HEARING_KIND_LABELS, '庭审类型'),
  mode: oneOf(HEARING_MODES, HEARING_MODE_LABELS, '开庭方式'),
  scheduledAt: dateTime('开庭时间'),
  courtroom: text('法庭', 100).nullable(),
  mustAppearReasons: titled(
    z.array(oneOf(MUST_APPEAR_REASONS, MUST_APPEAR_REASON_LABELS, '应当出庭的情形')).max(MUST_APPEAR_REASONS.length),
    '应当出庭的情形',
  ),
  notes: text('备注', 2000).nullable(),
};

export const createHearingBody = z.object({
  ...hearingFields,
  kind: hearingFields.kind.default('trial'),
  mode: hearingFields.mode.default('in_person'),
  courtroom: hearingFields.courtroom.optional(),
  mustAppearReasons: hearingFields.mustAppearReasons.default([]),
  notes: hearingFields.notes.optional(),
});
export type CreateHearingInput = z.infer<typeof createHearingBody>;

export const updateHearingBody = z.object({
  version,
  kind: hearingFields.kind.optional(),
  mode: hearingFields.mode.optional(),
  scheduledAt: hearingFields.scheduledAt.optional(),
  courtroom: hearingFields.courtroom.optional(),
  mustAppearReasons: hearingFields.mustAppearReasons.optional(),
  notes: hearingFields.notes.optional(),
});
export type UpdateHearingInput = z.infer<typeof updateHearingBody>;

export const statusBody = z.object({
  version,
  status: oneOf(HEARING_STATUSES, HEARING_STATUS_LABELS, '庭审状态'),
  reason: titled(
    z
      .string({ error: '请填写变更原因' })
      .trim()
      .min(1, { error: '请填写变更原因' })
      .max(500, { error: '变更原因不能超过500个字' }),
    '变更原因',
  ),
  /** The new time: required when a postponed hearing is scheduled again; optional when postponing. */
  scheduledAt: dateTime('新的开庭时间').optional(),
});
export type StatusInput = z.infer<typeof statusBody>;

export const upcomingQuery = z.object({
  from: dateTime('起始时间').optional(),
  days: titled(z.coerce.number({ error: '天数应为1到366的整数' }).int().min(1).max(366), '天数').default(30),
  status: titled(
    z
      .string()
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(oneOf(HEARING_STATUSES, HEARING_STATUS_LABELS, '庭审状态'))),
    '庭审状态',
  ).optional(),
  limit: titled(z.coerce.number({ error: '条数应为1到500的整数' }).int().min(1).max(500), '条数').default(200),
});
export type UpcomingQuery = z.infer<typeof upcomingQuery>;

export const appearanceOut = z.object({
  id: z.string(),
  role: z.enum(APPEARANCE_ROLES),
  headId: z.string().nullable(),
  name: z.string(),
  title: z.string().nullable(),
  headRole: z.enum(HEAD_ROLES).nullable(),
  agencyId: z.string().nullable(),
  designated: z.boolean(),
  appeared: z.boolean(),
  spoke: z.boolean(),
  identityProofFiled: z.boolean(),
});

export const absenceOut = z.object({
  id: z.string(),
  hearingId: z.string(),
  headId: z.string(),
  headName: z.string().nullable(),
  reasonCode: z.string(),
  reasonText: z.string().nullable(),
  deputyName: z.string(),
  deputyTitle: z.string().nullable(),
  deputyHeadId: z.string().nullable(),
  status: z.enum(ABSENCE_STATUSES),
  filedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  version: z.number(),
});

export const statusChangeOut = z.object({
  at: z.string(),
  byName: z.string(),
  fromStatus: z.enum(HEARING_STATUSES).nullable(),
  toStatus: z.enum(HEARING_STATUSES),
  fromScheduledAt: z.string().nullable(),
  toScheduledAt: z.string().nullable(),
  reason: z.string(),
});

const reasonOut = z.object({
  code: z.string(),
  text: z.string(),
  rule: z.string(),
  hearingId: z.string().optional(),
});
const absenceStanding = z.enum(['none', 'approved', 'unapproved']);

/** The domain's judgement of one hearing (docs/rules/head-appearance.md): whether and why the head's appearance counts. */
export const assessmentOut = z.object({
  counts: z.boolean(),
  headAppeared: z.boolean(),
  principalAppeared: z.boolean(),
  headSpoke: z.boolean(),
  staffAppeared: z.boolean(),
  absence: absenceStanding,
  noHeadOrStaff: z.boolean(),
  reasons: z.array(reasonOut),
});

/** Whether the head must appear, and on which grounds (the domain's mustHeadAppear). */
export const mustAppearOut = z.object({
  required: z.boolean(),
  reasons: z.array(reasonOut.extend({ basis: z.string() })),
});

/** The instance (the case) over all its hearings: the domain's assessInstance. */
export const instanceOut = z.object({
  heard: z.boolean(),
  pending: z.boolean(),
  valid: z.boolean(),
  principalAppeared: z.boolean(),
  spoke: z.boolean(),
  absence: absenceStanding,
  judicialSuggestionRisk: z.boolean(),
  validHearingIds: z.array(z.string()),
  reasons: z.array(reasonOut),
  mustAppear: mustAppearOut,
});

export const hearingOut = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  kind: z.enum(HEARING_KINDS),
  mode: z.enum(HEARING_MODES),
  scheduledAt: z.string(),
  courtroom: z.string().nullable(),
  status: z.enum(HEARING_STATUSES),
  mustAppearReasons: z.array(z.enum(MUST_APPEAR_REASONS)),
  notes: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  appearances: z.array(appearanceOut),
  absences: z.array(absenceOut),
  assessment: assessmentOut,
  mustAppear: mustAppearOut,
  /** The court's evaluations of the heads who appeared (负责人出庭规定第14条). */
  evaluations: z.array(
    z.object({
      headId: z.string(),
      prepared: z.number(),
      spokeOnMerits: z.number(),
      respectedCourt: z.number(),
      comment: z.string().nullable(),
      evaluatedAt: z.string(),
      version: z.number(),
    }),
  ),
  /** Heads who confirmed they will attend, at the hearing's present time (cleared when it is rescheduled). */
  confirmations: z.array(
    z.object({ headId: z.string(), headName: z.string().nullable(), confirmedAt: z.string(), scheduledAt: z.string() }),
  ),
});
export type HearingDto = z.infer<typeof hearingOut>;

export const hearingDetailOut = hearingOut.extend({ history: z.array(statusChangeOut) });
export type HearingDetailDto = z.infer<typeof hearingDetailOut>;

export const hearingListOut = z.object({ items: z.array(hearingOut) });
export const caseHearingsOut = hearingListOut.extend({ instance: instanceOut });

const appearanceIn = z.object({
  role: oneOf(APPEARANCE_ROLES, APPEARANCE_ROLE_LABELS, '出庭身份'),
  /** A head from org's heads list (role head): name, 职务, role and agency are taken from it. */
  headId: titled(z.uuid({ error: '负责人应为负责人名录中的有效ID' }), '负责人').optional(),
  name: text('姓名', 50).optional(),
  title: text('职务（律师事务所）', 100).optional(),
  designated: titled(z.boolean({ error: '是否指派应为是或否' }), '是否指派').default(false),
  appeared: titled(z.boolean({ error: '是否出庭应为是或否' }), '是否出庭').default(false),
  spoke: titled(z.boolean({ error: '是否出声应为是或否' }), '是否出声').default(false),
  identityProofFiled: titled(z.boolean({ error: '是否提交身份证明应为是或否' }), '是否提交身份证明').default(false),
});
export const appearancesBody = z.object({
  version,
  items: titled(z.array(appearanceIn).max(30, { error: '出庭人员最多30人' }), '出庭人员列表'),
});
export type AppearancesInput = z.infer<typeof appearancesBody>;

export const absenceBody = z.object({
  headId: titled(z.uuid({ error: '不出庭的负责人应为负责人名录中的有效ID' }), '不出庭的负责人'),
  reasonCode: oneOf(ABSENCE_REASONS, ABSENCE_REASON_LABELS, '不出庭事由'),
  reasonText: text('事由说明', 1000).optional(),
  deputyName: titled(
    z.string({ error: '请填写改派出庭人员' }).trim().min(1, { error: '请填写改派出庭人员' }).max(50),
    '改派出庭人员',
  ),
  deputyTitle: text('改派人员职务', 100).optional(),
  deputyHeadId: titled(z.uuid({ error: '改派的负责人应为负责人名录中的有效ID' }), '改派的负责人').optional(),
});
export type AbsenceInput = z.infer<typeof absenceBody>;

export const absenceIdParams = z.object({ id: z.string() });
export const decisionBody = z.object({
  version,
  decision: oneOf(['approved', 'rejected'] as const, { approved: '备案', rejected: '退回' }, '备案结果'),
  note: text('备案意见', 500).optional(),
});
export type DecisionInput = z.infer<typeof decisionBody>;

const labelled = z.array(z.object({ value: z.string(), label: z.string() }));
export const hearingMetaOut = z.object({
  kinds: labelled,
  modes: labelled,
  statuses: labelled,
  transitions: z.record(z.string(), z.array(z.string())),
  mustAppearReasons: labelled,
  appearanceRoles: labelled,
  absenceStatuses: labelled,
  /** The statutory reasons (负责人出庭规定第8条), from the domain. */
  absenceReasons: z.array(
    z.object({ value: z.string(), label: z.string(), basis: z.string(), needsExplanation: z.boolean() }),
  ),
});

export const pendingQuery = z.object({
  limit: titled(z.coerce.number({ error: '条数应为1到500的整数' }).int().min(1).max(500), '条数').default(200),
});
export const pendingAbsencesOut = z.object({
  items: z.array(
    absenceOut.extend({
      caseId: z.string(),
      caseNumber: z.string().nullable(),
      hearingScheduledAt: z.string(),
      hearingStatus: z.enum(HEARING_STATUSES),
      /** The hearing's time has passed: a 备案 now is no longer before the hearing. */
      late: z.boolean(),
    }),
  ),
});

const score = (title: string) =>
  titled(
    z
      .number({ error: `${title}应为1到5的整数` })
      .int({ error: `${title}应为1到5的整数` })
      .min(1, { error: `${title}应为1到5的整数` })
      .max(5, { error: `${title}应为1到5的整数` }),
    title,
  );
export const evaluationParams = z.object({ id: z.string(), headId: z.string() });
export const evaluationBody = z.object({
  prepared: score('庭前准备'),
  spokeOnMerits: score('实质性发言'),
  respectedCourt: score('尊重法庭'),
  comment: text('评价意见', 1000).optional(),
  /** The evaluation's version when changing one (absent for the first). */
  version: version.optional(),
});
export type EvaluationInput = z.infer<typeof evaluationBody>;

const isoDate = (title: string) =>
  titled(
    z
      .string({ error: `${title}应为日期（YYYY-MM-DD）` })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${title}格式应为YYYY-MM-DD` }),
    title,
  );
export const figuresQuery = z.object({
  from: isoDate('起始日期'),
  to: isoDate('截止日期'),
  by: oneOf(['agency', 'county'] as const, { agency: '按被告机关', county: '按县（市、区）' }, '分组方式').default(
    'agency',
  ),
});
export type FiguresQuery = z.infer<typeof figuresQuery>;
const rateOut = z.object({
  numerator: z.number(),
  denominator: z.number(),
  value: z.number().nullable(),
  numeratorCaseIds: z.array(z.string()),
  denominatorCaseIds: z.array(z.string()),
});
const figuresOut = z.object({
  casesHeard: z.number(),
  appearance: rateOut,
  principal: rateOut,
  spoke: rateOut,
  approvedAbsences: rateOut,
  unapprovedAbsences: rateOut,
  judicialSuggestionRisk: rateOut,
  evaluation: rateOut,
});
export const hearingFiguresOut = z.object({
  from: z.string(),
  to: z.string(),
  by: z.enum(['agency', 'county']),
  total: figuresOut,
  groups: z.array(z.object({ key: z.string(), name: z.string(), figures: figuresOut })),
  /** Every case of the period (the ids above), with what a click-through list shows of it. */
  cases: z.array(z.object({ id: z.string(), caseNumber: z.string().nullable(), causeOfAction: z.string().nullable() })),
});

/** POST /hearings/:id/confirm: the hearing's version the head read (a rescheduled hearing is confirmed afresh). */
export const confirmBody = z.object({ version });
export type ConfirmInput = z.infer<typeof confirmBody>;

/** POST /hearings/:id/my-absence: the head's own 不出庭说明 (the head is the caller's, from the heads list). */
export const myAbsenceBody = absenceBody.omit({ headId: true });
export type MyAbsenceInput = z.infer<typeof myAbsenceBody>;

/** GET /hearings/mine: the caller's head (null when the account is linked to none) and their hearings ahead. */
export const myHearingsOut = z.object({
  head: z
    .object({
      id: z.string(),
      name: z.string(),
      title: z.string(),
      headRole: z.enum(HEAD_ROLES),
      agencyId: z.string(),
    })
    .nullable(),
  items: z.array(hearingOut),
});
