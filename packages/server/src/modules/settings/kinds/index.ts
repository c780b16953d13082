import { accountabilityListsKind } from './accountabilityLists.js';
import { afterJudgmentKind } from './afterJudgment.js';
import { cardRulesKind } from './cardRules.js';
import { indicatorDefinitionsKind } from './indicatorDefinitions.js';
import { rankingsKind } from './rankings.js';
import { remindersKind } from './reminders.js';
import { riskRulesKind } from './riskRules.js';
import { suggestionsKind } from './suggestions.js';
import type { SettingKind } from './types.js';

export type { RankingsSetting } from './rankings.js';
export type { RemindersSetting } from './reminders.js';
export type { SettingKind } from './types.js';

/**
 * Every kind of setting, one line each. A module that needs a configurable rule adds its kind file here (its schema
 * and defaults), and reads the value with `getSetting(db, kind)` from the settings service.
 */
export const SETTING_KINDS: readonly SettingKind[] = [
  remindersKind as SettingKind,
  indicatorDefinitionsKind as SettingKind,
  riskRulesKind as SettingKind,
  afterJudgmentKind as SettingKind,
  suggestionsKind as SettingKind,
  rankingsKind as SettingKind,
  cardRulesKind as SettingKind,
  accountabilityListsKind as SettingKind,
];

export function settingKind(kind: string): SettingKind | undefined {
  return SETTING_KINDS.find((k) => k.kind === kind);
}
