import { describe, expect, it } from 'vitest';
import {
  allowedRiskActions,
  nextRiskState,
  RISK_ACTIONS,
  RISK_STATES,
  type RiskAction,
  type RiskState,
  RiskTransitionError,
} from './riskItemState.js';

// Every (state, action): the state it leads to, or null when refused. 35 rows: a new state or action fails the count.
const TABLE: [RiskState, RiskAction, RiskState | null][] = [
  ['warning', 'assign_lead', 'lead_assigned'],
  ['warning', 'plan', null],
  ['warning', 'record_progress', null],
  ['warning', 'supervise', null],
  ['warning', 'lift_supervision', null],
  ['warning', 'close', null],
  ['warning', 'reopen', null],
  ['lead_assigned', 'assign_lead', 'lead_assigned'],
  ['lead_assigned', 'plan', 'planned'],
  ['lead_assigned', 'record_progress', null],
  ['lead_assigned', 'supervise', 'supervised'],
  ['lead_assigned', 'lift_supervision', null],
  ['lead_assigned', 'close', null],
  ['lead_assigned', 'reopen', null],
  ['planned', 'assign_lead', 'planned'],
  ['planned', 'plan', 'planned'],
  ['planned', 'record_progress', 'planned'],
  ['planned', 'supervise', 'supervised'],
  ['planned', 'lift_supervision', null],
  ['planned', 'close', 'closed'],
  ['planned', 'reopen', null],
  ['supervised', 'assign_lead', 'supervised'],
  ['supervised', 'plan', 'supervised'],
  ['supervised', 'record_progress', 'supervised'],
  ['supervised', 'supervise', null],
  ['supervised', 'lift_supervision', 'planned'],
  ['supervised', 'close', 'closed'],
  ['supervised', 'reopen', null],
  ['closed', 'assign_lead', null],
  ['closed', 'plan', null],
  ['closed', 'record_progress', null],
  ['closed', 'supervise', null],
  ['closed', 'lift_supervision', null],
  ['closed', 'close', null],
  ['closed', 'reopen', 'planned'],
];

describe('risk item transitions (docs/rules/risk.md#workflow)', () => {
  it('the table covers every state × action', () => {
    expect(TABLE.length).toBe(RISK_STATES.length * RISK_ACTIONS.length);
  });

  it.each(TABLE.filter((r) => r[2] !== null))('%s —%s→ %s', (from, action, to) => {
    expect(nextRiskState(from, action)).toBe(to);
  });

  it.each(TABLE.filter((r) => r[2] === null))('%s —%s→ refused', (from, action) => {
    let err: unknown;
    try {
      nextRiskState(from, action);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RiskTransitionError);
    const e = err as RiskTransitionError;
    expect(e.state).toBe(from);
    expect(e.allowed).toEqual(TABLE.filter((r) => r[0] === from && r[2] !== null).map((r) => r[1]));
    expect(e.allowed).toEqual(allowedRiskActions(from));
  });

  it.each<[RiskState, RiskAction, string]>([
    ['warning', 'close', '风险事项当前状态为“预警”，不能“销号”；当前可以：“明确（更换）包案领导”'],
    ['closed', 'plan', '风险事项当前状态为“已销号”，不能“制定（修改）一案一策”；当前可以：“重新启动（上诉等）”'],
    [
      'lead_assigned',
      'close',
      '风险事项当前状态为“已明确包案领导”，不能“销号”；当前可以：“明确（更换）包案领导”、“制定（修改）一案一策”、“挂牌督办”',
    ],
  ])('the message names the state and what is allowed: %s %s', (from, action, message) => {
    expect(() => nextRiskState(from, action)).toThrow(message);
  });
});
