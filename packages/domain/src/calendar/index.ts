export {
  CalendarDataError,
  CalendarYearNotCoveredError,
  createCalendar,
  type DayInfo,
  type DayKind,
  type DayOverride,
  type HolidayDay,
  type HolidaySchedule,
  type HolidaySource,
  type HolidayYear,
  type WorkCalendar,
} from './calendar.js';
export {
  addDays,
  addMonthsClamped,
  InvalidDateError,
  type IsoDate,
  isIsoDate,
  parseIsoDate,
  quarterEnd,
} from './isoDate.js';
export { HOLIDAY_CN_SOURCE, officialSchedule } from './officialSchedule.js';
