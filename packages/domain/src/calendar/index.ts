export {
  CalendarDataError,
  type CalendarOptions,
  CalendarYearNotCoveredError,
  createCalendar,
  type DayInfo,
  type DayKind,
  type DayOverride,
  type HolidayDay,
  type HolidaySchedule,
  type HolidaySource,
  type HolidayYear,
  provisionalNote,
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
export { lunarNewYearsEve, lunarToSolar, springFestival } from './lunar.js';
export { HOLIDAY_CN_SOURCE, officialSchedule } from './officialSchedule.js';
export { qingming } from './solarTerms.js';
export { holidayActVersion, statutoryHolidays } from './statutoryHolidays.js';
export { todayInChina } from './today.js';
