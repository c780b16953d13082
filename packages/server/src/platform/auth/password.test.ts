import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, passwordPolicyProblems, verifyPassword } from './password.js';
import { can } from './permissions.js';

describe('password policy', () => {
  it.each([
    ['Abcdefgh12', []],
    ['Abc12', ['密码至少 10 个字符']],
    ['abcdefghijk', ['密码须同时包含字母和数字']],
    ['12345678901', ['密码须同时包含字母和数字']],
    ['xZhangSan2026', ['密码不能包含用户名']],
  ])('%s', (password, messages) => {
    expect(passwordPolicyProblems(password, 'zhangsan').map((p) => p.message)).toEqual(messages);
  });

  it('generated passwords satisfy the policy and differ', () => {
    const a = generatePassword();
    expect(passwordPolicyProblems(a, 'someone')).toEqual([]);
    expect(generatePassword()).not.toBe(a);
  });

  it('argon2id hashes verify only the right password; a malformed hash is just "no"', async () => {
    const h = await hashPassword('Right-pass-1');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(h, 'Right-pass-1')).toBe(true);
    expect(await verifyPassword(h, 'Wrong-pass-1')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});

describe('can()', () => {
  it('grants only listed permissions', () => {
    expect(can({ role: 'admin' }, 'user.manage')).toBe(true);
    expect(can({ role: 'admin' }, 'case.read')).toBe(false);
    expect(can({ role: 'leader' }, 'case.read')).toBe(true);
    expect(can({ role: 'leader' }, 'case.update')).toBe(false);
    expect(can({ role: 'leader' }, 'no.such')).toBe(false);
    expect(can(null, 'case.read')).toBe(false);
  });
});
