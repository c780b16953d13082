/**
 * i18n keys of labels that belong to codes of the domain library, where the code cannot be a key as it is.
 * Outcome categories (CLAIMS_REJECTED …) are keys as they are: `outcomes.<code>`.
 */

/** Deadline rule ids have dots ('litigation.appeal.judgment'), which i18next reads as nesting: `deadlineRules.<key>`. */
export const deadlineRuleKey = (ruleId: string): string => ruleId.replaceAll('.', '_');

/** holiday-cn names several holidays in one entry ('中秋节、国庆节'); each part is a key of `holidays`. */
export const HOLIDAY_NAME_SEPARATOR = '、';
