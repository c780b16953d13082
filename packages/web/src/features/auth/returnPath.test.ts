import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './returnPath.js';

describe('safeReturnPath', () => {
  it.each([
    [null, '/'],
    ['', '/'],
    ['/cases', '/cases'],
    ['/cases/42?tab=hearings', '/cases/42?tab=hearings'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['/login', '/'],
    ['/login?next=%2Fcases', '/'],
  ])('%j → %j', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
