import { authRoutes } from '../../modules/auth/routes.js';
import { healthRoutes } from '../../modules/health/routes.js';
import type { App, AppDeps } from './types.js';

export interface ServerModule {
  name: string;
  /** URL prefix for every route of the module. */
  prefix?: string;
  routes: (app: App, deps: AppDeps) => Promise<void>;
}

/** The modules of the server, in registration order. One line per module. */
export const serverModules: ServerModule[] = [
  { name: 'health', routes: healthRoutes },
  { name: 'auth', prefix: '/api/v1', routes: authRoutes },
];
