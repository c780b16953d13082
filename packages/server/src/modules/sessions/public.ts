// What the platform uses of the sessions module: where sessions are kept (registered at app build).
export { sessionRows } from './store.js';
