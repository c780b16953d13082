/** zod shapes of the cards API (README.md#api). */
import { z } from 'zod';
import { CARD_LEVELS, CARD_STATUSES } from './constants.js';

const titled = <T extends z.ZodType>(schema: T, title: string) => schema.meta({ title });

export const cardsQuery = z.object({
  status: titled(z.enum(CARD_STATUSES, { error: '状态应为 proposed、confirmed 或 rejected' }), '状态').optional(),
  level: titled(z.enum(CARD_LEVELS, { error: '层级应为 county 或 agency' }), '层级').optional(),
  /** One unit's history: a county code or an agency id. */
  unit: titled(z.string().min(1).max(64), '单位').optional(),
});
export const cardParams = z.object({
  id: titled(z.string().regex(/^[0-9a-f-]{36}$/i, { error: '编号格式无效' }), '编号'),
});
export const confirmBody = z.object({
  version: titled(z.number({ error: '版本号应为整数' }).int().min(1), '版本号'),
  reason: titled(z.string().trim().max(500, '说明最多500字'), '说明').optional(),
});
export const rejectBody = z.object({
  version: titled(z.number({ error: '版本号应为整数' }).int().min(1), '版本号'),
  reason: titled(
    z.string({ error: '请填写驳回理由' }).trim().min(1, '请填写驳回理由').max(500, '驳回理由最多500字'),
    '驳回理由',
  ),
});

export const cardOut = z.object({
  id: z.string(),
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  level: z.enum(CARD_LEVELS),
  unit: z.object({ id: z.string(), label: z.string() }),
  sanction: z.string(),
  sanctionLabel: z.string(),
  ruleId: z.string(),
  reasons: z.array(z.object({ code: z.string(), text: z.string() })),
  losses: z.number(),
  concluded: z.number(),
  rateDisplay: z.string(),
  rulesVersion: z.number(),
  definitionVersion: z.number(),
  status: z.enum(CARD_STATUSES),
  statusLabel: z.string(),
  decisionReason: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  /** GET path of the notice (.docx). */
  notice: z.string(),
});
export type CardOut = z.infer<typeof cardOut>;
export const cardListOut = z.object({ items: z.array(cardOut) });
