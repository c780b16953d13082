import { describe, expect, it } from 'vitest';
import { failureText } from './output.js';

describe('failureText', () => {
  it('leaves out a failed statement’s bound parameters but keeps the statement', () => {
    const err = new Error(
      'Failed query: insert into "parties" ("name", "id_number") values ($1, $2)\nparams: 张三,320102199001011234',
    );
    const text = failureText(err);
    expect(text).toContain('insert into "parties"');
    expect(text).not.toContain('320102199001011234');
    expect(text).not.toContain('张三');
  });

  it('prints our own errors’ bilingual message as it is', () => {
    const err = Object.assign(new Error('数据目录正被占用 / the data directory is in use'), {
      code: 'DATA_DIR_LOCKED',
    });
    expect(failureText(err)).toBe('数据目录正被占用 / the data directory is in use');
    expect(failureText('boom')).toBe('错误 / error: boom');
  });
});
