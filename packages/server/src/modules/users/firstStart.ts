import { count, eq, inArray } from 'drizzle-orm';
import { systemActor, writeAudit } from '../../platform/audit.js';
import { generatePassword, hashPassword, verifyPassword } from '../../platform/auth/password.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { DEMO_USERS } from './demo.js';
import { users } from './schema.js';

/**
 * The accounts of the demo data set that still accept the password published in the README (not disabled). Their
 * presence makes an installation a demo: it listens on this computer only unless HOST says otherwise, the web app
 * shows 演示数据, and a start without --demo warns. An account whose password was changed no longer counts.
 */
export async function demoAccountsInUse(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .select({ username: users.username, passwordHash: users.passwordHash, disabled: users.disabled })
    .from(users)
    .where(
      inArray(
        users.username,
        DEMO_USERS.map((u) => u.username),
      ),
    );
  const out: string[] = [];
  for (const r of rows) {
    const demo = DEMO_USERS.find((u) => u.username === r.username);
    if (!r.disabled && demo && (await verifyPassword(r.passwordHash, demo.password))) out.push(r.username);
  }
  return out.sort();
}

export const FIRST_ADMIN_USERNAME = 'admin';

/**
 * First start of a real installation (no account at all): creates the administrator `admin` with a one-time password
 * to print once, flagged to be changed at the first sign-in (until then the session can only change it). Returns
 * null when any account exists — also when another server process created it at the same moment (unique name).
 */
export async function createFirstAdminIfNone(db: DbOrTx): Promise<{ username: string; password: string } | null> {
  const [existing] = await db.select({ n: count() }).from(users);
  if (Number(existing?.n ?? 0) > 0) return null;
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({
          username: FIRST_ADMIN_USERNAME,
          displayName: '系统管理员',
          passwordHash,
          role: 'admin',
          mustChangePassword: true,
        })
        .returning({ id: users.id });
      await writeAudit(tx, {
        actor: systemActor(),
        action: 'create',
        entityType: 'user',
        entityId: row!.id,
        after: { username: FIRST_ADMIN_USERNAME, role: 'admin', mustChangePassword: true },
      });
      return { username: FIRST_ADMIN_USERNAME, password };
    });
  } catch (err) {
    const [again] = await db.select({ id: users.id }).from(users).where(eq(users.username, FIRST_ADMIN_USERNAME));
    if (again) return null;
    throw err;
  }
}
