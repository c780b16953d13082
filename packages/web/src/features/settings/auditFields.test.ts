import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../app/i18n/en.js';
import { zhCN } from '../../app/i18n/zh-CN.js';
import { caseFieldLabel } from '../cases/fieldLabels.js';
import { auditFieldLabel } from './auditFields.js';

let zh: TFunction;
let english: TFunction;

beforeAll(async () => {
  const make = async (lng: string) => {
    const i = i18next.createInstance();
    await i.init({ lng, resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } } });
    return i.t;
  };
  zh = await make('zh-CN');
  english = await make('en');
});

describe('audit field labels', () => {
  it.each<[string, string, string, string]>([
    // Case fields: the case form's labels, whether the name is camelCase (edits) or snake_case (imports).
    ['case', 'filedDate', zhCN.cases.form.filedDate, en.cases.form.filedDate],
    ['case', 'filed_date', zhCN.cases.form.filedDate, en.cases.form.filedDate],
    ['case', 'case_number', zhCN.cases.form.caseNumber, en.cases.form.caseNumber],
    ['case', 'causeOfAction', zhCN.cases.form.cause, en.cases.form.cause],
    ['case', 'riskLevel', zhCN.cases.form.risk, en.cases.form.risk],
    ['case', 'version', '版本', 'Version'],
    ['case', 'deadline', zhCN.cases.detail.sectionDeadlines, en.cases.detail.sectionDeadlines],
    // Other objects: their own forms' labels.
    ['user', 'displayName', zhCN.settings.users.displayName, en.settings.users.displayName],
    ['user', 'mustChangePassword', zhCN.settings.users.mustChange, en.settings.users.mustChange],
    ['calendar_override', 'reason', zhCN.calendar.reason, en.calendar.reason],
    ['session', 'userAgent', zhCN.settings.sessions.device, en.settings.sessions.device],
    ['case_file', 'proposedOutcome', '识别的裁判结果', 'Proposed outcome'],
    // Unknown: the raw name.
    ['case', 'somethingNew', 'somethingNew', 'somethingNew'],
    ['user', 'somethingNew', 'somethingNew', 'somethingNew'],
  ])('%s.%s → %s / %s', (entity, field, chinese, inEnglish) => {
    expect(auditFieldLabel(zh, entity, field)).toBe(chinese);
    expect(auditFieldLabel(english, entity, field)).toBe(inEnglish);
  });

  it('labels a case field the same for an unknown object type and on the case form', () => {
    expect(auditFieldLabel(english, 'something_else', 'filedDate')).toBe(en.cases.form.filedDate);
    expect(caseFieldLabel(english, 'courtAgencyId')).toBe(en.cases.form.court);
  });
});
