import { HOLIDAY_CN_SOURCE } from '@shuangjiang/domain';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../app/i18n/en.js';
import { zhCN } from '../../../app/i18n/zh-CN.js';
import { type DayFacts, dayReason, holidayName, weekdayLabel, yearNote } from './dayText.js';

let zh: TFunction;
let english: TFunction;

beforeAll(async () => {
  const make = async (lng: string) => {
    const i = i18next.createInstance();
    await i.init({
      lng,
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
    return i.t;
  };
  zh = await make('zh-CN');
  english = await make('en');
});

const day = (kind: string, name: string | null, extra: Partial<DayFacts> = {}): DayFacts => ({
  kind,
  workday: kind === 'weekday' || kind === 'makeup-workday',
  name,
  reason: '服务器的说明',
  ...extra,
});

describe('calendar day text', () => {
  it.each<[DayFacts, string, string]>([
    [day('holiday', '国庆节'), '国庆节放假', 'National Day holiday'],
    [day('holiday', '国庆节、中秋节'), '国庆节、中秋节放假', 'National Day / Mid-Autumn Festival holiday'],
    [day('makeup-workday', '春节'), '春节调休上班', 'Spring Festival make-up working day'],
    [day('weekend', null), '周末', 'Weekend'],
    [day('weekday', '春节'), '工作日', 'Working day'],
    [day('holiday', '某新节日'), '某新节日放假', '某新节日 holiday'],
    [
      day('override', '台风停工', { workday: false, override: { name: '台风停工', reason: '市政府通知' } }),
      '台风停工放假（人工调整：市政府通知）',
      '台风停工: Day off (manual correction: 市政府通知)',
    ],
    [
      day('override', '台风停工', { workday: false }),
      '台风停工放假（人工调整）',
      '台风停工: Day off (manual correction)',
    ],
    [day('something-new', null), '服务器的说明', '服务器的说明'],
  ])('%o → %s / %s', (facts, chinese, inEnglish) => {
    expect(dayReason(zh, facts)).toBe(chinese);
    expect(dayReason(english, facts)).toBe(inEnglish);
  });

  it('words the same day as the domain does in Chinese (calendar.ts scheduleEntry)', () => {
    expect(dayReason(zh, day('makeup-workday', '国庆节、中秋节'))).toBe('国庆节、中秋节调休上班');
  });

  it('names weekdays', () => {
    expect(weekdayLabel(zh, '2026-10-01')).toBe('四');
    expect(weekdayLabel(english, '2026-10-01')).toBe('Thu');
    expect(weekdayLabel(english, '2026-10-04')).toBe('Sun');
  });

  it('translates holiday names part by part and keeps unknown ones', () => {
    expect(holidayName(english, '元旦')).toBe("New Year's Day");
    expect(holidayName(english, '中秋节、国庆节')).toBe('Mid-Autumn Festival / National Day');
    expect(holidayName(zh, '中秋节、国庆节')).toBe('中秋节、国庆节');
  });
});

describe('yearNote', () => {
  it("words the built-in schedule's source in the UI language, not the stored English line", () => {
    const official = { origin: 'official', note: HOLIDAY_CN_SOURCE };
    const zhNote = yearNote(zh, official) ?? '';
    expect(zhNote).toContain('国务院办公厅');
    expect(zhNote).toContain('d4e53bf');
    expect(zhNote).not.toMatch(/snapshot|github/i);
    expect(yearNote(english, official)).toContain('snapshot d4e53bf');
  });

  it("shows an administrator's note as typed, and nothing without a note", () => {
    expect(yearNote(zh, { origin: 'stored', note: '据市政府通知补充' })).toBe('据市政府通知补充');
    expect(yearNote(zh, { origin: 'official', note: null })).toBeNull();
  });
});
