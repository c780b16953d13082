import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createCaseBody, updateCaseBody } from '../../modules/cases/dto.js';
import { labelAt, validationDetails } from './fieldLabels.js';

/** Values no case field accepts in one way or another: wrong types, bad formats, impossible days, bad list items. */
const BAD_VALUES: unknown[] = [
  12345,
  1.5,
  -1,
  'badValue',
  '',
  '2025-02-30',
  '2025-13-01',
  'x'.repeat(30_000),
  true,
  {},
  [{ side: 'x', partyType: 1, name: '', agencyId: 'no', defendantRole: 'x', idNumber: 5, phone: {} }],
  [{}],
];

/** The messages a request gets when `body` is refused, as the error handler builds them. */
function messagesFor(schema: z.ZodType, body: unknown): { field: string; message: string }[] {
  const parsed = schema.safeParse(body);
  if (parsed.success) return [];
  // As fastify-type-provider-zod reports zod issues to the error handler (its createValidationError).
  const issues = parsed.error.issues.map((i) => ({ instancePath: `/${i.path.join('/')}`, message: i.message }));
  return validationDetails(schema, 'body', issues) as { field: string; message: string }[];
}

const camelCase = /[a-z][A-Z]/;

describe('validation messages of the case schemas', () => {
  for (const [name, schema, base] of [
    ['create', createCaseBody, { kind: 'litigation' }],
    ['update', updateCaseBody, { version: 1 }],
  ] as const) {
    it(`${name}: every bad value of every field is refused naming the field by its label, never by its key`, () => {
      const keys = Object.keys(schema.shape);
      const seen: string[] = [];
      for (const key of keys) {
        for (const value of BAD_VALUES) {
          for (const d of messagesFor(schema, { ...base, [key]: value })) {
            seen.push(d.message);
            expect(d.message, `${key}=${JSON.stringify(value).slice(0, 40)}`).not.toMatch(camelCase);
            for (const k of keys) {
              if (k.length > 3) expect(d.message).not.toContain(k);
            }
            expect(d.message).toMatch(/[\u4e00-\u9fff]/);
          }
        }
      }
      // Missing required fields and a body that is no object at all.
      for (const body of [{}, 'text', null]) {
        for (const d of messagesFor(schema, body)) {
          seen.push(d.message);
          expect(d.message).not.toMatch(camelCase);
          expect(d.message).toMatch(/[\u4e00-\u9fff]/);
        }
      }
      expect(seen.length).toBeGreaterThan(keys.length * 3);
    });
  }

  it('says that 2025-02-30 does not exist, by label', () => {
    const [d] = messagesFor(createCaseBody, { kind: 'litigation', filedDate: '2025-02-30' });
    expect(d).toEqual({ field: 'filedDate', message: '立案日期不存在：没有2025-02-30这一天' });
    const [f] = messagesFor(createCaseBody, { kind: 'litigation', filedDate: '2025/02/03' });
    expect(f?.message).toBe('立案日期格式应为YYYY-MM-DD');
    expect(messagesFor(createCaseBody, { kind: 'litigation', filedDate: '2024-02-29' })).toEqual([]);
  });

  it('names a party field with its position in the list', () => {
    const body = {
      kind: 'litigation',
      parties: [
        { side: 'plaintiff', partyType: 'person', name: '王某明' },
        { side: 'defendant', partyType: 'agency', name: '' },
      ],
    };
    expect(messagesFor(createCaseBody, body)).toEqual([
      { field: 'parties.1.name', message: '第2个当事人：当事人名称不能为空' },
    ]);
    expect(labelAt(createCaseBody, ['parties', '0', 'idNumber'])).toEqual({ label: '证件号码', within: '第1个当事人' });
  });
});
