import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from '../errors.js';
import type { ErrorBody } from './errorSchema.js';
import { validationDetails } from './fieldLabels.js';
import { isDatabaseUnavailable, type OutageMonitor } from './outage.js';

/** The body of every error answer: its schema (and OpenAPI component `ErrorBody`) is errorSchema.ts. */
export type { ErrorBody } from './errorSchema.js';

/**
 * The one place where errors become HTTP responses. Clients get a stable `code`, a Chinese message and, for input
 * errors, the fields at fault. Stack traces and SQL never leave the server; they go to the log with the request id.
 */
export function installErrorHandler(
  app: FastifyInstance,
  opts: { spaFallback?: boolean; outage?: OutageMonitor } = {},
): void {
  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
    if (err instanceof AppError) {
      if (err.status >= 500) req.log.error({ err }, 'application error');
      return reply.status(err.status).send(body(err.code, err.message, err.details, req.id));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = (err as { validationContext?: string }).validationContext;
      const schema = where ? (req.routeOptions.schema as Record<string, unknown> | undefined)?.[where] : undefined;
      const details = validationDetails(schema, where, err.validation);
      const first = details[0];
      const message = first ? `输入有误：${first.message}` : '输入有误';
      return reply.status(400).send(body('VALIDATION_FAILED', message, details, req.id));
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      return reply.status(500).send(body('INTERNAL', '服务器内部错误', undefined, req.id));
    }
    const fe = err as FastifyError;
    const status = fe.statusCode ?? 500;
    if (status === 429)
      return reply.status(429).send(body('RATE_LIMITED', '请求过于频繁，请稍后再试', undefined, req.id));
    if (status === 413) return reply.status(413).send(body('PAYLOAD_TOO_LARGE', '提交的内容过大', undefined, req.id));
    if (status === 415)
      return reply.status(415).send(body('UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型', undefined, req.id));
    if (fe.code === 'FST_CSRF_INVALID_TOKEN' || fe.code === 'FST_CSRF_MISSING_SECRET')
      return reply.status(403).send(body('CSRF_INVALID', '安全校验失败，请刷新页面后重试', undefined, req.id));
    if (status >= 400 && status < 500) {
      return reply.status(status).send(body('VALIDATION_FAILED', '请求无效', undefined, req.id));
    }
    if (isDatabaseUnavailable(err)) {
      // One log line for the whole outage (outage.ts), not a stack per request.
      opts.outage?.report();
      return reply
        .status(503)
        .header('retry-after', '5')
        .send(body('SERVICE_UNAVAILABLE', '数据库暂时无法访问，请稍后重试', undefined, req.id));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL', '服务器内部错误，请稍后再试', undefined, req.id));
  });

  app.setNotFoundHandler((req, reply) => {
    // Client-side routes (/cases/…) get the web app; unknown /api paths stay JSON 404s.
    if (opts.spaFallback && req.method === 'GET' && !req.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send(body('NOT_FOUND', '接口不存在', undefined, req.id));
  });
}

function body(code: ErrorCode, message: string, details: ErrorBody['details'], requestId: string): ErrorBody {
  return details === undefined ? { code, message, requestId } : { code, message, details, requestId };
}
