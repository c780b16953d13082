import { describe, expect, it } from 'vitest';
import { type Attendee, absenceStanding, assessHearing, type HearingInput } from './hearingAppearance.js';
import { APPEARANCE_REASON_TABLE } from './reasons.js';

const principal: Attendee = { role: 'head', position: 'principal', identityProofFiled: true, spoke: true };
const deputy: Attendee = { role: 'head', position: 'deputy', identityProofFiled: true, spoke: false };
const inCharge: Attendee = { role: 'head', position: 'in_charge', identityProofFiled: true, spoke: true };
const staff: Attendee = { role: 'staff', identityProofFiled: true };
const lawyer: Attendee = { role: 'lawyer', identityProofFiled: true };
const lowerHead: Attendee = { role: 'other_body_head', position: 'principal', identityProofFiled: true, spoke: true };
const approved = { reason: 'official_duty', approved: true, approvedAt: '2026-11-30T09:00:00+08:00', sent: ['李四'] };

const hearing = (over: Partial<HearingInput>): HearingInput => ({
  id: 'h1',
  kind: 'trial',
  status: 'held',
  at: '2026-12-01T09:00:00+08:00',
  ...over,
});

describe('assessHearing: who counts (docs/rules/head-appearance.md#who-counts)', () => {
  it.each<[string, Partial<HearingInput>, boolean, boolean, boolean, string, string[]]>([
    // label, hearing, headAppeared, principalAppeared, noHeadOrStaff, absence, codes
    ['正职 with proof', { attendees: [principal, lawyer] }, true, true, false, 'none', ['HEAD_APPEARED', 'HEAD_SPOKE']],
    ['副职 counts, not as 正职', { attendees: [deputy] }, true, false, false, 'none', ['HEAD_APPEARED', 'HEAD_SILENT']],
    ['分管 counts', { attendees: [inCharge, staff] }, true, false, false, 'none', ['HEAD_APPEARED', 'HEAD_SPOKE']],
    [
      'proof not filed: absent',
      { attendees: [{ ...principal, identityProofFiled: false }, staff] },
      false,
      false,
      false,
      'unapproved',
      ['HEAD_PROOF_MISSING', 'ABSENCE_NOT_FILED', 'STAFF_INSTEAD'],
    ],
    [
      'lower or entrusted body head: staff, not head',
      { attendees: [lowerHead] },
      false,
      false,
      false,
      'unapproved',
      ['OTHER_BODY_HEAD', 'ABSENCE_NOT_FILED', 'STAFF_INSTEAD'],
    ],
    [
      'lawyer alone never counts',
      { attendees: [lawyer, lawyer] },
      false,
      false,
      true,
      'unapproved',
      ['ABSENCE_NOT_FILED', 'LAWYER_ONLY', 'NO_HEAD_OR_STAFF'],
    ],
    ['nobody', { attendees: [] }, false, false, true, 'unapproved', ['ABSENCE_NOT_FILED', 'NO_HEAD_OR_STAFF']],
    [
      'staff without proof are not staff',
      { attendees: [{ ...staff, identityProofFiled: false }, lawyer], absence: approved },
      false,
      false,
      true,
      'approved',
      ['STAFF_PROOF_MISSING', 'ABSENCE_APPROVED', 'LAWYER_ONLY', 'NO_HEAD_OR_STAFF'],
    ],
    [
      'approved absence, staff sent',
      { attendees: [staff, lawyer], absence: approved },
      false,
      false,
      false,
      'approved',
      ['ABSENCE_APPROVED', 'STAFF_INSTEAD'],
    ],
    [
      'absence filed, not approved',
      { attendees: [staff], absence: { ...approved, approved: false } },
      false,
      false,
      false,
      'unapproved',
      ['ABSENCE_NOT_APPROVED', 'STAFF_INSTEAD'],
    ],
    [
      'approved after the hearing began',
      { attendees: [staff], absence: { ...approved, approvedAt: '2026-12-01T10:00:00+08:00' } },
      false,
      false,
      false,
      'unapproved',
      ['ABSENCE_APPROVED_LATE', 'STAFF_INSTEAD'],
    ],
    [
      'reason not statutory',
      { attendees: [staff], absence: { ...approved, reason: 'busy' } },
      false,
      false,
      false,
      'unapproved',
      ['ABSENCE_REASON_INVALID', 'STAFF_INSTEAD'],
    ],
    [
      '其他正当事由 without saying which',
      { attendees: [staff], absence: { ...approved, reason: 'other_good_cause', explanation: ' ' } },
      false,
      false,
      false,
      'unapproved',
      ['ABSENCE_REASON_INVALID', 'STAFF_INSTEAD'],
    ],
    [
      '其他正当事由 explained',
      { attendees: [staff], absence: { ...approved, reason: 'other_good_cause', explanation: '住院手术' } },
      false,
      false,
      false,
      'approved',
      ['ABSENCE_APPROVED', 'STAFF_INSTEAD'],
    ],
    [
      'several notices: one returned, one approved',
      { attendees: [staff], absences: [{ ...approved, approved: false }, approved] },
      false,
      false,
      false,
      'approved',
      ['ABSENCE_APPROVED', 'STAFF_INSTEAD'],
    ],
    [
      'several notices, none stands: the last one says why',
      { attendees: [staff], absence: { ...approved, reason: 'busy' }, absences: [{ ...approved, approved: false }] },
      false,
      false,
      false,
      'unapproved',
      ['ABSENCE_NOT_APPROVED', 'STAFF_INSTEAD'],
    ],
    [
      '询问 counts',
      { kind: 'inquiry', attendees: [deputy] },
      true,
      false,
      false,
      'none',
      ['HEAD_APPEARED', 'HEAD_SILENT'],
    ],
    [
      '调解 counts',
      { kind: 'mediation', attendees: [principal] },
      true,
      true,
      false,
      'none',
      ['HEAD_APPEARED', 'HEAD_SPOKE'],
    ],
    [
      '宣判 does not',
      { kind: 'pronouncement', attendees: [principal] },
      false,
      false,
      false,
      'none',
      ['PRONOUNCEMENT_NOT_COUNTED'],
    ],
    ['宣判 without anyone: no risk', { kind: 'pronouncement', attendees: [] }, false, false, false, 'none', []],
    ['scheduled: nothing yet', { status: 'scheduled', attendees: [principal] }, false, false, false, 'none', []],
    ['postponed: not held', { status: 'postponed', attendees: [] }, false, false, false, 'none', []],
    ['cancelled: not held', { status: 'cancelled' }, false, false, false, 'none', []],
  ])('%s', (_label, over, headAppeared, principalAppeared, noHeadOrStaff, absence, codes) => {
    const r = assessHearing(hearing(over));
    expect(r.headAppeared).toBe(headAppeared);
    expect(r.principalAppeared).toBe(principalAppeared);
    expect(r.noHeadOrStaff).toBe(noHeadOrStaff);
    expect(r.absence).toBe(absence);
    expect(r.reasons.map((x) => x.code)).toEqual(codes);
    for (const x of r.reasons) expect(x.hearingId).toBe('h1');
  });

  it('only the defendant agency’s own head counts when the agencies are known (co-defendants included)', () => {
    const other = { ...principal, agencyId: 'town', name: '王五' };
    const r = assessHearing(hearing({ attendees: [other, staff] }), ['bureau', 'county']);
    expect(r.headAppeared).toBe(false);
    expect(r.reasons[0]).toMatchObject({ code: 'NOT_DEFENDANT_HEAD', text: expect.stringContaining('王五') });
    const co = assessHearing(hearing({ attendees: [{ ...principal, agencyId: 'county' }] }), ['bureau', 'county']);
    expect(co.headAppeared).toBe(true);
  });

  it('a head without a position counts, not as the 正职', () => {
    const r = assessHearing(hearing({ attendees: [{ role: 'head', identityProofFiled: true }] }));
    expect([r.headAppeared, r.principalAppeared, r.headSpoke]).toEqual([true, false, false]);
  });

  it('explains in Chinese with details and cites the rules page', () => {
    const r = assessHearing(hearing({ attendees: [{ ...principal, name: '张三' }] }));
    expect(r.reasons[0]!.text).toBe('被告行政机关负责人出庭应诉：正职负责人 张三');
    expect(r.reasons[0]!.rule).toBe('docs/rules/head-appearance.md#who-counts');
    const a = absenceStanding(hearing({ absence: approved }));
    expect(a.reason.text).toBe(
      `${APPEARANCE_REASON_TABLE.ABSENCE_APPROVED.text}：需要履行他人不能代替的公务；改派 李四`,
    );
  });
});
