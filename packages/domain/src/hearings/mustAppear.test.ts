import { describe, expect, it } from 'vitest';
import { type MustAppearFlags, type MustAppearHearing, mustHeadAppear } from './mustAppear.js';

describe('mustHeadAppear (docs/rules/head-appearance.md#must-appear)', () => {
  it.each<[string, MustAppearFlags, MustAppearHearing[], boolean, string[]]>([
    ['no flag', {}, [], false, []],
    ['all flags false', { majorPublicInterest: false, highPublicConcern: false }, [{ id: 'a' }], false, []],
    ['major public interest', { majorPublicInterest: true }, [], true, ['major_public_interest']],
    ['high public concern', { highPublicConcern: true }, [], true, ['high_concern']],
    ['possible mass incident', { possibleMassIncident: true }, [], true, ['mass_incident']],
    ['court written request on the case', { courtWrittenRequest: true }, [], true, ['court_request']],
    ['court asks for one hearing', {}, [{ id: 'a' }, { id: 'b', courtAskedAgain: true }], true, ['court_request']],
    ['a cancelled hearing’s request lapses', {}, [{ id: 'b', courtAskedAgain: true, status: 'cancelled' }], false, []],
    [
      'several grounds, in order',
      { possibleMassIncident: true, majorPublicInterest: true },
      [{ id: 'b', courtAskedAgain: true }],
      true,
      ['major_public_interest', 'mass_incident', 'court_request'],
    ],
    [
      'stored grounds, once each',
      { grounds: ['mass_incident', 'x', 'mass_incident'], possibleMassIncident: true },
      [],
      true,
      ['mass_incident'],
    ],
    ['a hearing’s stored grounds', {}, [{ id: 'a', grounds: ['high_concern'] }], true, ['high_concern']],
    [
      'a cancelled hearing’s grounds lapse',
      {},
      [{ id: 'a', grounds: ['high_concern'], status: 'cancelled' }],
      false,
      [],
    ],
  ])('%s', (_label, flags, hearings, required, codes) => {
    const r = mustHeadAppear(flags, hearings);
    expect(r.required).toBe(required);
    expect(r.reasons.map((x) => x.code)).toEqual(codes);
  });

  it('says why in Chinese, names the hearing and cites the rule', () => {
    const [r] = mustHeadAppear({}, [{ id: 'h9', courtAskedAgain: true }]).reasons;
    expect(r).toEqual({
      code: 'court_request',
      text: '负责人应当出庭：人民法院书面建议（通知）行政机关负责人出庭',
      rule: 'docs/rules/head-appearance.md#must-appear',
      basis: expect.stringContaining('第129条第1款'),
      hearingId: 'h9',
    });
  });
});
