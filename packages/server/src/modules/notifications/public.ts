// What other modules use of notifications: tell people something, in the transaction of the change that causes it.
export { NOTIFICATION_KINDS, type NotificationKind } from './constants.js';
export { notifyConfig } from './jobs.js';
export { type NotifyInput, type NotifyResult, notify, notifyRoles } from './notify.js';
export { reminderChannels } from './reminders.js';
