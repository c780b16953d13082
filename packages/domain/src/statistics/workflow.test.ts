import { describe, expect, it } from 'vitest';
import { type FilingAction, type FilingActor, type FilingStatus, filingTransition } from './workflow.js';

/** [status, action, actor, result status or the reason refused] — docs/rules/statistics.md#workflow. */
const TABLE: ReadonlyArray<readonly [FilingStatus, FilingAction, FilingActor, FilingStatus | 'status' | 'actor']> = [
  ['draft', 'adjust', 'filler', 'draft'],
  ['draft', 'recompute', 'filler', 'draft'],
  ['draft', 'submit', 'filler', 'submitted'],
  ['draft', 'submit', 'reviewer', 'actor'],
  ['draft', 'return', 'reviewer', 'status'],
  ['draft', 'accept', 'reviewer', 'status'],
  ['submitted', 'adjust', 'filler', 'status'],
  ['submitted', 'submit', 'filler', 'status'],
  ['submitted', 'return', 'reviewer', 'returned'],
  ['submitted', 'return', 'filler', 'actor'],
  ['submitted', 'accept', 'reviewer', 'accepted'],
  ['submitted', 'accept', 'filler', 'actor'],
  ['returned', 'adjust', 'filler', 'returned'],
  ['returned', 'recompute', 'filler', 'returned'],
  ['returned', 'submit', 'filler', 'submitted'],
  ['returned', 'accept', 'reviewer', 'status'],
  ['accepted', 'adjust', 'filler', 'status'],
  ['accepted', 'submit', 'filler', 'status'],
  ['accepted', 'return', 'reviewer', 'status'],
  ['accepted', 'accept', 'reviewer', 'status'],
];

describe('the filing workflow', () => {
  it.each(TABLE)('%s --%s by %s--> %s', (status, action, actor, expected) => {
    const r = filingTransition(status, action, actor);
    if (r.ok) expect(r.status).toBe(expected);
    else expect(r.reason).toBe(expected);
  });
  it('a summary is submitted upward, never returned or accepted here', () => {
    expect(filingTransition('draft', 'submit', 'filler', 'summary')).toEqual({ ok: true, status: 'submitted' });
    expect(filingTransition('submitted', 'accept', 'reviewer', 'summary')).toMatchObject({
      ok: false,
      reason: 'scope',
    });
  });
});
