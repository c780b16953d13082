/**
 * What other modules use of the working-day calendar: the calendar in force (one loader: official schedule + stored
 * years + overrides) and the registry of what depends on it (a calendar change recomputes every registered
 * dependent in its own transaction). The calendar's tables are read and written here only.
 */
export { type CalendarChange, type CalendarDependent, registerCalendarDependent } from './dependents.js';
export { loadCalendar } from './loader.js';
