import { DEMO_CITY_DEFINITIONS, type DefinitionSet, validateDefinitionSet } from '@shuangjiang/domain';
import { z } from 'zod';
import type { SettingKind } from './types.js';

/** "definitions[3].format.decimals" → ['definitions', 3, 'format', 'decimals'] (the domain's field → a zod path). */
export function fieldPath(field: string): (string | number)[] {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((p) => p !== undefined && p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * A city's indicator definition set (docs/rules/indicators-and-sanctions.md#definitions): checked by the domain's
 * validator, whose errors are Chinese and name the field; each becomes an issue at that field.
 */
export const indicatorDefinitionsSchema = z
  .custom<DefinitionSet>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
    message: '指标口径应为一个 JSON 对象',
  })
  .superRefine((value, ctx) => {
    for (const e of validateDefinitionSet(value)) {
      ctx.addIssue({ code: 'custom', path: fieldPath(e.field), message: e.message });
    }
  })
  .meta({ title: '指标口径' });

export const indicatorDefinitionsKind: SettingKind<DefinitionSet> = {
  kind: 'indicatorDefinitions',
  label: '指标口径',
  description: '新收、审结、败诉率等指标的计算口径（分子、分母、范围、取舍方式、小数位数、共同被告的归属）',
  schema: indicatorDefinitionsSchema as unknown as z.ZodType<DefinitionSet>,
  defaults: DEMO_CITY_DEFINITIONS,
  form: 'json',
};
