/**
 * The periods a statistics form is filed for (docs/rules/statistics.md#periods): a year (`2025`), a half-year
 * (`2025-H1`, January–June) or a quarter (`2025-Q3`); the previous period of the same kind gives 上期结转.
 */
import type { StatPeriodKind } from './forms.js';

export interface StatPeriod {
  readonly key: string;
  readonly kind: StatPeriodKind;
  readonly year: number;
  /** 1–2 for a half, 1–4 for a quarter, null for a year. */
  readonly part: number | null;
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function statPeriod(kind: StatPeriodKind, year: number, part: number | null = null): StatPeriod {
  if (!Number.isInteger(year) || year < 1990 || year > 9999) throw new RangeError(`年份无效：${year}`);
  if (kind === 'year') {
    return {
      key: String(year),
      kind,
      year,
      part: null,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      label: `${year}年`,
    };
  }
  const parts = kind === 'half' ? 2 : 4;
  if (part === null || !Number.isInteger(part) || part < 1 || part > parts) {
    throw new RangeError(kind === 'half' ? `半年应为 1–2，收到 ${part}` : `季度应为 1–4，收到 ${part}`);
  }
  const months = 12 / parts;
  const first = (part - 1) * months + 1;
  const last = part * months;
  return {
    key: `${year}-${kind === 'half' ? 'H' : 'Q'}${part}`,
    kind,
    year,
    part,
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
    label: kind === 'half' ? `${year}年${part === 1 ? '上半年' : '下半年'}` : `${year}年第${part}季度`,
  };
}

/** `2025`, `2025-H1`, `2025-Q3` → the period; null for anything else. */
export function parseStatPeriod(key: string): StatPeriod | null {
  const m = /^(\d{4})(?:-(H|Q)(\d))?$/.exec(key);
  if (!m) return null;
  try {
    if (!m[2]) return statPeriod('year', Number(m[1]));
    return statPeriod(m[2] === 'H' ? 'half' : 'quarter', Number(m[1]), Number(m[3]));
  } catch {
    return null;
  }
}

/** The period before, of the same kind: 2025 → 2024, 2025-H1 → 2024-H2, 2025-Q1 → 2024-Q4. */
export function previousStatPeriod(p: StatPeriod): StatPeriod {
  if (p.kind === 'year') return statPeriod('year', p.year - 1);
  const parts = p.kind === 'half' ? 2 : 4;
  return p.part === 1 ? statPeriod(p.kind, p.year - 1, parts) : statPeriod(p.kind, p.year, p.part! - 1);
}
