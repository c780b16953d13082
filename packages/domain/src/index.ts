export {};
export * from './calendar/index.js';
