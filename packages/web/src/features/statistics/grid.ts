/** The form's header groups as nested table columns: neighbours with the same group path share one header. */
import type { FormLayout } from './api.js';

export type Column = FormLayout['columns'][number];
export interface HeaderNode {
  key: string;
  title: string;
  /** A leaf: the form's column. */
  column?: Column;
  children?: HeaderNode[];
}

export function headerTree(columns: readonly Column[]): HeaderNode[] {
  const root: HeaderNode[] = [];
  for (const c of columns) {
    let level = root;
    let path = '';
    for (const g of c.groups) {
      path = `${path}/${g}`;
      const last = level[level.length - 1];
      if (last && !last.column && last.key === path) level = last.children!;
      else {
        const node: HeaderNode = { key: path, title: g, children: [] };
        level.push(node);
        level = node.children!;
      }
    }
    level.push({ key: c.id, title: c.label, column: c });
  }
  return root;
}

/** `被申请人·乡镇政府` (with the row first when the form has several). */
export function cellLabel(layout: FormLayout, key: string): string {
  const [rowId, colId] = key.split(':');
  const col = layout.columns.find((c) => c.id === colId);
  const row = layout.rows.find((r) => r.id === rowId);
  return [layout.rows.length > 1 ? row?.label : null, ...(col?.groups ?? []), col?.label ?? colId]
    .filter(Boolean)
    .join('·');
}
