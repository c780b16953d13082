// What other modules and the command line use of the accounts module at start-up.
export { createFirstAdminIfNone, demoAccountsInUse, FIRST_ADMIN_USERNAME } from './firstStart.js';
