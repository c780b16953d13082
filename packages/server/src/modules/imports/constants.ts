/**
 * The Excel format of the case registry shared with the export (cases/export.ts): the template's columns, in order,
 * and the labels of 结案方式, so an export reads back through the import unchanged.
 */
export { CLOSING_MANNER_LABELS, type ClosingManner } from './closingManner.js';
export { type ColumnKey, TEMPLATE_COLUMNS } from './columns.js';
