import { describe, expect, it } from 'vitest';
import { effectiveGovernmentLost, type ReviewedJudgment, takesReviewedResult } from './appeal.js';
import type { RecordedOutcome } from './caseLoss.js';

const LOST: ReviewedJudgment = { governmentLost: true };
const WON: ReviewedJudgment = { governmentLost: false };
const PENDING: ReviewedJudgment = { governmentLost: null };

/**
 * Worked out by hand from 行政诉讼法 art. 89(1) and 解释 art. 116(2) (docs/rules/outcomes-and-loss.md#appeals):
 * [what, the appeal as recorded, the first instance linked, takes its result, effective 败诉].
 */
const TABLE: ReadonlyArray<readonly [string, RecordedOutcome, ReviewedJudgment | null, boolean, boolean | null]> = [
  ['驳回上诉维持, first instance lost', { outcome: 'APPEAL_DISMISSED', instance: 'appeal' }, LOST, true, true],
  ['驳回上诉维持, first instance won', { outcome: 'APPEAL_DISMISSED', instance: 'appeal' }, WON, true, false],
  ['驳回上诉维持, first instance undecided', { outcome: 'APPEAL_DISMISSED', instance: 'appeal' }, PENDING, true, null],
  ['驳回上诉维持, nothing linked yet', { outcome: 'APPEAL_DISMISSED', instance: 'appeal' }, null, true, null],
  [
    '驳回再审申请 follows the judgment',
    { outcome: 'RETRIAL_APPLICATION_DISMISSED', instance: 'retrial-review' },
    LOST,
    true,
    true,
  ],
  ['撤回上诉 by its code follows', { outcome: 'WITHDRAWN', instance: 'appeal' }, LOST, true, true],
  [
    '撤回上诉 by its text follows',
    { outcome: 'WITHDRAWN', instance: 'appeal', outcomeText: '准许上诉人某县人民政府撤回上诉。' },
    LOST,
    true,
    true,
  ],
  [
    '撤回起诉 on appeal keeps its own (no loss)',
    {
      outcome: 'WITHDRAWN',
      instance: 'appeal',
      outcomeText: '一、撤销某区人民法院（2021）苏0102行初88号行政判决；二、准许被上诉人（原审原告）王某明撤回起诉。',
    },
    LOST,
    false,
    false,
  ],
  ['撤诉 in the first instance keeps its own', { outcome: 'WITHDRAWN', instance: 'first' }, LOST, false, false],
  ['改判 to 撤销 keeps its own (loss)', { outcome: 'REVOKED', instance: 'appeal' }, WON, false, true],
  ['改判 to 驳回诉讼请求 keeps its own', { outcome: 'CLAIMS_REJECTED', instance: 'appeal' }, LOST, false, false],
  ['发回重审 stays undecided', { outcome: 'REMANDED', instance: 'appeal' }, LOST, false, null],
  ['no outcome yet', { outcome: null, instance: 'appeal' }, LOST, false, null],
  ['a 复议 outcome keeps its own', { kind: 'reconsideration', outcome: 'RECON_REVOKED' }, WON, false, true],
];

describe('appeal propagation: an appeal that leaves the first instance in force takes its 败诉', () => {
  it.each(TABLE)('%s', (_what, appeal, firstInstance, takes, effective) => {
    expect(takesReviewedResult(appeal)).toBe(takes);
    expect(effectiveGovernmentLost(appeal, firstInstance)).toBe(effective);
  });

  it('without a linked judgment, an appeal has its own result', () => {
    expect(effectiveGovernmentLost({ outcome: 'APPEAL_DISMISSED' }, undefined)).toBeNull();
    expect(effectiveGovernmentLost({ outcome: 'REVOKED', instance: 'appeal' }, null)).toBe(true);
  });
});
