// What the CLI (through @shuangjiang/server) uses of the reports: the notice of a region and period as files.
export { REPORT_KINDS, type ReportKind } from './constants.js';
export type { ReportContent } from './content.js';
export { type OperatorReport, reportForOperator } from './operator.js';
