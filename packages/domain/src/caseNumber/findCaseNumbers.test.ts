import { describe, expect, it } from 'vitest';
import { findCaseNumbers } from './findCaseNumbers.js';

const found = (text: string) => findCaseNumbers(text).map((f) => [f.text, f.index, f.result.normalized]);

describe('findCaseNumbers', () => {
  it('finds the first-instance number cited in an appeal judgment', () => {
    const text = '不服江苏省南京市玄武区人民法院（2023）苏0102行初123号行政判决';
    expect(found(text)).toEqual([['（2023）苏0102行初123号', 15, '（2023）苏0102行初123号']]);
  });

  it('finds several numbers, current and legacy, in order', () => {
    const text =
      '上诉人不服（2015）鄂江岸行初字第00300号行政判决，向本院提起上诉。' +
      '本院（2016）鄂01行终5号行政判决已发生法律效力，再审申请经（2018）最高法行申3190号裁定驳回。';
    expect(found(text)).toEqual([
      ['（2015）鄂江岸行初字第00300号', 5, '（2015）鄂江岸行初字第00300号'],
      ['（2016）鄂01行终5号', 39, '（2016）鄂01行终5号'],
      ['（2018）最高法行申3190号', 69, '（2018）最高法行申3190号'],
    ]);
  });

  it('accepts the variants parseCaseNumber accepts', () => {
    expect(found('见(２０２３) 苏0102 行初 123 號。')).toEqual([
      ['(２０２３) 苏0102 行初 123 號', 1, '（2023）苏0102行初123号'],
    ]);
    expect(found('案号〔2019〕京73行初1号；')).toEqual([['〔2019〕京73行初1号', 2, '（2019）京73行初1号']]);
    expect(found('案号2019）京73行初1号')).toEqual([['2019）京73行初1号', 2, '（2019）京73行初1号']]);
  });

  it('skips masked and otherwise invalid numbers', () => {
    expect(found('（2003）琼行终字第X号行政判决')).toEqual([]);
    expect(found('（2003）琼行终字第**号；（2004）琼行终字第7号')).toEqual([
      ['（2004）琼行终字第7号', 15, '（2004）琼行终字第7号'],
    ]);
  });

  it('does not take document numbers (文号) for case numbers', () => {
    const text =
      '《最高人民法院关于适用〈中华人民共和国行政诉讼法〉若干问题的解释》（法释〔2015〕9号）同时废止；' +
      '国发〔2023〕11号';
    expect(found(text)).toEqual([]);
  });

  it('needs the trailing 号 and a full four-digit year', () => {
    expect(found('（2023）苏0102行初123行政判决')).toEqual([]);
    expect(found('12015）海行初字第5号')).toEqual([]);
  });

  it('returns nothing for text without numbers', () => {
    expect(found('')).toEqual([]);
    expect(found('行政诉讼法第七十条')).toEqual([]);
  });

  it('passes options to the parser', () => {
    const [hit] = findCaseNumbers('（2015）鄂江岸行初字第00300号', { courts: { 鄂江岸: '武汉市江岸区人民法院' } });
    expect(hit?.result.court.name).toBe('武汉市江岸区人民法院');
  });
});
