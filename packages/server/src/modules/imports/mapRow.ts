/**
 * One spreadsheet row → a draft case (the values the row gives) or errors naming the row and the column in Chinese.
 * Pure: everything it checks against is in `Lookups`. Blank cells give no value (an import never clears a field).
 */
import {
  ALL_CASE_OUTCOMES,
  type CaseOutcome,
  caseOutcomeLabel,
  classifyOutcomeForKind,
  outcomeForKind,
  parseCaseNumber,
} from '@shuangjiang/domain';
import { CASE_INSTANCE_LABELS, CASE_KIND_LABELS, type CaseInstance, type CaseKind } from '../cases/constants.js';
import { OUTCOME_FIELD_LABELS } from '../cases/public.js';
import {
  CLOSING_MANNER_CHOICES,
  CLOSING_MANNER_SHOWN,
  type ClosingManner,
  mannerOfOutcome,
  outcomeOfClosingManner,
  splitMannerPrefix,
} from './closingManner.js';
import {
  type ColumnKey,
  cellText,
  choiceMap,
  headerOf,
  matchKey,
  parseChoice,
  parseDate,
  parseYesNo,
  splitNames,
} from './columns.js';
import { type AgencyInfo, type Lookups, matchAgency } from './lookups.js';
import type { CellValue } from './xlsx/readRows.js';

export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface DraftParty {
  name: string;
  partyType: 'person' | 'organization' | 'agency';
  agencyId: string | null;
}

/** What a row says about a case; undefined = the row says nothing (blank cell or no such column). */
export interface Draft {
  row: number;
  kind: CaseKind;
  /** Normalized number: the match key with `kind`. */
  caseNumber: string;
  caseNumberRaw: string;
  numberFields: {
    caseNumberStatus: 'valid';
    caseNumberTail: string | null;
    caseYear: number | null;
    caseSeq: number | null;
  };
  /** From the number (litigation): its court code and instance. */
  numberCourtCode: string | null;
  numberInstance: CaseInstance | null;
  court?: AgencyInfo;
  filedDate?: string;
  complaintReceivedDate?: string;
  causeOfAction?: string;
  contestedAct?: string;
  domain?: string;
  plaintiffs?: DraftParty[];
  defendants?: AgencyInfo[];
  thirdParties?: DraftParty[];
  instance?: CaseInstance;
  hearingHeld?: boolean;
  outcomeDate?: string;
  outcome?: CaseOutcome;
  /** 结案方式, and the outcome it stands for when the row gives none (撤诉, 调解). */
  closingManner?: ClosingManner;
  outcomeOfManner?: 'WITHDRAWN' | 'MEDIATED';
  /** 答辩截止日期 as the ledger states it: compared with the computed deadline, never stored. */
  answerDueDate?: string;
  appealed?: boolean;
  notes?: string;
  /** 承办人 as written (a name or a login): matched in plan.ts among the accounts the case may have. */
  handler?: string;
}

const KINDS = choiceMap<CaseKind>(CASE_KIND_LABELS, {
  诉讼: 'litigation',
  行政案件: 'litigation',
  行政诉讼案件: 'litigation',
  行政赔偿: 'litigation',
  复议: 'reconsideration',
  行政复议案件: 'reconsideration',
  争议: 'dispute',
  诉前: 'dispute',
  行政争议: 'dispute',
  诉前争议: 'dispute',
  '行政争议(诉前)': 'dispute',
});
const KIND_SHOWN = Object.values(CASE_KIND_LABELS);

const INSTANCES = choiceMap<CaseInstance>(CASE_INSTANCE_LABELS, {
  第一审: 'first',
  初审: 'first',
  一审程序: 'first',
  第二审: 'appeal',
  二审程序: 'appeal',
  终审: 'appeal',
  再审申请: 'retrial-review',
  申请再审: 'retrial-review',
  非诉执行: 'enforcement-review',
  赔偿: 'compensation',
});
const INSTANCE_SHOWN = Object.values(CASE_INSTANCE_LABELS);

/** Every kind's outcome labels (a row's own kind is applied after: `outcomeForKind`), with a ledger's short words. */
const OUTCOMES = choiceMap<CaseOutcome>(
  Object.fromEntries(ALL_CASE_OUTCOMES.map((c) => [c, caseOutcomeLabel(c)])) as Record<CaseOutcome, string>,
  {
    驳回诉讼请求: 'CLAIMS_REJECTED',
    判决驳回: 'CLAIMS_REJECTED',
    撤销: 'REVOKED',
    确认违法: 'CONFIRMED_ILLEGAL',
    确认无效: 'CONFIRMED_VOID',
    履行法定职责: 'ORDERED_TO_PERFORM',
    驳回起诉: 'SUIT_DISMISSED',
    撤诉: 'WITHDRAWN',
    准予撤诉: 'WITHDRAWN',
    准许撤诉: 'WITHDRAWN',
    调解: 'MEDIATED',
    维持原判: 'APPEAL_DISMISSED',
    驳回上诉: 'APPEAL_DISMISSED',
    发回重审: 'REMANDED',
    改判: 'REVERSED',
    驳回再审申请: 'RETRIAL_APPLICATION_DISMISSED',
    维持: 'RECON_UPHELD',
    复议维持: 'RECON_UPHELD',
    决定撤销: 'RECON_REVOKED',
    复议撤销: 'RECON_REVOKED',
    变更: 'RECON_ALTERED',
    责令履行: 'RECON_ORDERED_TO_PERFORM',
    驳回复议申请: 'RECON_APPLICATION_DISMISSED',
    驳回复议请求: 'RECON_CLAIM_REJECTED',
    终止复议: 'RECON_TERMINATED',
    和解: 'RECON_WITHDRAWN',
    撤回: 'WITHDRAWN',
    调解成功: 'DISPUTE_MEDIATED',
    调解不成: 'DISPUTE_UNRESOLVED',
  },
);
export const OUTCOME_SHOWN = ALL_CASE_OUTCOMES.map(caseOutcomeLabel);

/** Organisations among plaintiffs and third parties (法人或其他组织); everyone else is a natural person. */
const ORGANIZATION =
  /公司|企业|工厂|厂$|商店|店$|合作社|中心$|协会|学校|学院|大学|医院|委员会|银行|集团|事务所|研究院|基金会|有限|股份|村民小组|居委会|村委会/;

function nonAgencyParties(lookups: Lookups, text: string): DraftParty[] {
  return splitNames(text).map((name) => {
    const agencies = lookups.agenciesByKey.get(matchKey(name));
    if (agencies?.length === 1) return { name, partyType: 'agency' as const, agencyId: agencies[0]!.id };
    return {
      name,
      partyType: ORGANIZATION.test(name) ? ('organization' as const) : ('person' as const),
      agencyId: null,
    };
  });
}

/** Where each known column sits in the sheet (0-based cell index). */
export type ColumnMap = Partial<Record<ColumnKey, number>>;

export function mapRow(
  rowNumber: number,
  cells: CellValue[],
  columns: ColumnMap,
  lookups: Lookups,
  opts: { latestYear: number; columnName?: (key: ColumnKey) => string },
): { draft: Draft | null; errors: RowError[] } {
  const errors: RowError[] = [];
  const nameOf = opts.columnName ?? headerOf;
  const err = (key: ColumnKey, message: string) => errors.push({ row: rowNumber, column: nameOf(key), message });
  const cell = (key: ColumnKey): CellValue | undefined => {
    const i = columns[key];
    return i === undefined ? undefined : cells[i];
  };
  const text = (key: ColumnKey) => cellText(cell(key));

  // 案件类型 and 案号 first: they identify the case.
  const kindParsed = parseChoice(cell('kind'), KINDS, KIND_SHOWN);
  if (!kindParsed.ok) err('kind', kindParsed.message);
  const kind: CaseKind = (kindParsed.ok && kindParsed.value) || 'litigation';

  const rawNumber = text('caseNumber');
  let caseNumber = '';
  let numberFields: Draft['numberFields'] = {
    caseNumberStatus: 'valid',
    caseNumberTail: null,
    caseYear: null,
    caseSeq: null,
  };
  let numberCourtCode: string | null = null;
  let numberInstance: CaseInstance | null = null;
  if (rawNumber === '') {
    err('caseNumber', '案号不能为空');
  } else if (kind === 'litigation') {
    const parsed = parseCaseNumber(rawNumber, { latestYear: opts.latestYear });
    if (!parsed.valid) {
      err('caseNumber', `案号无法识别：${parsed.reason}`);
    } else if (!parsed.type.administrative) {
      err('caseNumber', `不是行政案件案号（${parsed.type.name}）`);
    } else {
      caseNumber = parsed.normalized;
      const close = parsed.normalized.indexOf('）');
      numberFields = {
        caseNumberStatus: 'valid',
        caseNumberTail: close >= 0 ? parsed.normalized.slice(close + 1) : null,
        caseYear: parsed.year,
        caseSeq: parsed.seq,
      };
      numberCourtCode = parsed.court.code || null;
      numberInstance = parsed.type.instance;
    }
  } else {
    // 复议/争议 numbers are the body's own numbering: stored as typed, without spaces (as the registry does).
    caseNumber = rawNumber.replace(/\s+/g, '');
  }

  const draft: Draft = {
    row: rowNumber,
    kind,
    caseNumber,
    caseNumberRaw: rawNumber,
    numberFields,
    numberCourtCode,
    numberInstance,
  };

  // 受理法院/复议机关
  const courtText = text('court');
  if (courtText) {
    const wantCourt = kind === 'litigation';
    const m = matchAgency(
      lookups,
      courtText,
      (a) => (wantCourt ? a.kind === 'court' : a.kind !== 'court'),
      wantCourt ? '法院' : '复议机关（受理机关）',
    );
    if (m.ok) draft.court = m.agency;
    else err('court', m.message);
  }

  for (const key of ['filedDate', 'complaintReceivedDate', 'outcomeDate', 'answerDueDate'] as const) {
    const d = parseDate(cell(key));
    if (!d.ok) err(key, d.message);
    else if (d.value) draft[key] = d.value;
  }

  for (const key of ['causeOfAction', 'contestedAct', 'notes', 'handler'] as const) {
    const t = text(key);
    if (t) draft[key] = t;
  }

  const domainText = text('domain');
  if (domainText) {
    const code = lookups.domainByKey.get(matchKey(domainText));
    if (code) draft.domain = code;
    else err('domain', `行政管理领域“${domainText}”不存在，请从下拉列表选择`);
  }

  const plaintiffs = text('plaintiffs');
  if (plaintiffs) draft.plaintiffs = nonAgencyParties(lookups, plaintiffs);
  const thirdParties = text('thirdParties');
  if (thirdParties) draft.thirdParties = nonAgencyParties(lookups, thirdParties);

  const defendants = text('defendants');
  if (defendants) {
    const found: AgencyInfo[] = [];
    for (const name of splitNames(defendants)) {
      const m = matchAgency(lookups, name, (a) => a.kind !== 'court', '被告（被申请人）机关');
      if (!m.ok) err('defendants', m.message);
      else if (
        !lookups.scope.none &&
        lookups.scope.regionPrefix &&
        !m.agency.regionPath.startsWith(lookups.scope.regionPrefix)
      )
        err('defendants', `被告机关不在您的管辖范围内：${m.agency.name}`);
      else if (!found.includes(m.agency)) found.push(m.agency);
    }
    if (found.length) draft.defendants = found;
  }

  const instance = parseChoice(cell('instance'), INSTANCES, INSTANCE_SHOWN);
  if (!instance.ok) err('instance', instance.message);
  else if (instance.value) draft.instance = instance.value;

  for (const key of ['hearingHeld', 'appealed'] as const) {
    const b = parseYesNo(cell(key));
    if (!b.ok) err(key, b.message);
    else if (b.value !== null) draft[key] = b.value;
  }

  const outcomeText = text('outcome');
  if (outcomeText) {
    // A label of any kind, read in the row's own kind (撤销 on a 复议 row is 决定撤销, 行政复议法第六十四条).
    const chosen = parseChoice(outcomeText, OUTCOMES, OUTCOME_SHOWN);
    const field = OUTCOME_FIELD_LABELS[kind];
    if (chosen.ok && chosen.value) {
      const own = outcomeForKind(kind, chosen.value);
      if (own) draft.outcome = own;
      else err('outcome', `${field}“${outcomeText}”不适用于${CASE_KIND_LABELS[kind]}案件，请从下拉列表选择`);
    } else {
      // Free text (判决撤销被告作出的…决定 / 本机关决定：维持…): the classifier of the row's kind, when it is sure.
      const c = classifyOutcomeForKind(kind, outcomeText);
      if (c.primary !== 'UNKNOWN' && c.categories.length === 1) draft.outcome = c.primary;
      else err('outcome', `${field}无法识别：“${outcomeText}”，请从下拉列表选择`);
    }
  }

  readClosingManner(text('closingManner'), kind, draft, (m) => err('closingManner', m));

  return { draft: errors.length ? null : draft, errors };
}

/**
 * 结案方式 (closingManner.ts). A ledger's column of that name sometimes names the outcome instead (判决撤销, 驳回诉讼请求):
 * for a lawsuit such a value is read as the outcome, when the row gives none, and the manner is taken from it —
 * never a good row rejected because the column says more than its name.
 */
function readClosingManner(value: string, kind: CaseKind, draft: Draft, err: (message: string) => void): void {
  if (!value) return;
  const manner = parseChoice(value, CLOSING_MANNER_CHOICES, CLOSING_MANNER_SHOWN);
  if (manner.ok && manner.value) {
    draft.closingManner = manner.value;
    const stands = outcomeOfClosingManner(manner.value, kind);
    if (stands) draft.outcomeOfManner = stands;
    return;
  }
  const prefix = splitMannerPrefix(value);
  if (kind === 'litigation') {
    const asOutcome = parseChoice(prefix?.rest || value, OUTCOMES, OUTCOME_SHOWN);
    const outcome = asOutcome.ok ? asOutcome.value : null;
    const from = outcome ? mannerOfOutcome(outcome) : null;
    if (outcome && from) {
      draft.closingManner = prefix?.manner ?? from;
      if (!draft.outcome) draft.outcome = outcome as Draft['outcome'];
      return;
    }
  }
  if (prefix) draft.closingManner = prefix.manner;
  else if (!manner.ok) err(manner.message);
}

export const matchKeyOf = (d: Pick<Draft, 'kind' | 'caseNumber'>) => `${d.kind}|${d.caseNumber}`;
