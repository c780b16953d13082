/**
 * What every module's routes share: the error answer as the routes declare it in their response schemas (the
 * errorHandler builds it: a stable code, a Chinese message, the fields at fault, the request id — errorSchema.ts has
 * the strict, named form), and the signed-in caller of a route that declares access (the auth plugin has checked it;
 * a route reached without one is a wiring mistake answered as AUTH_REQUIRED, never a crash).
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../errors.js';

export const errorBody = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
  requestId: z.string().optional(),
});

export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new AppError('AUTH_REQUIRED', '请先登录');
  return req.principal;
}
