// The one place the web app talks HTTP to the server: JSON in/out, session cookie, CSRF token, typed errors.
import type { ErrorBody, ErrorDetail } from './contract.js';

/** A field-level problem reported by the server (an ErrorDetail, its field always a string: '' when none). */
export type FieldProblem = Omit<ErrorDetail, 'field'> & { field: string };

/** An error response (the server's ErrorBody: `{code, message, details?, requestId}`), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  /** The server's stable code (ErrorBody['code']), or one made here: NETWORK_ERROR, HTTP_<status>, … */
  readonly code: ErrorBody['code'] | (string & {});
  /** Field-level problems when the server sent `details` as a list. */
  readonly details: FieldProblem[];
  /** `details` when the server sent an object instead (e.g. `{lockedUntil}` with AUTH_LOCKED). */
  readonly data: Record<string, unknown>;
  /** The id the server's log knows the request by (absent for a network failure or a non-JSON answer). */
  readonly requestId: string | undefined;

  constructor(
    status: number,
    code: ErrorBody['code'] | (string & {}),
    message: string,
    details: FieldProblem[] = [],
    data = {},
    requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.data = data;
    this.requestId = requestId;
  }
}

export const API_BASE = '/api/v1';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  /** Default true: a 401 sends the user to /login (keeping the return path). Off for /auth/me and /auth/login. */
  redirectOn401?: boolean;
  signal?: AbortSignal;
}

let csrfToken: string | null = null;
let csrfPending: Promise<string> | null = null;

/** Forget the CSRF token (the session changed: after login, logout or password change). */
export function resetCsrfToken(): void {
  csrfToken = null;
  csrfPending = null;
}

async function fetchCsrfToken(): Promise<string> {
  if (csrfToken) return csrfToken;
  csrfPending ??= (async () => {
    const body = await send<{ token: string }>('GET', '/auth/csrf', undefined, { redirectOn401: false });
    csrfToken = body.token;
    return body.token;
  })().finally(() => {
    csrfPending = null;
  });
  return csrfPending;
}

export interface SessionEventHandlers {
  /** A request was answered 401: the session is missing or expired. */
  unauthorized: (returnPath: string) => void;
  /** A request was answered 403 PASSWORD_CHANGE_REQUIRED: the user must set a new password first. */
  passwordChangeRequired: () => void;
}

let handlers: SessionEventHandlers = {
  unauthorized: (returnPath) => window.location.assign(`/login?next=${encodeURIComponent(returnPath)}`),
  passwordChangeRequired: () => window.location.assign('/password'),
};

/** The app replaces the default full-page redirects with router navigations (see AuthProvider). */
export function setSessionEventHandlers(next: SessionEventHandlers): void {
  handlers = next;
}

function asFieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((d): d is Record<string, unknown> => typeof d === 'object' && d !== null)
    .map((d) => ({
      field: String(d.field ?? ''),
      message: String(d.message ?? ''),
      ...(typeof d.row === 'number' ? { row: d.row } : {}),
    }));
}

/**
 * The ApiError of a refused answer: its body read as the server's ErrorBody, checked field by field (a proxy's
 * error page or an empty body still gives a code from the status). Used by every request, uploads and downloads.
 */
export async function apiErrorOf(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (e.g. a proxy error page).
  }
  const b: { [K in keyof ErrorBody]?: unknown } = typeof body === 'object' && body !== null ? body : {};
  const fallbackCode =
    res.status === 401
      ? 'AUTH_REQUIRED'
      : res.status === 403
        ? 'FORBIDDEN'
        : res.status === 429
          ? 'RATE_LIMITED'
          : res.status >= 500
            ? 'SERVER_ERROR'
            : `HTTP_${res.status}`;
  const code = typeof b.code === 'string' ? b.code : fallbackCode;
  const message = typeof b.message === 'string' ? b.message : res.statusText;
  const data =
    typeof b.details === 'object' && b.details !== null && !Array.isArray(b.details)
      ? (b.details as Record<string, unknown>)
      : {};
  const requestId = typeof b.requestId === 'string' ? b.requestId : undefined;
  return new ApiError(res.status, code, message, asFieldProblems(b.details), data, requestId);
}

async function send<T>(method: Method, path: string, body: unknown, opts: RequestOptions, token?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const form = body instanceof FormData;
  // A FormData body sets its own multipart content type (with the boundary).
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  if (token) headers['x-csrf-token'] = token;
  let res: Response;
  try {
    res = await fetch(API_BASE + path, {
      method,
      headers,
      credentials: 'include',
      body: body === undefined ? undefined : form ? (body as FormData) : JSON.stringify(body),
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK_ERROR', err instanceof Error ? err.message : String(err));
  }
  if (!res.ok) {
    const error = await apiErrorOf(res);
    if (res.status === 401 && opts.redirectOn401 !== false) {
      handlers.unauthorized(window.location.pathname + window.location.search);
    }
    if (error.code === 'PASSWORD_CHANGE_REQUIRED') handlers.passwordChangeRequired();
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function request<T>(method: Method, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  if (method === 'GET') return send<T>(method, path, undefined, opts);
  const token = await fetchCsrfToken();
  try {
    return await send<T>(method, path, body, opts, token);
  } catch (err) {
    // A stale token (the session rotated): fetch a fresh one and retry once.
    if (err instanceof ApiError && err.code === 'CSRF_INVALID') {
      resetCsrfToken();
      return send<T>(method, path, body, opts, await fetchCsrfToken());
    }
    throw err;
  }
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, body ?? {}, opts),
  /**
   * One file as the multipart part `file` (uploads), with the CSRF token and the same error handling. `fields` go
   * ahead of the file (the server reads the fields sent before it).
   */
  upload: <T>(
    path: string,
    file: Blob,
    fileName: string,
    opts?: RequestOptions & { fields?: Record<string, string> },
  ) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(opts?.fields ?? {})) form.append(name, value);
    form.append('file', file, fileName);
    return request<T>('POST', path, form, opts);
  },
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, body ?? {}, opts),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', path, body ?? {}, opts),
  delete: <T>(path: string, opts?: RequestOptions, body?: unknown) => request<T>('DELETE', path, body, opts),
};
