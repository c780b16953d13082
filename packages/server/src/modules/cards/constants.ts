/** The cards module's words (docs/rules/indicators-and-sanctions.md#sanctions). */
export const CARD_LEVELS = ['county', 'agency'] as const;
export type CardLevel = (typeof CARD_LEVELS)[number];
export const CARD_STATUSES = ['proposed', 'confirmed', 'rejected'] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

export const CARD_LEVEL_LABELS: Record<CardLevel, string> = { county: '县（市、区）', agency: '市直部门' };
export const CARD_STATUS_LABELS: Record<CardStatus, string> = {
  proposed: '待确认',
  confirmed: '已确认',
  rejected: '已驳回',
};

/** The quarter-end schedule: the first working day after a quarter, 08:00 China time (docs/rules/schedules.md). */
export const QUARTER_JOB = 'cards.quarter-proposals';
