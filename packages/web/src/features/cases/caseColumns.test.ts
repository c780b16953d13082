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

describe('case table cells at 1366 px', () => {
  it('give type, parties and cause two lines with the whole text in a title, not a one-line ellipsis', () => {
    const columns = caseColumns(t, undefined, undefined, state, false);
    const item = {
      kind: 'litigation',
      firstDefendantName: '示例市城东区自然资源和规划局',
      plaintiffs: ['王某明', '李某华'],
      plaintiffCount: 3,
      causeOfAction: '土地行政征收及补偿安置',
    } as unknown as Parameters<NonNullable<(typeof columns)[number]['render']>>[1];
    for (const key of ['kind', 'defendant', 'plaintiff', 'cause'] as const) {
      const column = columns.find((c) => c.key === key)!;
      expect(column.ellipsis, key).toBeFalsy();
      const cell = column.render!(undefined, item, 0) as { props: { text: string } };
      expect(cell.props.text, key).not.toBe('');
    }
    const cause = columns.find((c) => c.key === 'cause')!.render!(undefined, item, 0) as { props: { text: string } };
    expect(cause.props.text).toBe('土地行政征收及补偿安置');
  });
});
