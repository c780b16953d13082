import { type CardRuleSet, DEMO_CITY_CARD_RULES, validateCardRuleSet } from '@shuangjiang/domain';
import { z } from 'zod';
import { fieldPath } from './indicatorDefinitions.js';
import type { SettingKind } from './types.js';

/**
 * The city's card and interview rules (docs/rules/indicators-and-sanctions.md#sanctions): the domain's `CardRuleSet`,
 * checked by its validator (Chinese errors at the field). The quarter-end job (modules/cards) proposes with the
 * version in force and keeps its number on every proposal.
 */
export const cardRulesSchema = z
  .custom<CardRuleSet>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
    message: '通报规则应为一个 JSON 对象',
  })
  .superRefine((value, ctx) => {
    for (const e of validateCardRuleSet(value)) {
      ctx.addIssue({ code: 'custom', path: fieldPath(e.field), message: e.message });
    }
  })
  .meta({ title: '红黄牌通报规则' });

export const cardRulesKind: SettingKind<CardRuleSet> = {
  kind: 'cardRules',
  label: '红黄牌通报规则',
  description: '季度败诉率最高列黄牌、连续两次黄牌升级红牌并提级约谈、季度败诉率超过10%约谈、再次超过作检讨等规则',
  schema: cardRulesSchema as unknown as z.ZodType<CardRuleSet>,
  defaults: DEMO_CITY_CARD_RULES,
  form: 'json',
};
