import { describe, expect, it } from 'vitest';
import {
  type AppealDecisionAction,
  type AppealDecisionActor,
  type AppealDecisionState,
  appealDecisionStep,
} from './appealDecision.js';

describe('appeal decision: drafted → approved / rejected (docs/rules/after-judgment.md#appeal-decision)', () => {
  it.each<[AppealDecisionState, AppealDecisionAction, AppealDecisionActor, string | null, string]>([
    ['drafted', 'approve', 'defendant_head', null, 'approved'],
    ['drafted', 'approve', 'coordinator', null, 'approved'],
    ['drafted', 'reject', 'defendant_head', '理由不充分', 'rejected'],
    ['drafted', 'reject', 'coordinator', '请补充证据分析', 'rejected'],
    ['drafted', 'revise', 'drafter', null, 'drafted'],
    ['drafted', 'revise', 'coordinator', null, 'drafted'],
    // refused
    ['drafted', 'approve', 'drafter', null, 'NOT_APPROVER'],
    ['drafted', 'approve', 'other', null, 'NOT_APPROVER'],
    ['drafted', 'reject', 'drafter', '不同意', 'NOT_APPROVER'],
    ['drafted', 'reject', 'defendant_head', null, 'NOTE_REQUIRED'],
    ['drafted', 'reject', 'coordinator', '   ', 'NOTE_REQUIRED'],
    ['drafted', 'revise', 'defendant_head', null, 'NOT_DRAFTER'],
    ['drafted', 'revise', 'other', null, 'NOT_DRAFTER'],
    ['approved', 'approve', 'coordinator', null, 'FINAL'],
    ['approved', 'reject', 'defendant_head', '改主意', 'FINAL'],
    ['approved', 'revise', 'drafter', null, 'FINAL'],
    ['rejected', 'approve', 'coordinator', null, 'FINAL'],
    ['rejected', 'revise', 'drafter', null, 'FINAL'],
  ])('%s + %s by %s (note %s) → %s', (from, action, actor, note, expected) => {
    const step = appealDecisionStep(from, action, actor, note);
    expect(step.ok ? step.to : step.code).toBe(expected);
    if (!step.ok) expect(step.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
