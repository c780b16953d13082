/**
 * What a report holds (the snapshot kept in `reports.content`): the period, the region, the definition set and
 * settings versions the figures were computed with, the body's paragraphs and the tables, every figure as the screen
 * shows it (display strings: 15.91%, 12). The Word file, the workbook and the browser preview are all made from this
 * one object, so they cannot disagree; differences between editions compare its tables cell by cell.
 */
export interface ReportTableRow {
  /** A stable key of the row (an agency id, a domain code, a definition id …): editions are compared by it. */
  key: string;
  cells: string[];
}

export interface ReportTable {
  id: string;
  title: string;
  columns: string[];
  rows: ReportTableRow[];
  /** Under the table: the rule that applies (the minimum for a ranking …). */
  note?: string;
}

export interface ReportContent {
  kind: 'monthly' | 'quarterly';
  period: { key: string; from: string; to: string; label: string };
  region: { code: string; name: string; level: string };
  definition: { id: string; name: string; version: number | null };
  /** The rankings' minimum (settings kind `rankings`) and its version: quarterly only. */
  rankings: { minCases: number; version: number } | null;
  /** The body's paragraphs, in order, before the tables. */
  paragraphs: string[];
  tables: ReportTable[];
  /** What the report leaves out and why (figures another module computes, a function not yet available …). */
  notes: string[];
  /** China date the figures were computed on. */
  asOf: string;
}

export interface ReportDifference {
  /** `table/row/column`. */
  key: string;
  label: string;
  before: string | null;
  after: string | null;
}

function cellsOf(c: ReportContent): Map<string, { label: string; value: string }> {
  const out = new Map<string, { label: string; value: string }>();
  for (const t of c.tables) {
    for (const r of t.rows) {
      r.cells.forEach((value, i) => {
        if (i === 0) return;
        out.set(`${t.id}/${r.key}/${i}`, { label: `${t.title}：${r.cells[0]}，${t.columns[i] ?? ''}`, value });
      });
    }
  }
  return out;
}

/**
 * The cells that changed between two editions (docs/rules/reports.md#corrections): a changed value, a row that
 * appeared (before null) or went away (after null); in the new edition's order, then the cells dropped.
 */
export function differencesOf(before: ReportContent, after: ReportContent): ReportDifference[] {
  const old = cellsOf(before);
  const now = cellsOf(after);
  const out: ReportDifference[] = [];
  for (const [key, a] of now) {
    const b = old.get(key);
    if (b?.value !== a.value) out.push({ key, label: a.label, before: b?.value ?? null, after: a.value });
  }
  for (const [key, b] of old) if (!now.has(key)) out.push({ key, label: b.label, before: b.value, after: null });
  return out;
}
