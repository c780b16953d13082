/**
 * How the calendar screen words a day in the UI language: its weekday, and what it is from the domain's day kind
 * (DayKind) and the holiday-cn names. The server's `reason` is the same in Chinese only, so it is shown solely for a
 * kind this screen does not know. Names typed by an administrator (corrections) are shown as typed.
 */
import type { TFunction } from 'i18next';
import { HOLIDAY_NAME_SEPARATOR } from '../../../app/i18n/codeKeys.js';

const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** The weekday of a 'YYYY-MM-DD' date ('四' / 'Thu'). */
export function weekdayLabel(t: TFunction, date: string): string {
  const key = WEEKDAY_KEYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 'sun';
  return t(`calendar.weekdays.${key}`);
}

/** A holiday-cn name in the UI language, part by part ('中秋节、国庆节'); a name not in `holidays` stays as it is. */
export function holidayName(t: TFunction, name: string): string {
  return name
    .split(HOLIDAY_NAME_SEPARATOR)
    .map((part) => t(`holidays.${part}` as 'holidays.春节', { defaultValue: part }))
    .join(t('calendar.holidaySeparator'));
}

export interface DayFacts {
  kind: string;
  workday: boolean;
  name: string | null;
  reason: string;
  /** The administrator's correction, when the day has one (the check answer has only its name). */
  override?: { name: string; reason: string } | null;
}

/** What the day is: '国庆节放假' / 'National Day holiday', '周末' / 'Weekend', a correction with its reason. */
export function dayReason(t: TFunction, d: DayFacts): string {
  switch (d.kind) {
    case 'weekday':
      return t('calendar.reasonWeekday');
    case 'weekend':
      return t('calendar.reasonWeekend');
    case 'holiday':
      return t('calendar.reasonHoliday', { name: holidayName(t, d.name ?? '') });
    case 'makeup-workday':
      return t('calendar.reasonMakeup', { name: holidayName(t, d.name ?? '') });
    case 'override': {
      const type = d.workday ? t('calendar.workday') : t('calendar.dayOff');
      const name = d.override?.name ?? d.name ?? '';
      return d.override
        ? t('calendar.reasonOverride', { name, type, reason: d.override.reason })
        : t('calendar.reasonOverrideShort', { name, type });
    }
    default:
      return d.reason;
  }
}

/**
 * The "说明" line of a year: for the built-in (official) schedule the stored note is the data set's English provenance
 * line, so it is worded in the UI language with its snapshot; a note an administrator typed is shown as typed.
 */
export function yearNote(t: TFunction, info: { origin: string; note: string | null }): string | null {
  if (!info.note) return null;
  if (info.origin !== 'official') return info.note;
  const snapshot = /snapshot\s+([0-9a-f]{7})/i.exec(info.note)?.[1] ?? '';
  return t('calendar.officialNote', { snapshot });
}
