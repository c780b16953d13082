/**
 * The API's request limit (RATE_LIMIT_PER_MINUTE): per session for a signed-in user, per client address for anonymous
 * requests. A whole county's offices often reach the server through one NAT address: a per-address limit would make
 * them share one budget, so one busy clerk could lock out the county (issue 18 §3). The limit is checked after the
 * session is resolved (preHandler), so the key is the session when there is one. The client address is the socket's,
 * or X-Forwarded-For's behind a trusted proxy (TRUST_PROXY), see README "Behind a reverse proxy".
 * Counters are kept per server process: with several instances each has its own budget per key.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { App } from './types.js';

/** The budget a request counts against: its session, else its client address. */
export function rateLimitKey(req: FastifyRequest): string {
  return req.principal ? `session|${req.principal.sessionId}` : `address|${req.ip}`;
}

export async function installRateLimit(app: App, perMinute: number): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    max: perMinute,
    timeWindow: '1 minute',
    // After the auth plugin's onRequest hook has set req.principal from the session cookie.
    hook: 'preHandler',
    keyGenerator: rateLimitKey,
    allowList: (req) => !req.url.startsWith('/api/'),
  });
}
