import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { RouteAccess } from '../http/access.js';
import type { App, AppDeps } from '../http/types.js';
import { can, isPermission } from './permissions.js';
import { resolveSession, SESSION_COOKIE } from './sessionStore.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable by a user who must first change the password (me, logout, change password). */
    allowDuringPasswordChange?: boolean;
  }
}

/** One registered API route and the access it declares; the authorization matrix test walks this list. */
export interface RouteInfo {
  method: string;
  url: string;
  access: RouteAccess;
}

const routeTables = new WeakMap<object, RouteInfo[]>();

/** Every /api/v1 and health route of an app built by buildApp, with its access policy. */
export function listRoutes(app: App): RouteInfo[] {
  return [...(routeTables.get(app) ?? [])];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sessionCookieOptions(secure: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
}

/**
 * Authentication, authorization and CSRF for every route, in one place. Install before the modules register:
 * - each route's `config.access` is checked at startup (a permission must exist in permissions.ts);
 * - `'public'` routes pass (a valid session cookie still sets `req.principal`, so CSRF tokens bind to it);
 * - other routes need a live session (`sj_session` cookie): `req.principal` is set, users who must change their
 *   password reach only routes marked `allowDuringPasswordChange`, and `{permission}` is checked with `can()`;
 * - every state-changing request (not GET/HEAD/OPTIONS) must carry `x-csrf-token` from GET /api/v1/auth/csrf,
 *   bound to the session (or to "anonymous" before login).
 */
export async function installAuth(app: App, deps: AppDeps): Promise<void> {
  const { config, database } = deps;
  const table: RouteInfo[] = [];
  routeTables.set(app, table);

  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access) return;
    if (typeof access === 'object' && !isPermission(access.permission)) {
      throw new Error(`Route ${route.method} ${route.url}: unknown permission '${access.permission}'`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') table.push({ method, url: route.url, access });
    }
  });

  await app.register(cookie, { secret: config.sessionSecret, hook: 'onRequest' });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'sj_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: config.cookieSecure, signed: true },
    getToken: (req: FastifyRequest) => headerValue(req.headers['x-csrf-token']),
    getUserInfo: (req: FastifyRequest) => req.principal?.sessionId ?? 'anonymous',
    csrfOpts: { hmacKey: config.sessionSecret },
  });

  app.addHook('onRequest', async (req, reply) => {
    const access = req.routeOptions.config?.access;
    if (!access) return;
    const token = req.cookies[SESSION_COOKIE];
    if (access === 'public') {
      if (token) {
        const found = await resolveSession(database.db, token);
        if (found.ok) req.principal = found.principal;
      }
      return;
    }
    if (!token) throw new AppError('AUTH_REQUIRED', '请先登录');
    const found = await resolveSession(database.db, token);
    if (!found.ok) {
      clearSessionCookie(reply, config.cookieSecure);
      throw new AppError('AUTH_SESSION_EXPIRED', '登录已过期，请重新登录');
    }
    req.principal = found.principal;
    if (found.mustChangePassword && !req.routeOptions.config.allowDuringPasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', '请先修改初始密码');
    }
    if (typeof access === 'object' && !can(found.principal, access.permission)) {
      throw new AppError('FORBIDDEN', '没有执行此操作的权限');
    }
  });

  app.addHook('onRequest', (req, reply, done) => {
    if (!req.routeOptions.config?.access || SAFE_METHODS.has(req.method)) return done();
    app.csrfProtection(req, reply, done);
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(secure));
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
