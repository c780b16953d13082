import { describe, expect, it } from 'vitest';
import { formatOffsets, parseOffsets } from './RemindersForm.js';

describe('reminder offsets as typed', () => {
  it.each([
    ['5, 2, 0', [5, 2, 0]],
    ['5，2，0', [5, 2, 0]],
    ['5 2  0', [5, 2, 0]],
    ['7、3、1', [7, 3, 1]],
    [' 3 ', [3]],
    ['', []],
  ])('%j → %j', (text, days) => {
    expect(parseOffsets(text)).toEqual(days);
  });

  it('keeps a part that is not a whole number as NaN, for the server to refuse by name', () => {
    const parsed = parseOffsets('5, -1, x, 2.5');
    expect(parsed[0]).toBe(5);
    expect(parsed.slice(1).every(Number.isNaN)).toBe(true);
  });

  it('formats back to the text the form shows', () => {
    expect(formatOffsets([7, 3, 1])).toBe('7, 3, 1');
  });
});
