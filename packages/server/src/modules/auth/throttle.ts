/**
 * Sign-in slow-down instead of an account lock. A lock that anyone can trigger by typing a name five times lets a
 * stranger keep the administrator out, and a lock that only known names get tells which accounts exist. So failures
 * are counted per (username as typed, client address) and per client address — never per account alone — and
 * after a few free failures each key must wait a growing delay (1 s, 2 s, 4 s … capped) before its next attempt.
 * The username key is the normalised name, whether or not such an account exists: unknown and known names are
 * answered alike. A correct password from another address is never held back by someone else's failures.
 *
 * Counters live in this process's memory (like the request rate limits): they are a brake on online guessing, not
 * a record — the record is the audit log and the account's failed-login count.
 */

/** Failures allowed for one name from one address before delays start. */
export const FREE_FAILURES_PER_NAME = 5;
/** Failures allowed from one address over all names (a whole office may share it) before delays start. */
export const FREE_FAILURES_PER_ADDRESS = 20;
/** The longest wait between two attempts. */
export const MAX_DELAY_MS = 60_000;
/** A key with no failure for this long starts again from zero. */
export const FORGET_AFTER_MS = 15 * 60_000;
/** Keys kept at most (oldest forgotten first): bounds memory under a spray of random names and addresses. */
const MAX_KEYS = 100_000;

interface Entry {
  failures: number;
  lastFailureAt: number;
  /** No attempt before this time (ms since epoch). */
  notBefore: number;
}

/** Delay after the n-th failure, with `free` failures allowed first: 0 … 0, 1 s, 2 s, 4 s … up to the cap. */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(1000 * 2 ** (failures - free), MAX_DELAY_MS);
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  private get(key: string, now: number): Entry | undefined {
    const e = this.entries.get(key);
    if (e && now - e.lastFailureAt > FORGET_AFTER_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  private keys(username: string, ip: string | null) {
    const address = ip ?? 'unknown';
    return [
      { key: `n|${address}|${username}`, free: FREE_FAILURES_PER_NAME },
      { key: `a|${address}`, free: FREE_FAILURES_PER_ADDRESS },
    ];
  }

  /** Milliseconds this name from this address must still wait (0: it may try now). */
  waitMs(username: string, ip: string | null, now = Date.now()): number {
    let wait = 0;
    for (const { key } of this.keys(username, ip)) {
      const e = this.get(key, now);
      if (e) wait = Math.max(wait, e.notBefore - now);
    }
    // Never more than the cap, even if the clock was set back after a failure.
    return Math.min(wait, MAX_DELAY_MS);
  }

  /** Counts a failure; returns the delay now imposed on this name from this address (0 while still free). */
  fail(username: string, ip: string | null, now = Date.now()): { failures: number; delayMs: number } {
    let delayMs = 0;
    let failures = 0;
    for (const { key, free } of this.keys(username, ip)) {
      const e = this.get(key, now) ?? { failures: 0, lastFailureAt: now, notBefore: 0 };
      e.failures += 1;
      e.lastFailureAt = now;
      const d = delayAfter(e.failures, free);
      e.notBefore = d > 0 ? now + d : 0;
      // Re-insert so that the Map's order is least recently failed first.
      this.entries.delete(key);
      this.entries.set(key, e);
      if (key.startsWith('n|')) failures = e.failures;
      delayMs = Math.max(delayMs, d);
    }
    while (this.entries.size > MAX_KEYS) this.entries.delete(this.entries.keys().next().value!);
    return { failures, delayMs };
  }

  /** A correct sign-in clears the name's count from that address (the address's own count decays by time). */
  succeed(username: string, ip: string | null): void {
    this.entries.delete(this.keys(username, ip)[0]!.key);
  }
}
