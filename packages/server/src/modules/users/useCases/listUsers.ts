/** Use cases: the administrator's user list (filters, pages) and one account in full. */
import type { Db, DbOrTx } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import { listUserRows, type UserFilter, userListRow } from '../repository.js';
import { presentUser, type UserListItem } from './present.js';

export async function listUsers(db: Db, f: UserFilter, now = new Date()) {
  const { rows, total } = await listUserRows(db, f, now);
  return { items: rows.map((r) => presentUser(r, now)), total };
}

export async function getUser(db: DbOrTx, id: string, now = new Date()): Promise<UserListItem> {
  const row = await userListRow(db, id);
  if (!row) throw notFound('用户');
  return presentUser(row, now, { fullPhone: true });
}
