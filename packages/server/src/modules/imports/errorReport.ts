/**
 * Row errors (and warnings) of an import, kept in bounded memory: the first `keep` by row, the exact count, and counts
 * by kind (column + what was wrong). An all-bad sheet of a million rows printed 89 MB of errors; now the report is the
 * first thousand and a table of kinds, whatever the file's size.
 */
import type { RowError } from './mapRow.js';

export interface ErrorKind {
  column: string;
  /** The message without the cell's own text: “日期无法识别”, “案号无法识别”. */
  kind: string;
  count: number;
}

/** The kind of a message: its words before a colon or a bracket, quoted values and numbers left out (“…”, N). */
export const kindOf = (message: string): string =>
  message
    .replace(/“[^”]*”/g, '“…”')
    .replace(/\d+/g, 'N')
    .split(/[：:（(]/)[0]!
    .trim() || message.slice(0, 20);

export class RowErrors {
  count = 0;
  private kept: RowError[] = [];
  private readonly kinds = new Map<string, ErrorKind>();
  constructor(readonly keep = 1000) {}

  add(e: RowError): void {
    this.count++;
    const kind = kindOf(e.message);
    const key = `${e.column}\u0001${kind}`;
    const k = this.kinds.get(key);
    if (k) k.count++;
    else this.kinds.set(key, { column: e.column, kind, count: 1 });
    this.kept.push(e);
    // Rows arrive nearly in order (a batch's lookups come back while the next is read): trim now and then.
    if (this.kept.length >= this.keep * 2) this.trim();
  }

  private trim(): void {
    this.kept.sort((a, b) => a.row - b.row);
    this.kept.length = Math.min(this.kept.length, this.keep);
  }

  /** The first `keep` by row. */
  first(): RowError[] {
    this.trim();
    return this.kept;
  }

  /** Counts by kind, most frequent first. */
  byKind(): ErrorKind[] {
    return [...this.kinds.values()].sort((a, b) => b.count - a.count);
  }
}
