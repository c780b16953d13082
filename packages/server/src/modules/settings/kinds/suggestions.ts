import { DEFAULT_SUGGESTION_DUE_SOON_DAYS } from '@shuangjiang/domain';
import type { z } from 'zod';
import { suggestionsSettingSchema } from '../../suggestions/dto.js';
import type { SettingKind } from './types.js';

export type SuggestionsSetting = z.infer<typeof suggestionsSettingSchema>;

export const suggestionsKind: SettingKind<SuggestionsSetting> = {
  kind: 'suggestions',
  label: '建议答复期限',
  description:
    '司法建议、检察建议、复议意见书/建议书、执法监督建议的本地答复期限（法律未规定或本地另有规定时）及到期前提醒天数',
  schema: suggestionsSettingSchema as unknown as z.ZodType<SuggestionsSetting>,
  defaults: { periods: {}, dueSoonDays: DEFAULT_SUGGESTION_DUE_SOON_DAYS },
  form: 'json',
};
