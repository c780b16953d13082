/**
 * Deadlines of many cases at once (an import, the demo seed, the benchmark generator): which rules each case has and
 * their status, by the same functions as a case saved one at a time (deadlines.ts: `plannedDeadlines`, `computeRow`,
 * `deadlineStatus`; docs/rules/deadlines.md), with each (rule, start date) computed once per batch. The computations
 * travel to `insertCaseBatch` as a table; each case names its rows by (rule, start, status).
 */
import type { WorkCalendar } from '@shuangjiang/domain';
import { computeRow, type DeadlineInputs, deadlineStatus, plannedDeadlines } from './deadlines.js';

/** One computation: (rule, start) → due date, explanation and basis (snake_case: kept as JSON with an import job). */
export interface DeadlineEntry {
  rule_id: string;
  from_date: string;
  due_date: string | null;
  /** The due date is 暂定 (its year's holiday schedule not loaded); absent in jobs staged before it existed. */
  provisional?: boolean;
  explanation: string;
  basis: string;
}

/** A deadline computation by (rule, start date): every deadline a batch writes must have one. */
export type DeadlineLookup = (ruleId: string, fromDate: string) => DeadlineEntry | undefined;

/** A case's deadline row as a batch writes it: rule, start date and status (the rest comes from the table). */
export interface DeadlineRef {
  r: string;
  f: string;
  s: string;
}

/** Deadline computations shared by the cases of a batch: (rule, start) → due date and explanation. */
export class DeadlineTable {
  private readonly rows = new Map<string, DeadlineEntry>();
  constructor(private readonly calendar: WorkCalendar) {}
  use(ruleId: string, fromDate: string): DeadlineEntry {
    const key = `${ruleId}|${fromDate}`;
    const known = this.rows.get(key);
    if (known) return known;
    const c = computeRow(ruleId, fromDate, this.calendar);
    const entry = {
      rule_id: ruleId,
      from_date: fromDate,
      due_date: c.dueDate,
      provisional: c.provisional,
      explanation: c.explanation,
      basis: c.basis,
    };
    this.rows.set(key, entry);
    return entry;
  }
  /** The computation of (rule, start), once `use`d. */
  get(ruleId: string, fromDate: string): DeadlineEntry | undefined {
    return this.rows.get(`${ruleId}|${fromDate}`);
  }
  /** The table as a lookup for `insertCaseBatch`. */
  readonly lookup: DeadlineLookup = (ruleId, fromDate) => this.get(ruleId, fromDate);
  toJSON(): DeadlineEntry[] {
    return [...this.rows.values()];
  }
}

/**
 * The deadline rows a case should have, computed into `table`: the statuses as `computeDeadlineRows` gives them
 * (`defenceAt`: when the defence or reply was submitted, if known). `kept` overrides the status of a rule (an import,
 * which knows no 'defence submitted' event, keeps the status the registry has for the defence and the reply).
 */
export function plannedDeadlineRefs(
  c: DeadlineInputs,
  table: DeadlineTable,
  opts: { defenceAt?: string | null; kept?: (ruleId: string) => string | undefined } = {},
): DeadlineRef[] {
  return plannedDeadlines(c).map((p) => {
    const entry = table.use(p.ruleId, p.fromDate);
    const s = opts.kept?.(p.ruleId) ?? deadlineStatus(p.ruleId, entry.due_date, c, opts.defenceAt ?? null);
    return { r: p.ruleId, f: p.fromDate, s };
  });
}
