import { describe, expect, it } from 'vitest';
import { contentDisposition } from './download.js';

describe('contentDisposition', () => {
  it('keeps the exact name in filename* (RFC 5987) and an ASCII fallback', () => {
    expect(contentDisposition('判决书.pdf')).toBe(
      `attachment; filename="___.pdf"; filename*=UTF-8''%E5%88%A4%E5%86%B3%E4%B9%A6.pdf`,
    );
    const cd = contentDisposition(`a "b" (c)'d*\\e%.txt`);
    expect(cd).toBe(
      `attachment; filename="a _b_ (c)'d*_e_.txt"; filename*=UTF-8''a%20%22b%22%20%28c%29%27d%2A%5Ce%25.txt`,
    );
    expect(decodeURIComponent(cd.split("UTF-8''")[1]!)).toBe(`a "b" (c)'d*\\e%.txt`);
    expect(contentDisposition('x\r\nSet-Cookie: y')).not.toMatch(/[\r\n]/);
    expect(contentDisposition('  ')).toContain('filename="download"');
  });
});
