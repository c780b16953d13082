import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../app/i18n/en.js';
import { zhCN } from '../../app/i18n/zh-CN.js';
import { AUDIT_ACTIONS, chinaDateTimeSeconds, shownFields, whatHappened } from './auditDisplay.js';

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

describe('操作记录 entries', () => {
  it('show China time whatever the browser zone', () => {
    expect(chinaDateTimeSeconds('2026-03-02T17:30:05.123Z')).toBe('2026-03-03 01:30:05');
    expect(chinaDateTimeSeconds('2026-12-31T16:00:00Z')).toBe('2027-01-01 00:00:00');
  });

  it('list changed fields without internal ones (版本) and without the same label twice', () => {
    const fields = ['caseNumber', 'caseNumberTail', 'version', 'updatedAt', 'updated_by', 'filedDate', 'filed_date'];
    expect(shownFields(zh, 'case', fields).map((f) => f.label)).toEqual([
      zhCN.cases.form.caseNumber,
      zhCN.cases.form.filedDate,
    ]);
    expect(shownFields(zh, 'case', ['version']).map((f) => f.label)).not.toContain('版本');
  });

  it('say what happened: 添加备注, 上传文书, else the action', () => {
    expect(whatHappened(zh, { action: 'update', what: { code: 'case_note', detail: '原告来电' } })).toBe(
      '添加备注：原告来电',
    );
    expect(whatHappened(zh, { action: 'create', what: { code: 'file_upload', detail: '判决书.pdf' } })).toBe(
      '上传文书：判决书.pdf',
    );
    expect(whatHappened(english, { action: 'create', what: { code: 'file_upload', detail: null } })).toBe(
      'Document uploaded',
    );
    expect(whatHappened(zh, { action: 'login', what: { code: 'login', detail: null } })).toBe('登录');
  });

  it('every audit action and every what-code has a label in Chinese and English', () => {
    for (const a of AUDIT_ACTIONS) {
      expect(zhCN.settings.audit.actions[a], a).toBeTruthy();
      expect(en.settings.audit.actions[a], a).toBeTruthy();
    }
    expect(Object.keys(en.settings.audit.whatCodes).sort()).toEqual(Object.keys(zhCN.settings.audit.whatCodes).sort());
  });
});
