import { describe, expect, it } from 'vitest';
import { groupParties, normalizeIdNumber, normalizePartyName, type PartyIdentity, sameParty } from './partyName.js';

describe('sameParty: tricky pairs (docs/rules/risk.md#same-party)', () => {
  it.each<[string, PartyIdentity, PartyIdentity, boolean]>([
    ['space inside a person’s name', { name: '张 三' }, { name: '张三' }, true],
    ['ideographic space and trailing blanks', { name: '张\u3000三 ' }, { name: '张三' }, true],
    ['full-width Latin and digits', { name: 'ＡＢＣ科技１号有限公司' }, { name: 'ABC科技1号有限公司' }, true],
    ['Latin case', { name: 'abc科技有限公司' }, { name: 'ABC科技有限公司' }, true],
    ['有限责任公司 vs 有限公司', { name: '江苏某某建设有限责任公司' }, { name: '江苏某某建设有限公司' }, true],
    ['股份公司 vs 股份有限公司', { name: '某某农业股份公司' }, { name: '某某农业股份有限公司' }, true],
    ['股份有限公司 is not 有限公司', { name: '某某农业股份有限公司' }, { name: '某某农业有限公司' }, false],
    [
      'full-width brackets around a place',
      { name: '某某（南京）置业有限公司' },
      { name: '某某(南京)置业有限公司' },
      true,
    ],
    [
      'brackets kept apart from a different place',
      { name: '某某（南京）置业有限公司' },
      { name: '某某（苏州）置业有限公司' },
      false,
    ],
    ['middle dot in a name', { name: '买买提·艾力' }, { name: '买买提艾力' }, true],
    ['katakana middle dot', { name: '买买提・艾力' }, { name: '买买提.艾力' }, true],
    ['different persons', { name: '张三' }, { name: '张叁' }, false],
    [
      'same ID, name mistyped: the ID wins',
      { name: '张三', idNumber: '32080219800101123X' },
      { name: '张叁', idNumber: '32080219800101123x' },
      true,
    ],
    [
      'same name, different IDs: two people',
      { name: '张三', idNumber: '320802198001011234' },
      { name: '张三', idNumber: '320802199002021234' },
      false,
    ],
    [
      'ID only on one side: the names decide',
      { name: '张三', idNumber: '320802198001011234' },
      { name: '张 三' },
      true,
    ],
    [
      'a malformed ID is ignored, the names decide',
      { name: '张三', idNumber: '3208021980' },
      { name: '张三', idNumber: '320802199002021234' },
      true,
    ],
    [
      'full-width ID digits and spaces',
      { name: '李四', idNumber: '３２０８ ０２１９ ８００１ ０１１２ ３４' },
      { name: '李四', idNumber: '320802198001011234' },
      true,
    ],
    [
      '统一社会信用代码 decides for organisations',
      { name: '某某公司', idNumber: '91320800MA1XXXXX1A' },
      { name: '某某有限公司', idNumber: '91320800ma1xxxxx1a' },
      true,
    ],
    ['empty names are nobody', { name: ' ' }, { name: '' }, false],
  ])('%s', (_, a, b, same) => {
    expect(sameParty(a, b)).toBe(same);
    expect(sameParty(b, a)).toBe(same);
  });
});

describe('normalizePartyName', () => {
  it.each([
    ['  江苏 某某 有限责任公司 ', '江苏某某有限公司'],
    ['“某某”商贸有限公司', '某某商贸有限公司'],
    ['某某股份有限责任公司', '某某股份有限公司'],
    ['ｘｙｚ', 'XYZ'],
  ])('%s → %s', (raw, norm) => expect(normalizePartyName(raw)).toBe(norm));
});

describe('normalizeIdNumber', () => {
  it.each<[string | null, string | null]>([
    [null, null],
    ['', null],
    ['32080219800101123x', '32080219800101123X'],
    ['320802800101123', '320802800101123'],
    ['320802-19800101-1234', '320802198001011234'],
    ['12345', null],
    ['3208021980010112345', null],
  ])('%s → %s', (raw, norm) => expect(normalizeIdNumber(raw)).toBe(norm));
});

describe('groupParties', () => {
  it.each<[string, PartyIdentity[], number[][]]>([
    ['spellings of one name', [{ name: '张三' }, { name: '张 三' }, { name: '李四' }], [[0, 1], [2]]],
    [
      'an unnumbered name joins its only ID',
      [
        { name: '张三', idNumber: '320802198001011234' },
        { name: '张三' },
        { name: '张叁', idNumber: '320802198001011234' },
      ],
      [[0, 1, 2]],
    ],
    [
      'two IDs of one name: the unnumbered stays apart',
      [
        { name: '张三', idNumber: '320802198001011234' },
        { name: '张三', idNumber: '320802199002021234' },
        { name: '张三' },
      ],
      [[0], [1], [2]],
    ],
  ])('%s', (_, parties, groups) => expect(groupParties(parties)).toEqual(groups));
});
