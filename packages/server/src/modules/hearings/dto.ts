/**
 * The hearings API's request and response shapes (zod): the routes validate with them, the OpenAPI document and the
 * web's generated types come from them. Every input field carries its Chinese label (`.meta({ title })`), so a
 * validation error names it.
 */
import { z } from 'zod';
import { HEAD_ROLES } from '../org/public.js';
import {
  ABSENCE_STATUSES,
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
});
export type HearingDto = z.infer<typeof hearingOut>;

export const hearingDetailOut = hearingOut.extend({ history: z.array(statusChangeOut) });
export type HearingDetailDto = z.infer<typeof hearingDetailOut>;

export const hearingListOut = z.object({ items: z.array(hearingOut) });

const labelled = z.array(z.object({ value: z.string(), label: z.string() }));
export const hearingMetaOut = z.object({
  kinds: labelled,
  modes: labelled,
  statuses: labelled,
  transitions: z.record(z.string(), z.array(z.string())),
  mustAppearReasons: labelled,
  appearanceRoles: labelled,
  absenceStatuses: labelled,
});
