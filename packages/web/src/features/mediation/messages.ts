import type { TFunction } from 'i18next';
import { ApiError } from '../../app/api/client.js';
import { errorMessage } from '../../app/api/errors.js';

/**
 * The server's own message where it says what to do (a refused step names the state and what is allowed; a field
 * error names the field), else the general one for the code.
 */
export function messageOf(err: unknown, t: TFunction): string {
  if (err instanceof ApiError && ['UNPROCESSABLE', 'VALIDATION_FAILED', 'DUPLICATE'].includes(err.code)) {
    const fields = err.details.map((d) => d.message).filter(Boolean);
    if (fields.length) return fields.join('；');
    if (err.message) return err.message;
  }
  return errorMessage(err, t);
}
