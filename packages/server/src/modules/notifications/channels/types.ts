import type { ExternalChannel } from '../constants.js';

/** What a channel sends: the message's words, its link (absolute when NOTIFY_PUBLIC_URL is set) and its key. */
export interface OutboundMessage {
  /** Idempotency key of this delivery (message × recipient × channel); given to the provider where it takes one. */
  key: string;
  title: string;
  body: string;
  link: string | null;
}

export interface Recipient {
  userId: string;
  displayName: string;
  phone: string | null;
  email: string | null;
  wecomUserId: string | null;
  dingtalkUserId: string | null;
}

/**
 * The answer of one send:
 * - `sent`: the provider accepted it;
 * - `retry`: it certainly did not go out (connection refused, throttled, 5xx before acceptance): try again later;
 * - `failed`: it will never go out this way (bad number, rejected template): fall back to the next channel;
 * - `unknown`: it may have gone out (timeout, connection cut after the request was written): never resent by itself.
 * `error` is words for the coordinator: no credentials, no full address.
 */
export type SendOutcome =
  | { status: 'sent'; providerId?: string | null }
  | { status: 'retry' | 'failed' | 'unknown'; error: string };

/** One external channel. Implementations hold their own credentials (config.ts) and never log them. */
export interface Channel {
  readonly name: ExternalChannel;
  /** The recipient's address on this channel, or null when they have none. */
  addressOf(recipient: Recipient): string | null;
  send(message: OutboundMessage, address: string): Promise<SendOutcome>;
}

/** Network errors that prove nothing was delivered (no connection was made). */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** A thrown error as an outcome: `retry` when no connection was made, `unknown` otherwise (the request may be out). */
export function outcomeOfError(err: unknown, what: string): SendOutcome {
  const code = errorCode(err);
  if (code && NOT_CONNECTED.has(code)) return { status: 'retry', error: `${what}：无法连接（${code}）` };
  if (isTimeout(err, code)) return { status: 'unknown', error: `${what}：等待应答超时，对方可能已收到` };
  return { status: 'unknown', error: `${what}：连接中断（${code ?? 'error'}），对方可能已收到` };
}

function errorCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
    // Some SDKs (Tencent) keep only the message: "request to … failed, reason: connect ECONNREFUSED …".
    const inMessage = /\b(E[A-Z]{4,})\b/.exec(String((e as { message?: unknown }).message ?? ''));
    if (inMessage) return inMessage[1];
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function isTimeout(err: unknown, code: string | undefined): boolean {
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') return true;
  const name = (err as { name?: unknown } | null)?.name;
  const message = String((err as { message?: unknown } | null)?.message ?? '');
  return name === 'TimeoutError' || name === 'AbortError' || /timeout|timed out/i.test(message);
}

/** The text a chat robot or an e-mail carries: title, body, link. */
export function plainText(m: OutboundMessage): string {
  return [m.title, m.body, m.link].filter(Boolean).join('\n');
}
