/** The city's suggestion setting (docs/rules/suggestions.md#reply-periods), validated on read; defaults when unset. */
import { DEFAULT_SUGGESTION_DUE_SOON_DAYS } from '@shuangjiang/domain';
import type { DbOrTx } from '../../platform/db/client.js';
import { getSetting } from '../settings/service.js';
import { type SuggestionsSetting, suggestionsSettingSchema } from './dto.js';

export async function suggestionSetting(db: DbOrTx): Promise<SuggestionsSetting> {
  const parsed = suggestionsSettingSchema.safeParse((await getSetting(db, 'suggestions')).value);
  return parsed.success ? parsed.data : { periods: {}, dueSoonDays: DEFAULT_SUGGESTION_DUE_SOON_DAYS };
}
