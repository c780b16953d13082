export { DEFAULT_REMINDER_OFFSETS, normaliseReminderOffsets, reminderOffsetDue, workdaysLeft } from './reminderDue.js';
