/**
 * Drizzle's "\nparams: …" part of a failed statement's message or stack, up to the first stack frame (the server's log
 * serializer drops it the same way; not imported from there: the batch modes must not load the server).
 */
const withoutParams = (text: string) => text.replace(/\nparams:[\s\S]*?(?=\n {4}at |$)/, '');

/**
 * A user-facing error's text: our errors carry a bilingual message; anything else is prefixed, and a failed SQL
 * statement's bound parameters (personal data, token hashes: drizzle puts them in the message) are left out.
 */
export function failureText(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const known = e?.code === 'CONFIG_INVALID' || e?.code === 'DATA_DIR_LOCKED' || e?.code === 'UPGRADE_FAILED';
  return known ? (e.message ?? '') : `错误 / error: ${withoutParams(e?.message ?? String(err))}`;
}

/** Prints a user-facing error (failureText) and exits with status 1; LOG_LEVEL=debug adds the error, parameters left out. */
export function fail(err: unknown): never {
  process.stderr.write(`${failureText(err)}\n`);
  if (process.env.LOG_LEVEL === 'debug')
    process.stderr.write(`${withoutParams((err as Error)?.stack ?? String(err))}\n`);
  process.exit(1);
}
