/** Closed lists of the reports module (README.md) and their labels. */
export const REPORT_KINDS = ['monthly', 'quarterly', 'annual'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  monthly: '新收案件通报',
  quarterly: '指标通报',
  annual: '行政应诉工作报告',
};

export const REPORT_STATUSES = ['draft', 'issued'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = { draft: '草稿', issued: '已印发' };

/** The schedules (jobs.ts): the monthly draft on the 5th, the quarterly one on the quarter's first working day after. */
export const MONTHLY_JOB = 'reports.monthly-draft';
export const QUARTERLY_JOB = 'reports.quarterly-draft';
