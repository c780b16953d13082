/**
 * The list's keyset cursor as the client carries it (`nextCursor` → `cursor`): base64url JSON of the sort key and
 * order it was made for, the last row's sort value and id. A cursor made for another sort, or tampered with, is bad
 * input (start again from the first page).
 */
import { validationFailed } from '../../platform/errors.js';
import { type Cursor, SORT_KEYS } from './repository.js';

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(text: string, sort: Cursor['s'], order: Cursor['o']): Cursor {
  const bad = () => validationFailed([{ field: 'cursor', message: '游标无效或与排序方式不一致，请从第一页重新开始' }]);
  let c: Cursor;
  try {
    c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
  } catch {
    throw bad();
  }
  if (
    !c ||
    c.s !== sort ||
    c.o !== order ||
    !SORT_KEYS.includes(c.s) ||
    typeof c.id !== 'string' ||
    !/^[0-9a-f-]{36}$/i.test(c.id) ||
    (c.v !== null && typeof c.v !== 'string')
  ) {
    throw bad();
  }
  return c;
}
