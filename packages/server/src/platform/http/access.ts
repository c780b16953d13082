/**
 * Every route declares who may call it in its `config.access`. A route without one is a startup error (see app.ts),
 * so a new endpoint can never be reachable by accident. The auth module checks it on each request.
 */
export type RouteAccess =
  /** No login needed (health checks, login itself). */
  | 'public'
  /** Any logged-in user (e.g. "who am I"); the service still filters by the user's scope. */
  | 'authenticated'
  /** A named permission from the auth module's role table, e.g. 'case.read'. */
  | { permission: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
