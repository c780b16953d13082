/**
 * The password policy the server enforces, checked in the form before submitting so the user sees which rule
 * fails: at least 10 characters, letters and digits, not containing the username (case-insensitive). The server's answer stays authoritative.
 */
export type PasswordRule = 'length' | 'lettersDigits' | 'notUsername';

export const MIN_PASSWORD_LENGTH = 10;

export function passwordRuleChecks(password: string, username: string): Record<PasswordRule, boolean> {
  return {
    length: [...password].length >= MIN_PASSWORD_LENGTH,
    lettersDigits: /[A-Za-z]/.test(password) && /\d/.test(password),
    notUsername: username.trim() === '' || !password.toLowerCase().includes(username.trim().toLowerCase()),
  };
}

export function passwordProblems(password: string, username: string): PasswordRule[] {
  const checks = passwordRuleChecks(password, username);
  return (Object.keys(checks) as PasswordRule[]).filter((rule) => !checks[rule]);
}
