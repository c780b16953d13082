import { describe, expect, it } from 'vitest';
import { type DeadlineState, type DeadlineStatusFacts, deadlineStatus, keptStatus } from './status.js';

const none: DeadlineStatusFacts = { outcomeDate: null, appealed: null, defenceAt: null };

describe('deadline status (docs/rules/deadlines.md#status)', () => {
  it.each<[string, string | null, Partial<DeadlineStatusFacts>, DeadlineState]>([
    ['litigation.defense', '2026-03-20', {}, 'open'],
    ['litigation.defense', '2026-03-20', { defenceAt: '2026-03-20' }, 'met'], // on the last day
    ['litigation.defense', '2026-03-20', { defenceAt: '2026-03-21' }, 'missed'],
    ['reconsideration.reply', '2026-03-20', { defenceAt: '2026-03-10' }, 'met'],
    ['reconsideration.reply', null, { defenceAt: '2026-03-10' }, 'met'], // no due date: cannot be late
    ['litigation.first-instance', '2026-09-02', { outcomeDate: '2026-09-02' }, 'met'],
    ['litigation.first-instance', '2026-09-02', { outcomeDate: '2026-09-03' }, 'missed'],
    ['litigation.second-instance', '2026-06-02', {}, 'open'],
    ['reconsideration.decision', '2026-05-04', { outcomeDate: '2026-05-06' }, 'missed'],
    ['litigation.appeal.judgment', '2026-06-16', {}, 'open'],
    ['litigation.appeal.judgment', '2026-06-16', { appealed: false }, 'met'], // decided not to appeal
    ['litigation.appeal.ruling', '2026-06-11', { appealed: true }, 'met'],
    ['litigation.appeal.judgment', '2026-06-16', { defenceAt: '2026-07-01', outcomeDate: '2026-07-01' }, 'open'],
    ['loss.analysis-report', '2026-06-15', { outcomeDate: '2026-06-01', defenceAt: '2026-03-01' }, 'open'],
    ['accountability.referral', '2026-07-30', { appealed: true }, 'open'],
  ])('%s due %s with %o → %s', (ruleId, due, facts, expected) => {
    expect(deadlineStatus(ruleId, due, { ...none, ...facts })).toBe(expected);
  });

  it.each<[DeadlineState | null, DeadlineState, DeadlineState]>([
    ['met', 'open', 'met'], // marked done by hand
    ['met', 'missed', 'missed'], // the registry shows it was late
    ['missed', 'open', 'open'],
    ['open', 'met', 'met'],
    [null, 'open', 'open'],
  ])('stored %s, computed %s → kept %s', (stored, computed, expected) => {
    expect(keptStatus(stored, computed)).toBe(expected);
  });
});
