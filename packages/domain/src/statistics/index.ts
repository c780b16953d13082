export * from './checks.js';
export * from './count.js';
export * from './facts.js';
export * from './forms.js';
export * from './periods.js';
export * from './workflow.js';
