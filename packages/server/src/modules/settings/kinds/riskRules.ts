import { DEFAULT_RISK_RULES, type RiskRules } from '@shuangjiang/domain';
import { z } from 'zod';
import type { SettingKind } from './types.js';

/** 三色预警 rules (docs/rules/risk.md#screening): the domain's `RiskRules` as a city edits them. */
const count = (title: string) =>
  z
    .number({ error: `${title}须为数字` })
    .min(0, `${title}不能为负数`)
    .nullable()
    .meta({ title });
const thresholds = (title: string) =>
  z
    .object({ yellowAt: count(`${title}（黄色起点）`), redAt: count(`${title}（红色起点）`) })
    .refine((t) => t.yellowAt === null || t.redAt === null || t.redAt >= t.yellowAt, {
      message: `${title}的红色起点不能低于黄色起点`,
      path: ['redAt'],
    })
    .meta({ title });
const warning = (title: string) => z.enum(['yellow', 'red'], { error: `${title}应为黄色或红色` }).meta({ title });

export const riskRulesSchema = z.object({
  domains: z
    .array(
      z.object({
        code: z.string().min(1, '领域代码不能为空').meta({ title: '领域代码' }),
        label: z.string().min(1, '领域名称不能为空').meta({ title: '领域名称' }),
        level: warning('领域风险等级'),
      }),
    )
    .max(100)
    .meta({ title: '重点领域' }),
  plaintiffs: thresholds('原告人数'),
  amountClaimed: thresholds('诉请金额（元）'),
  repeatPlaintiff: thresholds('原告其他案件数'),
  agencyLosses: z
    .object({
      yellowAt: count('同类案由败诉数（黄色起点）'),
      redAt: count('同类案由败诉数（红色起点）'),
      months: z.number().int('统计月数须为整数').min(1, '统计月数至少为1').max(60, '统计月数不能超过60').meta({
        title: '统计月数',
      }),
    })
    .meta({ title: '被告同类案由败诉' }),
  defenceDue: z
    .object({
      days: z
        .number()
        .int('天数须为整数')
        .min(0, '天数不能为负数')
        .max(30, '天数不能超过30')
        .meta({ title: '答辩期限临近天数' }),
      level: warning('答辩期限临近的风险等级'),
    })
    .meta({ title: '答辩期限临近' }),
  liaisonSignals: z.object({ enabled: z.boolean().meta({ title: '采用法院联络员庭前提示' }) }),
  yellowReasonsForRed: z
    .number()
    .int('黄色因素项数须为整数')
    .min(2, '黄色因素项数至少为2')
    .nullable()
    .meta({ title: '黄色因素升为红色的项数' }),
}) satisfies z.ZodType<RiskRules>;

export const riskRulesKind: SettingKind<RiskRules> = {
  kind: 'riskRules',
  label: '风险预警规则',
  description: '三色预警：重点领域、原告人数、诉请金额、重复原告、同类败诉、答辩期限临近、法院提示的黄色和红色标准',
  schema: riskRulesSchema as unknown as z.ZodType<RiskRules>,
  defaults: DEFAULT_RISK_RULES,
  form: 'json',
};
