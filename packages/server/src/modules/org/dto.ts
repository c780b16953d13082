/**
 * The org API's request and response schemas (zod): the routes validate with them and the OpenAPI document is made
 * from them. Error messages are Chinese and name the field.
 */
import { z } from 'zod';
import { AGENCY_KINDS, HEAD_ROLES } from './schema.js';
import type { RegionNode } from './service.js';

const LEVELS = ['province', 'city', 'county', 'town'] as const;

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(LEVELS),
  parentCode: z.string().nullable(),
  path: z.string(),
});
export const regionNodeSchema: z.ZodType<RegionNode> = regionSchema.extend({
  get children() {
    return z.array(regionNodeSchema);
  },
});

export const agencySchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(AGENCY_KINDS),
  regionCode: z.string(),
  regionName: z.string(),
  regionPath: z.string(),
  courtCode: z.string().nullable(),
  active: z.boolean(),
});

export const headSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  name: z.string(),
  title: z.string(),
  headRole: z.enum(HEAD_ROLES),
  active: z.boolean(),
  /** 分管事项. */
  matters: z.array(z.string()),
  /** Masked (139****5678) unless the caller may see it (platform/auth/masking.ts canSeeAgencyHeadPhone). */
  phone: z.string().nullable(),
  phoneMasked: z.boolean(),
  /** The head's own login, if linked. */
  userId: z.string().nullable(),
  userDisplayName: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type HeadDto = z.infer<typeof headSchema>;

/** Mobile (11 digits from 1) or landline with area code (0523-86881234, optional extension). */
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

const trimmed = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文本` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 个字` });

export const headFields = {
  name: trimmed('姓名', 30),
  title: trimmed('职务', 30),
  headRole: z.enum(HEAD_ROLES, { error: '负责人类别无效，可选：正职、副职、分管负责人' }),
  matters: z
    .array(trimmed('分管事项', 50), { error: '分管事项应为列表' })
    .max(20, { error: '分管事项不能超过 20 项' })
    .transform((list) => [...new Set(list)]),
  phone: z
    .string({ error: '电话应为文本' })
    .trim()
    .transform((s) => s.replace(/[\s()（）]/g, ''))
    .pipe(z.string().regex(PHONE, { error: '电话格式有误：手机号 11 位，座机如 0523-86881234' }))
    .nullable(),
  userId: z.uuid({ error: '关联账户无效' }).nullable(),
};

export const createHeadBody = z.object({
  name: headFields.name,
  title: headFields.title,
  headRole: headFields.headRole,
  matters: headFields.matters.default([]),
  phone: z
    .union([z.literal('').transform(() => null), headFields.phone])
    .optional()
    .transform((v) => v ?? null),
  userId: headFields.userId.optional().transform((v) => v ?? null),
});
export type CreateHeadInput = z.infer<typeof createHeadBody>;

export const updateHeadBody = z.object({
  name: headFields.name.optional(),
  title: headFields.title.optional(),
  headRole: headFields.headRole.optional(),
  matters: headFields.matters.optional(),
  phone: z.union([z.literal('').transform(() => null), headFields.phone]).optional(),
  userId: headFields.userId.optional(),
  version: z.number({ error: '缺少版本号' }).int({ error: '版本号应为整数' }),
});
export type UpdateHeadInput = z.infer<typeof updateHeadBody>;

export const versionBody = z.object({
  version: z.number({ error: '缺少版本号' }).int({ error: '版本号应为整数' }),
});
