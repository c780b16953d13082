export {
  type ChinaTime,
  chinaInstant,
  chinaTime,
  firstWorkdayAfterQuarter,
  latestOccurrence,
  nextOccurrence,
  type Occurrence,
  parseInstant,
  type ScheduleSpec,
  ScheduleSpecError,
  validateSchedule,
} from './schedule.js';
