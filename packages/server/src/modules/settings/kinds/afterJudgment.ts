import { DEFAULT_COMPLIANCE_DAYS } from '@shuangjiang/domain';
import { z } from 'zod';
import type { SettingKind } from './types.js';

export const afterJudgmentSchema = z.object({
  /**
   * Days after a lost judgment's service date within which the agency must perform it (履行). Default 30: practice, not
   * statute (docs/rules/after-judgment.md#compliance); a judgment's own period is set as the deadline's custom date.
   */
  complianceDays: z
    .number({ error: '履行期限（天）须为整数' })
    .int('履行期限（天）须为整数')
    .min(1, '履行期限（天）至少1天')
    .max(365, '履行期限（天）不能超过365天')
    .meta({ title: '履行期限（天）' }),
});
export type AfterJudgmentSetting = z.infer<typeof afterJudgmentSchema>;

export const afterJudgmentKind: SettingKind<AfterJudgmentSetting> = {
  kind: 'afterJudgment',
  label: '判决后',
  description: '败诉判决送达后，履行期限的天数（判决另定期限的，在期限上填写自定日期）',
  schema: afterJudgmentSchema as unknown as z.ZodType<AfterJudgmentSetting>,
  defaults: { complianceDays: DEFAULT_COMPLIANCE_DAYS },
  form: 'json',
};
