import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { installAuth } from '../auth/plugin.js';
import { registerAuthProviders } from '../auth/sessionStore.js';
import { installErrorHandler } from './errorHandler.js';
import { installMetrics } from './metrics.js';
import { authProviders, moduleMetrics, serverModules } from './modules.js';
import { type App, type AppDeps, VERSION } from './types.js';
import './access.js';
// The error answer's schema, registered by id: a named component (ErrorBody) of the OpenAPI document.
import './errorSchema.js';
import { buildJobRegistry } from '../jobs/build.js';
import { installLoadShedding } from './loadShedding.js';
import { loggerOptions } from './logging.js';
import { createOutageMonitor } from './outage.js';
import { installRateLimit } from './rateLimit.js';

// Validation messages in Chinese: the UI shows them next to the field.
z.config(z.locales.zhCN());

export type { App, AppDeps } from './types.js';

/** Builds the HTTP application (no listening): plugins, security headers, modules, OpenAPI, static web app. */
export async function buildApp(deps: AppDeps, opts: { logger?: boolean | object } = {}): Promise<App> {
  const app = Fastify({
    logger: opts.logger ?? loggerOptions(deps.config),
    bodyLimit: 1024 * 1024,
    trustProxy: deps.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const webDir = deps.config.webDir;
  const serveWeb = !!webDir && existsSync(join(webDir, 'index.html'));
  const outage = createOutageMonitor(app.log, () => deps.database.ping());
  app.addHook('onClose', async () => outage.stop());
  installErrorHandler(app, { spaFallback: serveWeb, outage });

  // Every route must say who may call it; forgetting is a startup error, never an open endpoint.
  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!url.startsWith('/api/v1') && !url.startsWith('/healthz') && !url.startsWith('/readyz')) return;
    if (!route.config?.access) {
      throw new Error(`Route ${route.method} ${url} has no access policy (config.access)`);
    }
  });

  // Every answer counted for /metrics (metrics.ts), refused ones too; modules add theirs (modules.ts moduleMetrics).
  const metrics = installMetrics(app as unknown as App, deps, moduleMetrics);
  // First: a request refused for overload costs nothing further (no session lookup, no query).
  await installLoadShedding(app as unknown as App, deps.database, {
    maxEventLoopDelayMs: deps.config.loadShedEventLoopDelayMs,
    maxDatabaseQueue: deps.config.loadShedDbQueue,
    maxDatabaseWaitMs: deps.config.loadShedDbWaitMs,
    maxInFlight: deps.config.loadShedInFlight,
    onShed: metrics.shed,
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd 5 injects its CSS-in-JS styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: deps.config.cookieSecure,
  });
  // Per session for signed-in users, per address for anonymous requests (rateLimit.ts).
  await installRateLimit(app as unknown as App, deps.config.rateLimitPerMinute);
  // Sessions, permissions and CSRF for every route (before the modules, so its onRoute hook sees them all).
  registerAuthProviders(authProviders);
  await installAuth(app as unknown as App, deps);
  await app.register(swagger, {
    openapi: {
      info: { title: '双降 Shuangjiang API', version: VERSION, description: '行政争议“双下降”工作平台 API' },
      servers: [],
    },
    transform: jsonSchemaTransform,
    // Schemas registered with an id (`.meta({ id })`, e.g. ErrorBody) become named components, referenced by $ref;
    // the web's types are generated from this document (scripts/gen-api-types.mjs, `npm run contracts`).
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // swagger-ui's own CSP asks for upgrade-insecure-requests: over plain HTTP on an intranet address every script
    // and stylesheet would then be fetched over https and fail (a blank page). Like the app's CSP above, only behind
    // TLS. Its inline styles are allowed, as for the app.
    transformStaticCSP: (header) => {
      let csp = header.replace(/style-src 'self'/, "style-src 'self' 'unsafe-inline'");
      if (!deps.config.cookieSecure) csp = csp.replace(/\s*upgrade-insecure-requests;?/, '');
      return csp;
    },
  });

  metrics.registerRoute();

  // The modules' jobs and schedules (platform/jobs): the server passes the registry its worker runs, else built here.
  const moduleDeps: AppDeps = {
    ...deps,
    jobs: deps.jobs ?? buildJobRegistry({ database: deps.database, config: deps.config }),
  };
  for (const mod of serverModules) {
    await app.register(async (scope) => mod.routes(scope as unknown as App, moduleDeps), { prefix: mod.prefix ?? '' });
  }

  if (serveWeb) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });
  }
  return app as unknown as App;
}
