/** The suggestions module's fixed lists (docs/rules/suggestions.md). */
import { SUGGESTION_KINDS } from '@shuangjiang/domain';

export { SUGGESTION_KINDS };
export const FILE_PURPOSES = ['document', 'reply'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];
export const FILE_PURPOSE_LABELS: Record<FilePurpose, string> = { document: '建议书', reply: '答复函' };

export const TYPICAL_CASE_STATUSES = ['draft', 'published'] as const;
export type TypicalCaseStatus = (typeof TYPICAL_CASE_STATUSES)[number];

/** 培训 / 庭审观摩 count for coverage (docs/rules/accountability.md#coverage); 其他 (e.g. 法治讲座) is recorded only. */
export const TRAINING_KINDS = ['training', 'trial_observation', 'other'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const TRAINING_KIND_LABELS: Record<TrainingKind, string> = {
  training: '业务培训',
  trial_observation: '庭审观摩（旁听庭审）',
  other: '其他学习活动',
};

export const SUGGESTION_REMINDER_JOB = 'suggestions.daily-reminders';
export const COVERAGE_REMINDER_JOB = 'trainings.coverage-reminders';
