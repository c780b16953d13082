import { describe, expect, it } from 'vitest';
import { passwordProblems } from './passwordPolicy.js';

describe('passwordProblems', () => {
  it.each([
    ['Abcdef12345', 'city', []],
    ['abc123', 'city', ['length']],
    ['abcdefghijk', 'city', ['lettersDigits']],
    ['12345678901', 'city', ['lettersDigits']],
    ['county12345', 'county12345', ['notUsername']],
    ['County12345', 'county12345', ['notUsername']],
    ['xcity2026abc', 'city', ['notUsername']],
    ['xCITY2026abc', 'city', ['notUsername']],
    ['', 'city', ['length', 'lettersDigits']],
  ])('%j for user %j → %j', (password, username, expected) => {
    expect(passwordProblems(password, username)).toEqual(expected);
  });
});
