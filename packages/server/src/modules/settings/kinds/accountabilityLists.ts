import { DEFAULT_LOSS_REASONS, DEFAULT_REFERRAL_OUTCOMES, type ListEntry, listProblems } from '@shuangjiang/domain';
import { z } from 'zod';
import type { SettingKind } from './types.js';

const entry = z.object({
  code: z.string().trim().min(1, '代码不能为空').max(60).meta({ title: '代码' }),
  label: z.string().trim().min(1, '名称不能为空').max(60).meta({ title: '名称' }),
  basis: z.string().trim().max(200).optional().meta({ title: '依据' }),
});

/**
 * The configurable lists of the loss evaluation (docs/rules/accountability.md#reasons,
 * docs/rules/accountability.md#referral-outcomes): a city adopts its own reasons and outcomes; codes stay stable.
 */
export const accountabilityListsSchema = z
  .object({
    reasons: z.array(entry).meta({ title: '败诉原因' }),
    outcomes: z.array(entry).meta({ title: '处理结果' }),
  })
  .superRefine((v, ctx) => {
    for (const [key, name] of [
      ['reasons', '败诉原因'],
      ['outcomes', '处理结果'],
    ] as const)
      for (const message of listProblems(v[key] as ListEntry[], name))
        ctx.addIssue({ code: 'custom', path: [key], message });
  });
export type AccountabilityListsSetting = { reasons: ListEntry[]; outcomes: ListEntry[] };

export const accountabilityListsKind: SettingKind<AccountabilityListsSetting> = {
  kind: 'accountabilityLists',
  label: '败诉评价清单',
  description: '败诉评价初评可选的败诉原因，以及纪委监委处理结果的可选项（代码不变，名称可改，可增加）',
  schema: accountabilityListsSchema as unknown as z.ZodType<AccountabilityListsSetting>,
  defaults: {
    reasons: DEFAULT_LOSS_REASONS.map((e) => ({ ...e })),
    outcomes: DEFAULT_REFERRAL_OUTCOMES.map((e) => ({ ...e })),
  },
  form: 'json',
};
