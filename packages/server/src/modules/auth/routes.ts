import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActor } from '../../platform/audit.js';
import { MAX_PASSWORD_LENGTH } from '../../platform/auth/password.js';
import { clearSessionCookie, sessionCookieOptions } from '../../platform/auth/plugin.js';
import { type NewSession, SESSION_COOKIE } from '../../platform/auth/sessionStore.js';
import { AppError } from '../../platform/errors.js';
import type { App, AppDeps } from '../../platform/http/types.js';
import { demoAccountsInUse, sessionUserSchema } from '../users/public.js';
import { changePassword, currentUser, login, logout } from './service.js';
import { LoginThrottle } from './throttle.js';

/** Sign-in attempts per minute for one client address and username (stricter than the global API limit). */
export const LOGIN_RATE_LIMIT_PER_MINUTE = 10;
/**
 * Sign-in attempts per minute from one client address over all usernames (password spraying). Generous, because a
 * whole office may sit behind one address and sign in at nine o'clock.
 */
export const LOGIN_RATE_LIMIT_PER_IP_PER_MINUTE = 60;

const userBody = z.object({ user: sessionUserSchema });
const ok = z.object({ ok: z.literal(true) });

function clientOf(req: FastifyRequest) {
  const ua = req.headers['user-agent'];
  return { ip: req.ip ?? null, userAgent: typeof ua === 'string' ? ua : null, requestId: req.id };
}

/** Sign-in, sign-out, who am I, change password, CSRF token (/api/v1/auth/*). */
export async function authRoutes(scope: App, { config, database }: AppDeps): Promise<void> {
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const setSessionCookie = (reply: FastifyReply, s: NewSession) =>
    reply.setCookie(SESSION_COOKIE, s.token, sessionCookieOptions(config.cookieSecure));

  app.get(
    '/auth/csrf',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: '获取 CSRF 令牌（提交请求时放入 x-csrf-token 头）',
        response: { 200: z.object({ token: z.string() }) },
      },
    },
    async (req, reply) => ({ token: reply.generateCsrf({ userInfo: req.principal?.sessionId ?? 'anonymous' }) }),
  );

  // Is this a demo (accounts with the README's passwords)? Checked at most once a minute: it costs a password
  // verification per demo account, and the answer changes only when one of them changes its password.
  let demo: { at: number; value: Promise<boolean> } | undefined;
  const isDemo = () => {
    if (!demo || Date.now() - demo.at > 60_000)
      demo = {
        at: Date.now(),
        value: demoAccountsInUse(db).then(
          (names) => names.length > 0,
          (err: unknown) => {
            demo = undefined;
            throw err;
          },
        ),
      };
    return demo.value;
  };
  app.get(
    '/auth/instance',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: '本系统实例信息（是否为演示数据：演示账号的密码公开在 README 中）',
        response: { 200: z.object({ demo: z.boolean() }) },
      },
    },
    async () => ({ demo: await isDemo() }),
  );

  // Growing delays after repeated failures (per name and address, per address), instead of an account lock.
  const throttle = new LoginThrottle();

  // Two limits on sign-in, checked after the body is parsed: per address and username, and per address.
  const limits = [
    app.createRateLimit({
      max: LOGIN_RATE_LIMIT_PER_IP_PER_MINUTE,
      timeWindow: '1 minute',
      keyGenerator: (req: FastifyRequest) => `login-ip|${req.ip}`,
    }),
    app.createRateLimit({
      max: LOGIN_RATE_LIMIT_PER_MINUTE,
      timeWindow: '1 minute',
      keyGenerator: (req: FastifyRequest) => {
        const name = (req.body as { username?: unknown } | undefined)?.username;
        return `login|${req.ip}|${typeof name === 'string' ? name.trim().toLowerCase().slice(0, 64) : ''}`;
      },
    }),
  ];
  const limitLogin = async (req: FastifyRequest, reply: FastifyReply) => {
    for (const limit of limits) {
      const r = await limit(req);
      if (!r.isAllowed && r.isExceeded) {
        reply.header('retry-after', r.ttlInSeconds);
        throw new AppError('RATE_LIMITED', '登录尝试过于频繁，请稍后再试');
      }
    }
  };

  app.post(
    '/auth/login',
    {
      preHandler: limitLogin,
      // The two limits above replace the global API limit on this route.
      config: { access: 'public', rateLimit: false },
      schema: {
        tags: ['auth'],
        summary: '登录',
        body: z.object({
          username: z.string({ error: '请输入用户名' }).trim().min(1, '请输入用户名').max(64, '用户名最长64个字符'),
          password: z
            .string({ error: '请输入密码' })
            .min(1, '请输入密码')
            .max(MAX_PASSWORD_LENGTH, `密码最长${MAX_PASSWORD_LENGTH}个字符`),
        }),
        response: { 200: userBody },
      },
    },
    async (req, reply) => {
      const result = await login(db, req.body, clientOf(req), throttle).catch((err: unknown) => {
        if (err instanceof AppError && err.code === 'AUTH_THROTTLED' && !Array.isArray(err.details))
          reply.header('retry-after', String(err.details?.retryAfterSeconds ?? 1));
        throw err;
      });
      // A session this browser still had ends: one browser, one session.
      if (req.principal) await logout(db, req.principal, auditActor(req));
      setSessionCookie(reply, result.session);
      return { user: result.user };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'authenticated', allowDuringPasswordChange: true },
      schema: { tags: ['auth'], summary: '退出登录', response: { 200: ok } },
    },
    async (req, reply) => {
      await logout(db, req.principal!, auditActor(req));
      clearSessionCookie(reply, config.cookieSecure);
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'authenticated', allowDuringPasswordChange: true },
      schema: { tags: ['auth'], summary: '当前用户', response: { 200: userBody } },
    },
    async (req) => ({ user: await currentUser(db, req.principal!) }),
  );

  app.post(
    '/auth/password',
    {
      config: { access: 'authenticated', allowDuringPasswordChange: true },
      schema: {
        tags: ['auth'],
        summary: '修改本人密码（至少 10 位，含字母和数字，不含用户名）',
        body: z.object({
          currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
          newPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
        }),
        response: { 200: userBody },
      },
    },
    async (req, reply) => {
      const result = await changePassword(db, req.principal!, req.body, { ...clientOf(req), actor: auditActor(req) });
      setSessionCookie(reply, result.session);
      return { user: result.user };
    },
  );
}
