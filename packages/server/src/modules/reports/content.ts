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

/**
 * The cases behind one figure of the text (docs/rules/reports.md#snapshot): the definition (set id and settings
 * version) and period it was counted with and the case ids of its numerator and denominator (null for a count).
 */
export interface ReportFigureCases {
  /** `<definition id>@<period from>`: editions are compared by it. */
  key: string;
  id: string;
  label: string;
  period: { from: string; to: string; label: string };
  definition: { id: string; version: number | null };
  numeratorCaseIds: string[];
  denominatorCaseIds: string[] | null;
}

export interface ReportContent {
  kind: 'monthly' | 'quarterly' | 'annual';
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
  /** The case ids behind every figure (absent in drafts made before they were kept). */
  cases?: ReportFigureCases[];
}

export interface ReportDifference {
  /** `table/row/column`. */
  key: string;
  label: string;
  before: string | null;
  after: string | null;
  /** A figure's cases (key `cases/<figure key>/numerator|denominator`): the case ids added and removed. */
  added?: string[];
  removed?: string[];
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
  return [...out, ...caseDifferencesOf(before.cases ?? [], after.cases ?? [])];
}

const minus = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(b);
  return a.filter((x) => !set.has(x));
};

/**
 * The cases that moved behind each figure (docs/rules/reports.md#corrections): per figure and part, the case ids added
 * and removed, with the counts before and after; a figure whose cases are the same is not listed.
 */
export function caseDifferencesOf(before: ReportFigureCases[], after: ReportFigureCases[]): ReportDifference[] {
  const old = new Map(before.map((f) => [f.key, f]));
  const now = new Map(after.map((f) => [f.key, f]));
  const keys = [...after.map((f) => f.key), ...before.map((f) => f.key).filter((k) => !now.has(k))];
  const out: ReportDifference[] = [];
  for (const key of keys) {
    const b = old.get(key);
    const a = now.get(key);
    const f = (a ?? b)!;
    for (const part of ['numerator', 'denominator'] as const) {
      const was = part === 'numerator' ? b?.numeratorCaseIds : b?.denominatorCaseIds;
      const is = part === 'numerator' ? a?.numeratorCaseIds : a?.denominatorCaseIds;
      if (!was && !is) continue;
      const added = minus(is ?? [], was ?? []);
      const removed = minus(was ?? [], is ?? []);
      if (added.length === 0 && removed.length === 0) continue;
      out.push({
        key: `cases/${key}/${part}`,
        label: `${f.label}（${f.period.label}）${part === 'denominator' ? '分母' : f.denominatorCaseIds ? '分子' : '所计'}案件`,
        before: was ? String(was.length) : null,
        after: is ? String(is.length) : null,
        added,
        removed,
      });
    }
  }
  return out;
}
