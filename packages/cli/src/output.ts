/** Prints a user-facing error (our errors carry a bilingual message) and exits with status 1. */
export function fail(err: unknown): never {
  const e = err as { code?: string; message?: string };
  const known = e?.code === 'CONFIG_INVALID' || e?.code === 'DATA_DIR_LOCKED' || e?.code === 'UPGRADE_FAILED';
  process.stderr.write(`${known ? e.message : `错误 / error: ${e?.message ?? String(err)}`}\n`);
  if (!known && process.env.LOG_LEVEL === 'debug') console.error(err);
  process.exit(1);
}
