/**
 * Per-browser preferences of the case list, kept in localStorage: the visible columns and saved views (named
 * filter sets). Storage can be unavailable or hold junk from an older version: every read falls back quietly.
 */

const COLUMNS_KEY = 'shuangjiang.cases.columns';
const VIEWS_KEY = 'shuangjiang.cases.views';

export interface SavedView {
  name: string;
  /** The list's URL query (filters and sort), as produced by toSearch(). */
  query: string;
}

function read(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Not persisted (quota, private mode): the choice still applies to this page.
  }
}

/**
 * The hidden column keys (hidden rather than shown, so a column added later appears by default); null when the user
 * never chose.
 */
export function loadHiddenColumns(): string[] | null {
  const v = read(COLUMNS_KEY);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null;
}

export function saveHiddenColumns(keys: string[]): void {
  write(COLUMNS_KEY, keys);
}

export function loadViews(): SavedView[] {
  const v = read(VIEWS_KEY);
  if (!Array.isArray(v)) return [];
  return v.filter(
    (x): x is SavedView =>
      typeof x === 'object' && x !== null && typeof x.name === 'string' && typeof x.query === 'string',
  );
}

/** Adds a view, replacing one of the same name. */
export function saveView(view: SavedView): SavedView[] {
  const views = [...loadViews().filter((v) => v.name !== view.name), view];
  write(VIEWS_KEY, views);
  return views;
}

export function deleteView(name: string): SavedView[] {
  const views = loadViews().filter((v) => v.name !== name);
  write(VIEWS_KEY, views);
  return views;
}
