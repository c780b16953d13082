/** What the readers (readRows.ts for .xlsx, csv.ts for CSV) yield, and the limits they read a file within. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** 0-based position of the worksheet in the workbook. */
  sheetIndex: number;
  sheetName: string;
  /** 1-based, as Excel shows it. */
  rowNumber: number;
  /** 0-based by column (A = 0); missing cells are undefined or null. */
  cells: CellValue[];
}

/** Excel's own limit of characters in one cell. */
export const MAX_CELL_CHARS = 32_767;

export interface ReadLimits {
  /** Rows of one sheet (default: Excel's 1,048,576). */
  maxRows: number;
  /** Bytes all parts of an .xlsx may inflate to together (default 4 GiB), or a CSV file's size. */
  maxExpandedBytes: number;
  /** Size of the chunks text arrives in (tests make it tiny to put characters across boundaries). */
  chunkSize: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxRows: 1_048_576,
  maxExpandedBytes: 4 * 1024 * 1024 * 1024,
  chunkSize: 256 * 1024,
};
