import { z } from 'zod';
import type { SettingKind } from './types.js';

/**
 * Rankings' small-number rule (docs/rules/indicators-and-sanctions.md#small-numbers): a unit with fewer cases in the
 * rate's denominator than `minCases` is listed but not ranked. Default 5, the demo city's card rules' minimum.
 */
export const rankingsSchema = z.object({
  minCases: z
    .number({ error: '最低案件数须为整数' })
    .int('最低案件数须为整数')
    .min(1, '最低案件数至少为1')
    .max(100_000, '最低案件数不能超过100000')
    .meta({ title: '参与排名的最低案件数' }),
});
export type RankingsSetting = z.infer<typeof rankingsSchema>;

export const rankingsKind: SettingKind<RankingsSetting> = {
  kind: 'rankings',
  label: '排名',
  description: '计入分母的案件少于该数的单位列出但不参与排名（小样本的比率说明不了多少）',
  schema: rankingsSchema as unknown as z.ZodType<RankingsSetting>,
  defaults: { minCases: 5 },
  form: 'json',
};
