import { AppError } from '../../../platform/errors.js';

/** Why a file cannot be read as a ledger; `kind` is stable (tests, logs), the message is for the user. */
export type FileProblem =
  | 'empty'
  | 'xls'
  | 'encrypted'
  | 'corrupt'
  | 'notWorkbook'
  | 'noSheets'
  | 'unsupported'
  | 'tooLarge'
  | 'cellTooLong'
  | 'tooManyRows';

/**
 * A file that is not a readable ledger: 400 (IMPORT_INVALID) with a Chinese message saying what the file is and what
 * to do, never a library's message (`invalid signature: 0x…`, `FILE_ENDED`) and never a 500.
 */
export class ImportFileError extends AppError {
  constructor(
    readonly kind: FileProblem,
    message: string,
  ) {
    super('IMPORT_INVALID', message, [{ field: 'file', message }]);
  }
}
