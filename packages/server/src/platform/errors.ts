/**
 * Typed application errors with stable codes. Services throw these; one place (`http/errorHandler.ts`) maps a code
 * to an HTTP status. The message is Chinese and safe to show to a user; `details` names fields (and rows).
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  CASE_NUMBER_INVALID: 400,
  IMPORT_INVALID: 400,
  AUTH_REQUIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_SESSION_EXPIRED: 401,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  DUPLICATE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  AUTH_LOCKED: 423,
  RATE_LIMITED: 429,
  AUTH_THROTTLED: 429,
  CALENDAR_YEAR_NOT_COVERED: 422,
  UNPROCESSABLE: 422,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetail {
  field?: string;
  row?: number;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[] | Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = '记录') => new AppError('NOT_FOUND', `${what}不存在或无权访问`);
export const forbidden = (message = '无权执行此操作') => new AppError('FORBIDDEN', message);
export const validationFailed = (details: ErrorDetail[], message = '输入有误') =>
  new AppError('VALIDATION_FAILED', message, details);
export const versionConflict = (current: unknown) =>
  new AppError('VERSION_CONFLICT', '记录已被他人修改，请刷新后重试', { current });
