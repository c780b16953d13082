import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { COLUMN_KEYS, caseColumns, defaultHidden, LIST_WIDTH_AT_1366 } from './caseColumns.js';
import { parseListState } from './listParams.js';

const t = ((key: string) => key) as unknown as TFunction;
const state = parseListState(new URLSearchParams(), undefined);

describe('case table columns', () => {
  it.each([
    ['Chinese', false, true],
    ['Chinese', false, false],
    ['English', true, true],
    ['English', true, false],
  ])('the default columns fit a 1366 px screen (%s, city-wide: %s)', (_, english, cityWide) => {
    const hidden = defaultHidden(cityWide);
    const shown = caseColumns(t, undefined, undefined, state, english).filter((c) => !hidden.includes(c.key));
    expect(shown.reduce((sum, c) => sum + c.width, 0)).toBeLessThanOrEqual(LIST_WIDTH_AT_1366);
    // The pinned columns are among them, so nothing they cover is out of sight.
    expect(shown.filter((c) => c.fixed).map((c) => c.key)).toEqual(['caseNumber', 'risk', 'nextDue']);
  });

  it('has a width for every column in both languages', () => {
    for (const english of [false, true]) {
      const columns = caseColumns(t, undefined, undefined, state, english);
      expect(columns.map((c) => c.key)).toEqual([...COLUMN_KEYS]);
      for (const c of columns) expect(c.width).toBeGreaterThanOrEqual(60);
    }
  });
});
