// What other modules use of the hearings module: its use cases (service.ts, which also registers the case detail's
// reader of hearings) and the demo's writer of the hearings the cases step built.

export { seedDemoHearings, writeDemoHearings } from './demo.js';
export * from './service.js';
