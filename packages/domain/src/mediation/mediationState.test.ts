import { describe, expect, it } from 'vitest';
import {
  allowedMediationActions,
  countsAsSettlement,
  MEDIATION_ACTIONS,
  MEDIATION_STATES,
  type MediationAction,
  type MediationState,
  MediationTransitionError,
  nextMediationState,
} from './mediationState.js';

// Every (state, action): the state it leads to, or null when refused. 64 rows: a new state or action fails the count.
const TABLE: [MediationState, MediationAction, MediationState | null][] = [
  ['received', 'accept', 'accepted'],
  ['received', 'refuse', 'refused'],
  ['received', 'assign', null],
  ['received', 'record_session', null],
  ['received', 'agree', null],
  ['received', 'withdraw', 'withdrawn'],
  ['received', 'fail', null],
  ['received', 'record_case', null],
  ['accepted', 'accept', null],
  ['accepted', 'refuse', null],
  ['accepted', 'assign', 'assigned'],
  ['accepted', 'record_session', null],
  ['accepted', 'agree', null],
  ['accepted', 'withdraw', 'withdrawn'],
  ['accepted', 'fail', null],
  ['accepted', 'record_case', null],
  ['refused', 'accept', null],
  ['refused', 'refuse', null],
  ['refused', 'assign', null],
  ['refused', 'record_session', null],
  ['refused', 'agree', null],
  ['refused', 'withdraw', null],
  ['refused', 'fail', null],
  ['refused', 'record_case', null],
  ['assigned', 'accept', null],
  ['assigned', 'refuse', null],
  ['assigned', 'assign', 'assigned'],
  ['assigned', 'record_session', 'mediating'],
  ['assigned', 'agree', null],
  ['assigned', 'withdraw', 'withdrawn'],
  ['assigned', 'fail', null],
  ['assigned', 'record_case', null],
  ['mediating', 'accept', null],
  ['mediating', 'refuse', null],
  ['mediating', 'assign', 'mediating'],
  ['mediating', 'record_session', 'mediating'],
  ['mediating', 'agree', 'agreed'],
  ['mediating', 'withdraw', 'withdrawn'],
  ['mediating', 'fail', 'failed'],
  ['mediating', 'record_case', null],
  ['agreed', 'accept', null],
  ['agreed', 'refuse', null],
  ['agreed', 'assign', null],
  ['agreed', 'record_session', null],
  ['agreed', 'agree', null],
  ['agreed', 'withdraw', null],
  ['agreed', 'fail', null],
  ['agreed', 'record_case', null],
  ['withdrawn', 'accept', null],
  ['withdrawn', 'refuse', null],
  ['withdrawn', 'assign', null],
  ['withdrawn', 'record_session', null],
  ['withdrawn', 'agree', null],
  ['withdrawn', 'withdraw', null],
  ['withdrawn', 'fail', null],
  ['withdrawn', 'record_case', null],
  ['failed', 'accept', null],
  ['failed', 'refuse', null],
  ['failed', 'assign', null],
  ['failed', 'record_session', null],
  ['failed', 'agree', null],
  ['failed', 'withdraw', null],
  ['failed', 'fail', null],
  ['failed', 'record_case', 'failed'],
];

describe('mediation transitions (docs/rules/mediation.md#workflow)', () => {
  it('the table covers every state × action', () => {
    expect(TABLE.length).toBe(MEDIATION_STATES.length * MEDIATION_ACTIONS.length);
    expect(new Set(TABLE.map((r) => `${r[0]} ${r[1]}`)).size).toBe(TABLE.length);
  });

  it.each(TABLE.filter((r) => r[2] !== null))('%s —%s→ %s', (from, action, to) => {
    expect(nextMediationState(from, action)).toBe(to);
  });

  it.each(TABLE.filter((r) => r[2] === null))('%s —%s→ refused', (from, action) => {
    let err: unknown;
    try {
      nextMediationState(from, action);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(MediationTransitionError);
    const e = err as MediationTransitionError;
    expect(e.state).toBe(from);
    expect(e.action).toBe(action);
    expect(e.allowed).toEqual(TABLE.filter((r) => r[0] === from && r[2] !== null).map((r) => r[1]));
    expect(e.allowed).toEqual(allowedMediationActions(from));
  });

  it.each<[MediationState, MediationAction, string]>([
    [
      'received',
      'assign',
      '调解案件当前状态为“已收案”，不能“分案（指定、更换调解员）”；当前可以：“受理”、“不予受理”、“记录结果：申请人撤回”',
    ],
    ['agreed', 'record_session', '调解案件当前状态为“达成调解协议”，不能“记录调解”；当前没有可进行的操作'],
    [
      'failed',
      'agree',
      '调解案件当前状态为“调解不成”，不能“记录结果：达成调解协议”；当前可以：“登记转入复议或诉讼的案件”',
    ],
  ])('the message names the state and what is allowed: %s %s', (state, action, message) => {
    expect(() => nextMediationState(state, action)).toThrow(message);
  });
});

describe('countsAsSettlement (docs/rules/mediation.md#settlement)', () => {
  it.each<[MediationState, 'pre_litigation' | 'in_litigation', string | null, boolean]>([
    ['agreed', 'in_litigation', 'c1', true],
    ['agreed', 'in_litigation', null, false],
    ['agreed', 'pre_litigation', 'c1', false],
    ['failed', 'in_litigation', 'c1', false],
    ['withdrawn', 'in_litigation', 'c1', false],
  ])('%s %s case=%s → %s', (state, stage, linkedCaseId, expected) => {
    expect(countsAsSettlement({ state, stage, linkedCaseId })).toBe(expected);
  });
});
