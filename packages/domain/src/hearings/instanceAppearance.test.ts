import { describe, expect, it } from 'vitest';
import type { Attendee, HearingInput } from './hearingAppearance.js';
import { assessInstance } from './instanceAppearance.js';

const principal: Attendee = { role: 'head', position: 'principal', identityProofFiled: true, spoke: true };
const deputy: Attendee = { role: 'head', position: 'deputy', identityProofFiled: true, spoke: false };
const noProof: Attendee = { ...principal, identityProofFiled: false };
const staff: Attendee = { role: 'staff', identityProofFiled: true };
const lawyer: Attendee = { role: 'lawyer', identityProofFiled: true };
const ok = { reason: 'force_majeure', approved: true };

let n = 0;
/** A hearing on 2026-12-<day>. */
const h = (day: number, attendees: Attendee[] | null, over: Partial<HearingInput> = {}): HearingInput => ({
  id: `h${++n}-${day}`,
  kind: 'trial',
  status: attendees ? 'held' : 'scheduled',
  at: `2026-12-${String(day).padStart(2, '0')}T09:00:00+08:00`,
  ...(attendees ? { attendees } : {}),
  ...over,
});

type Row = [
  string,
  HearingInput[],
  { heard: boolean; valid: boolean; principal: boolean; spoke: boolean; absence: string; risk: boolean },
  string[], // instance-level codes expected among the reasons
];

const yes = (principal: boolean, spoke: boolean) => ({
  heard: true,
  valid: true,
  principal,
  spoke,
  absence: 'none',
  risk: false,
});
const no = (absence: string, risk: boolean) => ({
  heard: true,
  valid: false,
  principal: false,
  spoke: false,
  absence,
  risk,
});

describe('assessInstance (docs/rules/head-appearance.md#one-appearance-per-instance)', () => {
  it.each<Row>([
    [
      'no hearing at all',
      [],
      { heard: false, valid: false, principal: false, spoke: false, absence: 'none', risk: false },
      ['NOT_HEARD'],
    ],
    [
      'only scheduled',
      [h(3, null)],
      { heard: false, valid: false, principal: false, spoke: false, absence: 'none', risk: false },
      ['NOT_HEARD', 'PENDING'],
    ],
    [
      'only a 宣判',
      [h(3, [principal], { kind: 'pronouncement' })],
      { heard: false, valid: false, principal: false, spoke: false, absence: 'none', risk: false },
      ['NOT_HEARD'],
    ],
    ['正职 appears and speaks', [h(3, [principal, lawyer])], yes(true, true), ['VALID_APPEARANCE']],
    ['副职 appears, silent', [h(3, [deputy])], yes(false, false), ['VALID_APPEARANCE']],
    [
      'one appearance of several suffices',
      [h(3, [deputy]), h(10, [staff])],
      yes(false, false),
      ['VALID_APPEARANCE', 'ONE_APPEARANCE_SUFFICES'],
    ],
    [
      '…in any order',
      [h(10, [principal]), h(3, [staff], { absence: ok })],
      yes(true, true),
      ['ONE_APPEARANCE_SUFFICES'],
    ],
    [
      'court asks again and the head comes',
      [h(3, [deputy]), h(10, [principal], { courtAskedAgain: true })],
      yes(true, true),
      ['VALID_APPEARANCE'],
    ],
    [
      'court asks again and the head stays away',
      [h(3, [principal]), h(10, [staff], { courtAskedAgain: true })],
      no('unapproved', true),
      ['COURT_ASKED_AGAIN_MISSED', 'NO_VALID_APPEARANCE'],
    ],
    [
      '…with an approved absence',
      [h(3, [principal]), h(10, [staff], { courtAskedAgain: true, absence: ok })],
      no('approved', false),
      ['COURT_ASKED_AGAIN_MISSED'],
    ],
    [
      'asked again for a hearing still to come: valid so far',
      [h(3, [deputy]), h(10, null, { courtAskedAgain: true })],
      yes(false, false),
      ['PENDING', 'VALID_APPEARANCE'],
    ],
    ['proof not filed: absent', [h(3, [noProof, staff])], no('unapproved', true), ['NO_VALID_APPEARANCE']],
    ['lawyer alone', [h(3, [lawyer])], no('unapproved', true), ['NO_VALID_APPEARANCE']],
    [
      'approved absence, staff sent',
      [h(3, [staff, lawyer], { absence: ok })],
      no('approved', false),
      ['NO_VALID_APPEARANCE'],
    ],
    [
      'approved absence but only a lawyer sent: 司法建议 risk',
      [h(3, [lawyer], { absence: ok })],
      no('approved', true),
      ['NO_VALID_APPEARANCE'],
    ],
    [
      'approved once, not the second time',
      [h(3, [staff], { absence: ok }), h(10, [staff])],
      no('unapproved', true),
      ['NO_VALID_APPEARANCE'],
    ],
    [
      'approved both times',
      [h(3, [staff], { absence: ok }), h(10, [staff], { absence: ok })],
      no('approved', false),
      [],
    ],
    [
      'valid, yet nobody at a later hearing: 司法建议 risk',
      [h(3, [principal]), h(10, [lawyer])],
      { ...yes(true, true), risk: true },
      ['VALID_APPEARANCE'],
    ],
    [
      'postponed for the head, absent again without reason',
      [h(3, null, { status: 'postponed', absence: ok }), h(10, [staff])],
      no('unapproved', true),
      ['ABSENT_AGAIN_AFTER_POSTPONEMENT'],
    ],
    [
      'postponed for the head, absent again with reason',
      [h(3, null, { status: 'postponed', absence: ok }), h(10, [staff], { absence: ok })],
      no('approved', false),
      [],
    ],
    [
      'cancelled hearing with the head ignored',
      [h(3, [principal], { status: 'cancelled' }), h(10, [staff])],
      no('unapproved', true),
      [],
    ],
    [
      'head at 宣判 only',
      [h(3, [staff], { absence: ok }), h(10, [principal], { kind: 'pronouncement' })],
      no('approved', false),
      [],
    ],
    ['询问 on appeal', [h(3, [deputy], { kind: 'inquiry' })], yes(false, false), ['VALID_APPEARANCE']],
  ])('%s', (_label, hearings, want, codes) => {
    const r = assessInstance({ hearings });
    expect({
      heard: r.heard,
      valid: r.valid,
      principal: r.principalAppeared,
      spoke: r.spoke,
      absence: r.absence,
      risk: r.judicialSuggestionRisk,
    }).toEqual(want);
    const own = r.reasons.map((x) => x.code);
    for (const c of codes) expect(own).toContain(c);
    if (!r.valid) expect(own).not.toContain('VALID_APPEARANCE');
  });

  it('each instance is judged on its own hearings: an appearance at first instance does not carry to the appeal', () => {
    const first = assessInstance({ hearings: [h(3, [principal])] });
    const appeal = assessInstance({ hearings: [h(20, [staff])] });
    expect([first.valid, appeal.valid]).toEqual([true, false]);
  });

  it('lists the hearings and the valid ones in date order, with their reasons', () => {
    const a = h(10, [deputy]);
    const b = h(3, [principal]);
    const r = assessInstance({ hearings: [a, b] });
    expect(r.hearings.map((x) => x.hearingId)).toEqual([b.id, a.id]);
    expect(r.validHearingIds).toEqual([b.id, a.id]);
    expect(r.reasons[0]).toMatchObject({ code: 'HEAD_APPEARED', hearingId: b.id });
  });

  it('passes the defendants on: another agency’s head does not count', () => {
    const r = assessInstance({ hearings: [h(3, [{ ...principal, agencyId: 'x' }, staff])], defendantAgencyIds: ['y'] });
    expect(r.valid).toBe(false);
    expect(r.reasons.map((x) => x.code)).toContain('NOT_DEFENDANT_HEAD');
  });
});
