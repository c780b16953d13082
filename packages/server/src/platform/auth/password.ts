import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { ErrorDetail } from '../errors.js';

/** argon2id (Algorithm.Argon2id = 2; a `const enum` cannot be imported under isolatedModules). */
const ARGON2ID = 2;
/** OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane. */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS as never);
}

/** False (never an exception) for a wrong password or a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so an unknown username cannot be told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('dummy-password-0');
  await verifyPassword(await dummyHash, password);
}

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * The password policy (the web form checks the same rules, see web features/auth/passwordPolicy.ts): at least 10
 * characters, letters and digits, and not containing the username. Problems are reported in Chinese on `field`.
 */
export function passwordPolicyProblems(password: string, username: string, field = 'newPassword'): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH)
    out.push({ field, message: `密码至少 ${MIN_PASSWORD_LENGTH} 个字符` });
  if ([...password].length > MAX_PASSWORD_LENGTH)
    out.push({ field, message: `密码不能超过 ${MAX_PASSWORD_LENGTH} 个字符` });
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) out.push({ field, message: '密码须同时包含字母和数字' });
  const name = username.trim().toLowerCase();
  if (name && password.toLowerCase().includes(name)) out.push({ field, message: '密码不能包含用户名' });
  return out;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A first password for a new or reset account (shown once): 14 characters, letters and digits, no look-alikes. */
export function generatePassword(length = 14): string {
  for (;;) {
    let out = '';
    for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
    if (/[A-Za-z]/.test(out) && /\d/.test(out)) return out;
  }
}
