/** What every change of an account starts with, and the rule that an active administrator remains. */
import type { DbOrTx } from '../../../platform/db/client.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { lockUserRow, otherActiveAdmins } from '../repository.js';
import type { UserRow } from '../schema.js';

/** The account's row locked for the change (404 when there is none). */
export async function accountForChange(tx: DbOrTx, id: string): Promise<UserRow> {
  const row = await lockUserRow(tx, id);
  if (!row) throw notFound('用户');
  return row;
}

/** There must always be an active administrator, or nobody could manage accounts any more. */
export async function assertAnotherAdmin(tx: DbOrTx, exceptId: string): Promise<void> {
  if ((await otherActiveAdmins(tx, exceptId)) === 0) {
    throw new AppError('UNPROCESSABLE', '至少需要保留一个可用的系统管理员账户');
  }
}
