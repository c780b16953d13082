import type { TFunction } from 'i18next';
import { ApiError } from './client.js';

/**
 * The message to show for a failed request: the translated text for a known error code, otherwise the
 * server's own message (already in Chinese), otherwise a generic "failed" text.
 */
export function errorMessage(err: unknown, t: TFunction): string {
  if (err instanceof ApiError) {
    const key = `errors.${err.code}`;
    const mapped = t(key as 'errors.unknown', { defaultValue: '' });
    if (mapped) return mapped;
    if (err.message) return err.message;
  }
  return t('errors.unknown');
}
