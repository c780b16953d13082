/**
 * A case's outcome in its own kind's language: a lawsuit records a court's judgment or ruling (裁判结果), a
 * reconsideration the 复议机关's decision (复议结果, 行政复议法 2023 arts. 30, 33, 41, 63–74), a pre-litigation dispute
 * the resolution centre's result (化解结果). The codes of the kinds are disjoint (domain outcomes/byKind.ts), so a
 * write that records another kind's outcome is refused here, by the field's Chinese name.
 */
import {
  ALL_CASE_OUTCOMES,
  type CaseOutcome,
  caseOutcomeLabel,
  kindOfOutcome,
  outcomeFitsKind,
} from '@shuangjiang/domain';
import { validationFailed } from '../../platform/errors.js';
import type { CaseKind } from './constants.js';

/** The outcome field's name on a case of each kind. */
export const OUTCOME_FIELD_LABELS: Readonly<Record<CaseKind, string>> = {
  litigation: '裁判结果',
  reconsideration: '复议结果',
  dispute: '化解结果',
};

/** Every outcome code, all kinds (the input schema's list; the kind is checked once the case's kind is known). */
export const OUTCOME_CODES = ALL_CASE_OUTCOMES as unknown as readonly [CaseOutcome, ...CaseOutcome[]];

/** Who decides an outcome of each kind, for the refusal message. */
const DECIDED_BY: Readonly<Record<CaseKind, string>> = {
  litigation: '法院的裁判结果',
  reconsideration: '复议机关的复议决定',
  dispute: '争议化解中心的化解结果',
};

const EXAMPLES: Readonly<Record<CaseKind, string>> = {
  litigation: '判决驳回诉讼请求、判决撤销、裁定驳回起诉',
  reconsideration: '决定维持、决定撤销、驳回行政复议申请',
  dispute: '调解成功、申请人撤回、调解不成',
};

/** Refuses an outcome of another kind: "复议结果不能为“判决驳回诉讼请求”：这是法院的裁判结果…". */
export function checkOutcomeFitsKind(kind: CaseKind, outcome: string | null | undefined): void {
  if (!outcome || outcomeFitsKind(kind, outcome)) return;
  const field = OUTCOME_FIELD_LABELS[kind];
  const other = kindOfOutcome(outcome);
  const what = other ? `这是${DECIDED_BY[other]}` : '不是有效的结果';
  throw validationFailed(
    [
      {
        field: 'outcome',
        message: `${field}不能为“${caseOutcomeLabel(outcome)}”：${what}，${kindName(kind)}案件请选择${DECIDED_BY[kind]}（如${EXAMPLES[kind]}）`,
      },
    ],
    `${field}与案件类型不符`,
  );
}

const kindName = (kind: CaseKind) =>
  kind === 'litigation' ? '行政诉讼' : kind === 'reconsideration' ? '行政复议' : '诉前行政争议';
