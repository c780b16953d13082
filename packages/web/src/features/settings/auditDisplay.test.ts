import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../app/i18n/en.js';
import { zhCN } from '../../app/i18n/zh-CN.js';
import { type AuditMeta, actionLabelOf, auditMetaIn } from './auditActions.js';
import { chinaDateTimeSeconds, shownFields, whatHappened } from './auditDisplay.js';

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

  // GET /audit/meta as the server answers it (its Chinese names; a part of the list is enough here).
  const meta: AuditMeta = {
    actions: [
      { value: 'login', label: '登录' },
      { value: 'update', label: '修改' },
      { value: 'unmask', label: '查看完整个人信息' },
    ],
  };

  it('say what happened: 添加备注, 上传文书, else the action by the name GET /audit/meta gives it', () => {
    const zhAction = actionLabelOf(meta);
    expect(whatHappened(zh, { action: 'update', what: { code: 'case_note', detail: '原告来电' } }, zhAction)).toBe(
      '添加备注：原告来电',
    );
    expect(whatHappened(zh, { action: 'create', what: { code: 'file_upload', detail: '判决书.pdf' } }, zhAction)).toBe(
      '上传文书：判决书.pdf',
    );
    const enAction = actionLabelOf(auditMetaIn(meta, true));
    expect(whatHappened(english, { action: 'create', what: { code: 'file_upload', detail: null } }, enAction)).toBe(
      'Document uploaded',
    );
    expect(whatHappened(zh, { action: 'login', what: { code: 'login', detail: null } }, zhAction)).toBe('登录');
    expect(whatHappened(english, { action: 'unmask', what: { code: 'unmask', detail: null } }, enAction)).toBe(
      'View personal data',
    );
    // A code the meta does not (yet) list reads as itself rather than as nothing.
    expect(whatHappened(zh, { action: 'archive', what: { code: 'archive', detail: null } }, zhAction)).toBe('archive');
  });

  it('every what-code has a label in Chinese and English', () => {
    expect(Object.keys(en.settings.audit.whatCodes).sort()).toEqual(Object.keys(zhCN.settings.audit.whatCodes).sort());
  });
});
