/**
 * Turns a create or update input plus the current record into the row to store and the parties to write, in named
 * steps: the 案号, the plain fields, the outcome and its 败诉, the status, the parties and region, the dates, the
 * 行政管理领域. Each step refuses bad input naming the field (docs/rules/cases.md).
 */
import { classifyOutcomeForKind } from '@shuangjiang/domain';
import type { DbOrTx } from '../../../platform/db/client.js';
import { validationFailed } from '../../../platform/errors.js';
import { resolveCaseNumber } from '../caseNumber.js';
import type { CaseKind } from '../constants.js';
import { checkDates } from '../dateChecks.js';
import type { CreateCaseInput, PartyInput, UpdateCaseInput } from '../dto.js';
import { checkOutcomeFitsKind } from '../outcomeKind.js';
import { adminDomainExists, type CaseRow, courtByCode, type PartyRow } from '../repository.js';
import { effectiveGovernmentLostOf } from './appeals.js';
import { checkHandler, handlerPlace } from './handler.js';
import { resolveParties } from './resolveParties.js';
import type { CaseValues } from './writeSupport.js';

type Input = CreateCaseInput | UpdateCaseInput;

/** The fields an input sets as given (undefined: left as they are). */
const PLAIN_FIELDS = [
  'instance',
  'courtCode',
  'courtAgencyId',
  'receivedDate',
  'filedDate',
  'complaintReceivedDate',
  'causeOfAction',
  'contestedAct',
  'actKind',
  'domain',
  'amountClaimed',
  'normativeDocReview',
  'hearingHeld',
  'appealed',
  'notes',
  'outcomeDate',
  'outcomeText',
] as const satisfies readonly (keyof Input & keyof CaseValues)[];

export async function resolveValues(
  tx: DbOrTx,
  input: Input,
  current: CaseRow | null,
  currentParties: PartyRow[],
): Promise<{ values: CaseValues; parties: PartyInput[] | null }> {
  const kind = (input.kind ?? current?.kind) as CaseKind;
  const v = startingValues(kind, current);
  await resolveNumber(tx, v, input, current, kind);
  copyPlainFields(v, input);
  resolveOutcome(v, input, current, kind);
  // 二审 驳回上诉维持 / 撤回上诉: 败诉 follows the first instance's effective result (docs/rules/outcomes-and-loss.md#appeals).
  v.governmentLost = await effectiveGovernmentLostOf(tx, current?.id ?? null, {
    kind,
    outcome: v.outcome,
    outcomeText: v.outcomeText,
    instance: v.instance,
  });
  resolveStatus(v, input, current?.outcome ?? null);
  const parties = input.parties !== undefined ? input.parties : null;
  refuseRiskLevelChange(input, current);
  await resolveParties(tx, v, input, parties, current, currentParties);
  checkDates(v, input);
  await checkDomain(tx, v.domain);
  await resolveHandler(tx, v, input, current, parties ?? currentParties);
  return { values: v, parties };
}

/** 承办人: a newly named account must be one the case may have (docs/rules/cases.md#handler); null clears it. */
async function resolveHandler(
  tx: DbOrTx,
  v: CaseValues,
  input: Input,
  current: CaseRow | null,
  parties: { side: string; agencyId?: string | null }[],
): Promise<void> {
  if (input.handlerUserId === undefined) return;
  v.handlerUserId = input.handlerUserId;
  if (!v.handlerUserId || v.handlerUserId === (current?.handlerUserId ?? null)) return;
  const defendants = parties.filter((p) => p.side === 'defendant' && p.agencyId).map((p) => p.agencyId as string);
  await checkHandler(tx, v.handlerUserId, handlerPlace(v.regionPath ?? '', defendants));
}

/**
 * The risk level belongs to the risk module (docs/rules/risk.md#screening): set by the screening or by a coordinator
 * with a reason there. A form that sends the level unchanged passes; a change is refused, naming where to make it.
 */
function refuseRiskLevelChange(input: Input, current: CaseRow | null): void {
  if (input.riskLevel === undefined || input.riskLevel === (current?.riskLevel ?? 'green')) return;
  throw validationFailed(
    [{ field: 'riskLevel', message: '风险等级由风险筛查确定，不能在案件中直接修改' }],
    '风险等级由风险筛查确定；如需调整，请由协调员在“风险预警与化解”中说明理由后调整',
  );
}

/** The current row without what the database sets, or an empty new one; of the case's kind. */
function startingValues(kind: CaseKind, current: CaseRow | null): CaseValues {
  const v: CaseValues = current
    ? (({ id: _i, createdAt: _c, updatedAt: _u, version: _v, ...rest }) => rest)(current)
    : { kind, regionCode: '', regionPath: '' };
  v.kind = kind;
  return v;
}

/**
 * 案号, when it or the kind changes: a lawsuit's is parsed (and gives the instance and the court unless they are
 * given); a 复议/争议 number is the body's own numbering (no national standard), stored as typed without spaces.
 */
async function resolveNumber(tx: DbOrTx, v: CaseValues, input: Input, current: CaseRow | null, kind: CaseKind) {
  const numberChanged =
    input.caseNumber !== undefined && (input.caseNumber ?? null) !== (current?.caseNumberRaw ?? null);
  if (!numberChanged && !(input.kind !== undefined && input.kind !== current?.kind)) return;
  if (kind === 'litigation') {
    const { fields, parsed } = resolveCaseNumber(input.caseNumber ?? current?.caseNumberRaw, !!input.acceptUnverified);
    Object.assign(v, fields);
    if (parsed) {
      if (input.instance === undefined) v.instance = parsed.type.instance;
      if (input.courtCode === undefined && parsed.court.code) v.courtCode = parsed.court.code;
      if (input.courtAgencyId === undefined && parsed.court.code) {
        v.courtAgencyId = (await courtByCode(tx, parsed.court.code))?.id ?? v.courtAgencyId ?? null;
      }
    }
  } else {
    const text = (input.caseNumber === undefined ? current?.caseNumberRaw : input.caseNumber)?.trim() || null;
    Object.assign(v, {
      caseNumber: text ? text.replace(/\s+/g, '') : null,
      caseNumberRaw: text,
      caseNumberStatus: text ? 'valid' : null,
      caseNumberTail: null,
      caseYear: null,
      caseSeq: null,
    });
  }
}

function copyPlainFields(v: CaseValues, input: Input): void {
  const target = v as Record<string, unknown>;
  for (const k of PLAIN_FIELDS) {
    if (input[k] !== undefined) target[k] = input[k];
  }
}

/**
 * Outcome: classify the operative text when no category is given (with the classifier of the case's kind: a 复议决定
 * is not a judgment). A chosen outcome must be of the case's kind; an old record's outcome kept as it was is not
 * re-checked unless the kind changes.
 */
function resolveOutcome(v: CaseValues, input: Input, current: CaseRow | null, kind: CaseKind): void {
  const hadOutcome = current?.outcome ?? null;
  if (input.outcome) {
    v.outcome = input.outcome;
  } else if (input.outcomeText) {
    const r = classifyOutcomeForKind(kind, input.outcomeText);
    v.outcome = r.primary === 'UNKNOWN' ? (input.outcome === null ? null : (v.outcome ?? null)) : r.primary;
  } else if (input.outcome === null) {
    v.outcome = null;
  }
  if (v.outcome && (v.outcome !== hadOutcome || kind !== current?.kind)) checkOutcomeFitsKind(kind, v.outcome);
}

/** The status given, else 结案 when an open case gets its first outcome. */
function resolveStatus(v: CaseValues, input: Input, hadOutcome: string | null): void {
  if (input.status !== undefined) v.status = input.status;
  else if (
    v.outcome &&
    !hadOutcome &&
    (v.status === undefined || v.status === 'registered' || v.status === 'in_progress')
  ) {
    v.status = 'concluded';
  }
}

async function checkDomain(tx: DbOrTx, domain: string | null | undefined): Promise<void> {
  if (domain && !(await adminDomainExists(tx, domain))) {
    throw validationFailed([{ field: 'domain', message: `行政管理领域不存在（${domain}）` }]);
  }
}
