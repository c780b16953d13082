/**
 * When a hearing is, from a court list's cells: a date column and a time column, or one column with both (“2026年12月
 * 10日（星期四）上午9:30”, “2026-12-10 14:30”, an Excel date-time). Times are China time (UTC+8), as courts write them.
 * Every failure is a Chinese message for the column it concerns.
 */
import { type CellValue, cellText, type Parsed, parseDate } from '../../imports/public.js';

const CHINA_OFFSET_MS = 8 * 3_600_000;
const DATE_IN_TEXT = /(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?/;
const TIME_IN_TEXT = /(上午|下午|中午|晚上|早上)?\s*(\d{1,2})\s*(?:[:：]|时|点)\s*(?:(\d{1,2})\s*分?)?/;
const TIME_WORDS = /^(上午|下午|中午|晚上|早上)\s*(\d{1,2})$/;

export interface ClockTime {
  hour: number;
  minute: number;
}
export type TimeResult = { ok: true; value: ClockTime | null } | { ok: false; message: string };

/** A time of day in text (9:30, 09:30:00, 9时30分, 下午2点, 上午9:00), or null when the text holds none. */
export function timeInText(text: string): TimeResult {
  const s = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const m = TIME_IN_TEXT.exec(s) ?? TIME_WORDS.exec(s);
  if (!m) return { ok: true, value: null };
  let hour = Number(m[2]);
  const minute = m[3] === undefined ? 0 : Number(m[3]);
  const part = m[1];
  if ((part === '下午' || part === '晚上') && hour < 12) hour += 12;
  if (part === '中午' && hour < 6) hour += 12;
  if (hour > 23 || minute > 59) return { ok: false, message: `时间不存在：${m[0].trim()}` };
  return { ok: true, value: { hour, minute } };
}

/** A time from a cell: text, or Excel's fraction of a day (0.395833 = 9:30), or the time part of a date-time. */
function timeOfCell(v: CellValue | undefined): TimeResult {
  if (v === null || v === undefined) return { ok: true, value: null };
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { ok: false, message: '时间无效' };
    const hour = v.getUTCHours();
    const minute = v.getUTCMinutes();
    return { ok: true, value: hour === 0 && minute === 0 ? null : { hour, minute } };
  }
  if (typeof v === 'number') {
    const fraction = v - Math.floor(v);
    if (fraction === 0) return { ok: true, value: null };
    const minutes = Math.round(fraction * 24 * 60);
    return minutes >= 24 * 60
      ? { ok: true, value: null }
      : { ok: true, value: { hour: Math.floor(minutes / 60), minute: minutes % 60 } };
  }
  const text = cellText(v);
  // The date part would read as a time (2026.12.10 → 12:10): take it out first.
  return timeInText(text.replace(DATE_IN_TEXT, ' '));
}

/** A date from a cell: a date cell as the case import reads it, or a date at the start of a text with a time after it. */
function dateOfCell(v: CellValue | undefined): Parsed<string | null> {
  if (typeof v === 'number' && v < 1) return { ok: true, value: null }; // a time alone
  if (typeof v === 'string') {
    const text = cellText(v).normalize('NFKC');
    const m = DATE_IN_TEXT.exec(text);
    if (m) return parseDate(m[0]);
    const time = timeInText(text);
    if (time.ok && time.value !== null && !/\d{5,}/.test(text)) return { ok: true, value: null };
  }
  return parseDate(typeof v === 'number' ? Math.floor(v) : v);
}

export type WhenResult =
  | { ok: true; at: Date; date: string; time: ClockTime }
  | { ok: false; column: 'date' | 'time'; message: string };

/**
 * The instant of a hearing from its date cell and its time cell (either may hold both, the other may be absent).
 * Both a date and a time of day are required: a reminder and a calendar entry need the hour.
 */
export function hearingInstant(dateCell: CellValue | undefined, timeCell: CellValue | undefined): WhenResult {
  const fromDate = dateOfCell(dateCell);
  if (!fromDate.ok) return { ok: false, column: 'date', message: fromDate.message };
  let date = fromDate.value;
  if (date === null) {
    const fromTime = dateOfCell(timeCell);
    if (fromTime.ok) date = fromTime.value;
  }
  if (date === null) return { ok: false, column: 'date', message: '缺少开庭日期' };
  let time: ClockTime | null = null;
  for (const cell of [timeCell, dateCell]) {
    const t = timeOfCell(cell);
    if (!t.ok) return { ok: false, column: cell === timeCell ? 'time' : 'date', message: t.message };
    if (t.value) {
      time = t.value;
      break;
    }
  }
  if (!time) {
    const shown = cellText(timeCell);
    return {
      ok: false,
      column: 'time',
      message: shown ? `开庭时间无法识别：${shown}（应为 9:30、14:00、上午9时30分 等）` : '缺少开庭时间（几点几分）',
    };
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d, time.hour, time.minute) - CHINA_OFFSET_MS);
  return { ok: true, at, date, time };
}

/** '2026-12-10T09:30:00+08:00': an instant as China time, for previews and messages. */
export function chinaIso(at: Date): string {
  const t = new Date(at.getTime() + CHINA_OFFSET_MS);
  return `${t.toISOString().slice(0, 19)}+08:00`;
}

/** '2026-12-10 09:30': an instant as China time, for Chinese messages. */
export const chinaText = (at: Date) => chinaIso(at).slice(0, 16).replace('T', ' ');
