/** Closed lists of the statistics module (README.md), with their labels. */
import { FILING_STATUSES, STAT_FORM_KINDS } from '@shuangjiang/domain';

export { FILING_STATUSES, STAT_FORM_KINDS };

export const FILING_SCOPES = ['own', 'summary'] as const;
export const FILING_SCOPE_LABELS = { own: '本级填报', summary: '汇总' } as const;

export const FILING_EVENT_KINDS = [
  'created',
  'recounted',
  'adjusted',
  'submitted',
  'returned',
  'accepted',
  'summarised',
] as const;
export type FilingEventKind = (typeof FILING_EVENT_KINDS)[number];
export const FILING_EVENT_LABELS: Record<FilingEventKind, string> = {
  created: '生成（按登记数据预填）',
  recounted: '重新取数',
  adjusted: '调整',
  submitted: '上报',
  returned: '退回',
  accepted: '接收',
  summarised: '汇总',
};

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
