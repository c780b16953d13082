import { describe, expect, it } from 'vitest';
import { decodeText, sniffJudgment } from './judgment.js';

describe('judgment type by content', () => {
  it('text in UTF-8 (with or without BOM), UTF-16 with BOM, GB18030; not binary', () => {
    expect(decodeText(Buffer.from('判决如下：驳回'))).toEqual({ text: '判决如下：驳回', charset: 'utf-8' });
    expect(decodeText(Buffer.from('\uFEFF判决', 'utf8'))).toMatchObject({ text: '判决', charset: 'utf-8' });
    expect(decodeText(Buffer.from([0xff, 0xfe, ...Buffer.from('判决', 'utf16le')]))).toMatchObject({
      text: '判决',
      charset: 'utf-16le',
    });
    expect(decodeText(Buffer.from([0xc5, 0xd0, 0xbe, 0xf6]))).toEqual({ text: '判决', charset: 'gb18030' });
    expect(decodeText(Buffer.from([0x41, 0x00, 0x42]))).toBeNull();
    expect(decodeText(Buffer.alloc(0))).toBeNull();
    expect(sniffJudgment(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffJudgment(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))).toBeNull(); // a zip, not a DOCX
    expect(sniffJudgment(Buffer.from('一、撤销被诉行政行为。\r\n'))).toBe('txt');
  });
});
