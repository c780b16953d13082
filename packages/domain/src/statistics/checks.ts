/**
 * The checks before a form is submitted (docs/rules/statistics.md#checks): the columns add up to their totals (and the
 * instance rows to 合计), every case is counted once where columns split a total, 上期结转 equals the previous period's
 * 未审结, and in a summary no case is counted by two units. Each failed check names the cells and the case ids behind
 * it, so a person can open them.
 */
import type { FormCells } from './count.js';
import { cellKey, STAT_FORMS, type StatFormKind } from './forms.js';

export interface CellAdjustment {
  readonly value: number;
  readonly reason: string;
}

export interface CheckResult {
  /** `sum:<rule>:<row>`, `once:<rule>:<row>`, `rows:<column>`, `carried:<row>`, `units`. */
  readonly id: string;
  readonly label: string;
  readonly ok: boolean;
  readonly cells: string[];
  readonly caseIds: string[];
  /** Chinese: the numbers compared. */
  readonly detail: string;
}

export interface CheckInput {
  readonly kind: StatFormKind;
  readonly computed: FormCells;
  readonly adjustments: Readonly<Record<string, CellAdjustment>>;
  /** The previous period's filing of the same form and region, its effective cells; null when there is none. */
  readonly previous: { readonly cells: FormCells } | null;
  /** A summary's units: which case ids each counted (a case in two units fails `units`). */
  readonly units?: readonly { readonly name: string; readonly caseIds: readonly string[] }[];
}

/** The value a cell reports: the person's adjustment if any, else the count. */
export function effectiveValue(
  computed: FormCells,
  adjustments: Readonly<Record<string, CellAdjustment>>,
  key: string,
): number {
  return adjustments[key]?.value ?? computed[key]?.value ?? 0;
}

/** Every cell with its effective value (the adjusted cells' case ids are the counted ones). */
export function effectiveCells(computed: FormCells, adjustments: Readonly<Record<string, CellAdjustment>>): FormCells {
  const out: FormCells = {};
  for (const [key, cell] of Object.entries(computed)) {
    out[key] = { value: effectiveValue(computed, adjustments, key), caseIds: [...cell.caseIds] };
  }
  return out;
}

const uniq = (ids: Iterable<string>) => [...new Set(ids)];
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

function symmetricDifference(a: readonly string[], b: readonly string[]): string[] {
  const sa = new Set(a);
  const sb = new Set(b);
  return uniq([...a.filter((x) => !sb.has(x)), ...b.filter((x) => !sa.has(x))]);
}

export function runChecks(input: CheckInput): CheckResult[] {
  const layout = STAT_FORMS[input.kind];
  const { computed, adjustments } = input;
  const value = (key: string) => effectiveValue(computed, adjustments, key);
  const ids = (key: string) => computed[key]?.caseIds ?? [];
  const adjustedIds = (keys: string[]) => uniq(keys.filter((k) => k in adjustments).flatMap(ids));
  const out: CheckResult[] = [];

  for (const row of layout.rows) {
    for (const rule of layout.sums) {
      const left = rule.left.map((c) => cellKey(row.id, c));
      const right = rule.right.map((c) => cellKey(row.id, c));
      const l = left.reduce((s, k) => s + value(k), 0);
      const r = right.reduce((s, k) => s + value(k), 0);
      const ok = rule.relation === 'equal' ? Math.abs(l - r) < 0.005 : l <= r + 0.005;
      const leftIds = left.flatMap(ids);
      const rightIds = right.flatMap(ids);
      out.push({
        id: `sum:${rule.id}:${row.id}`,
        label: layout.rows.length > 1 ? `${row.label}：${rule.label}` : rule.label,
        ok,
        cells: [...left, ...right],
        caseIds: ok ? [] : uniq([...symmetricDifference(leftIds, rightIds), ...adjustedIds([...left, ...right])]),
        detail: `${fmt(l)} ${rule.relation === 'equal' ? '=' : '≤'} ${fmt(r)}`,
      });
      if (!rule.exclusive) continue;
      const seen = new Map<string, number>();
      for (const id of rightIds) seen.set(id, (seen.get(id) ?? 0) + 1);
      const leftSeen = new Map<string, number>();
      for (const id of leftIds) leftSeen.set(id, (leftSeen.get(id) ?? 0) + 1);
      const twice = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
      const leftTwice = [...leftSeen].filter(([, n]) => n > 1).map(([id]) => id);
      const missing = leftIds.filter((id) => !seen.has(id));
      const extra = rightIds.filter((id) => !leftSeen.has(id));
      const bad = uniq([...twice, ...leftTwice, ...missing, ...extra]);
      out.push({
        id: `once:${rule.id}:${row.id}`,
        label: `${layout.rows.length > 1 ? `${row.label}：` : ''}${rule.label}（每件案件计一次）`,
        ok: bad.length === 0,
        cells: [...left, ...right],
        caseIds: bad,
        detail:
          bad.length === 0
            ? '每件案件恰好计入一项'
            : `重复计入 ${uniq([...twice, ...leftTwice]).length} 件，漏计 ${uniq(missing).length} 件，多计 ${uniq(extra).length} 件`,
      });
    }
  }

  if (layout.totalRow) {
    const { id: total, parts } = layout.totalRow;
    for (const col of layout.columns) {
      const t = value(cellKey(total, col.id));
      const keys = parts.map((p) => cellKey(p, col.id));
      const s = keys.reduce((acc, k) => acc + value(k), 0);
      const ok = Math.abs(t - s) < 0.005;
      out.push({
        id: `rows:${col.id}`,
        label: `${[...col.groups, col.label].join('·')}：各审级之和等于合计`,
        ok,
        cells: [cellKey(total, col.id), ...keys],
        caseIds: ok
          ? []
          : uniq([
              ...symmetricDifference(ids(cellKey(total, col.id)), keys.flatMap(ids)),
              ...adjustedIds([cellKey(total, col.id), ...keys]),
            ]),
        detail: `${fmt(t)} = ${fmt(s)}`,
      });
    }
  }

  if (layout.carriedOver) {
    const { carried, open } = layout.carriedOver;
    for (const row of layout.rows) {
      const key = cellKey(row.id, carried);
      const prevKey = cellKey(row.id, open);
      if (!input.previous) {
        out.push({
          id: `carried:${row.id}`,
          label: `${layout.rows.length > 1 ? `${row.label}：` : ''}上期结转等于上期未审结`,
          ok: true,
          cells: [key],
          caseIds: [],
          detail: '无上期填报，按登记数据计算',
        });
        continue;
      }
      const before = input.previous.cells[prevKey] ?? { value: 0, caseIds: [] };
      const now = value(key);
      const ok = Math.abs(now - before.value) < 0.005;
      out.push({
        id: `carried:${row.id}`,
        label: `${layout.rows.length > 1 ? `${row.label}：` : ''}上期结转等于上期未审结`,
        ok,
        cells: [key],
        caseIds: ok ? [] : uniq([...symmetricDifference(ids(key), before.caseIds), ...adjustedIds([key])]),
        detail: `${fmt(now)} = ${fmt(before.value)}（上期未审结）`,
      });
    }
  }

  if (input.units) {
    const owner = new Map<string, string[]>();
    for (const u of input.units) {
      for (const id of new Set(u.caseIds)) owner.set(id, [...(owner.get(id) ?? []), u.name]);
    }
    const twice = [...owner].filter(([, names]) => names.length > 1);
    out.push({
      id: 'units',
      label: '汇总：每件案件只计入一个填报单位（共同被告案件按第一被告计）',
      ok: twice.length === 0,
      cells: [],
      caseIds: twice.map(([id]) => id),
      detail:
        twice.length === 0
          ? `${input.units.length} 个单位`
          : `${twice.length} 件案件计入多个单位：${uniq(twice.flatMap(([, n]) => n)).join('、')}`,
    });
  }
  return out;
}

export const failedChecks = (results: readonly CheckResult[]) => results.filter((r) => !r.ok);
