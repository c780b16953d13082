export * from './calendar/index.js';
export * from './caseNumber/index.js';
export * from './deadlines/index.js';
export * from './hearings/index.js';
export * from './indicators/index.js';
export * from './outcomes/index.js';
export * from './reminders/index.js';
export * from './schedule/index.js';
