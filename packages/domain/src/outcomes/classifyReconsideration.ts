/**
 * Classifies the operative part of a reconsideration decision (行政复议决定书: …本机关决定如下：撤销… / 维持… /
 * 驳回…行政复议申请 / 终止行政复议), a mediation statement (行政复议调解书) or a withdrawal notice into the outcomes of
 * the 行政复议法 2023 (reconsideration.ts). Clause splitting is the litigation classifier's (clauses.ts); the rules here
 * are the reconsideration body's own verbs.
 *
 * A clause is cut into segments at commas and colons; an outcome verb counts only at the head of a segment, after
 * connectors (本机关、决定、并…), so 撤销 in "申请人请求撤销…" or "驳回…要求撤销…的请求" is not read as a revocation.
 * Patterns are linear (bounded classes, no nested quantifiers).
 */
import { operativeClauses, toHalfWidth } from './clauses.js';
import {
  RECONSIDERATION_PRECEDENCE,
  type ReconsiderationOutcome,
  reconsiderationCorrected,
} from './reconsideration.js';

/** What `classifyReconsideration` found. Same shape as the litigation classifier's `OutcomeResult`. */
export interface ReconsiderationResult {
  /** Every outcome stated, in order of first appearance; `['UNKNOWN']` if none. */
  readonly categories: (ReconsiderationOutcome | 'UNKNOWN')[];
  /** The most decisive outcome (`RECONSIDERATION_PRECEDENCE`). */
  readonly primary: ReconsiderationOutcome | 'UNKNOWN';
  /** 纠错 (the agency lost, `reconsiderationCorrected` of the primary outcome); null when undecided or unknown. */
  readonly governmentLost: boolean | null;
  /** The clauses that decided, verbatim (trimmed, without item numbers), in order. */
  readonly evidence: string[];
}

/** The decision heading: 决定如下： / 本机关决定： — the operative part follows the last one. */
const HEADING = /决定(?:如下)?\s{0,4}[:]/g;
const SEGMENT_SPLIT = /:|(?<!\d),|,(?!\d)/;
const CONNECTOR = /^(?:本机关|本府|本局|本委|本会|复议机关|本复议机关|经审查|现|依法|决定|并且|并|同时|另|且|遂)/;
/** A segment ending like this quotes a party's request: what follows in the clause is not a decision. */
const QUOTE = /(?:请求|要求|诉称|认为|称|申请事项)$/;

const WITHDRAW = /撤回/;
const PERMIT_OR_END = /准予|准许|同意|终止/;
const SETTLEMENT = /达成和解|和解协议|自愿和解/;
const MEDIATION = /调解书|经调解|主持(?:下)?调解|调解协议|达成(?:如下)?(?:调解)?协议|自愿达成/;
const TERMINATED = /终止(?:本案的?|本件)?(?:行政复议|复议|审理|审查)|(?:行政复议|复议)(?:程序)?终止|本案终止/;
const NOT_ACCEPTED = /^不予(?:受理|立案)|不予(?:受理|立案)$/;

const HEAD_REVOKE = /^(?:部分)?撤销(?!了)/;
const HEAD_ALTER = /^变更(?!.{0,4}请求)|^将[^,]{0,200}?(?:变更|改)为/;
const HEAD_CONFIRM = /^确认/;
const HEAD_UPHOLD = /^维持/;
const HEAD_REJECT = /^驳回/;
const HEAD_ORDER = /^(?:责令|责成|限令|限|由)?被申请人|^责令|^责成/;
/** An order proper: opened by 责令… or giving a time limit (a bare 被申请人… may only name the object of 维持). */
const EXPLICIT_ORDER = /^(?:责令|责成|限令|限|由)/;
const DEADLINE =
  /之日(?:起|后)|[\d一二三四五六七八九十百两]{1,6}个?(?:工作日|日|天|月)内|限期|期限内|[\d〇零一二三四五六七八九]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日前/;
const TAIL_REVOKE = /(?<!不)予以撤销$/;
const TAIL_ALTER = /(?<!不)予以变更$/;
const TAIL_UPHOLD = /(?<!不)予以维持$/;

const REJECT_OBJECT = /(赔偿(?:请求|申请)|(?:行政)?复议申请(?!人)|(?:行政)?复议请求|请求|申请(?!人|书))/;
const AGREEMENT = /协议|合同/;
const AGREEMENT_DUTY = /订立|履行|补救|赔偿|补偿|支付/;
const REDO = /重新(?:作出|处理|答复|审查|认定|调查|核定|核查|审批|办理|进行)/;
const ACCESSORY = /赔偿|返还|退还|解除[^,]{0,40}?(?:查封|扣押|冻结)|补救/;
const PERFORM =
  /履行|答复|作出|处理|公开|受理|颁发|核发|登记|办理|审查|调查|查处|核查|认定|出具|告知|审批|批复|送达|支付|给付|发放|补偿/;
const NARRATIVE = /已|了/;

type Stated = ReconsiderationOutcome | 'redo' | 'accessory' | 'reject-compensation';
interface Finding {
  readonly stated: Stated;
  readonly clause: number;
}

function stripConnectors(segment: string): string {
  let text = segment;
  for (let m = CONNECTOR.exec(text); m; m = CONNECTOR.exec(text)) text = text.slice(m[0].length);
  return text;
}

function readReject(head: string): Stated | null {
  const object = REJECT_OBJECT.exec(head)?.[1];
  if (!object) return null;
  if (object.startsWith('赔偿')) return 'reject-compensation';
  if (object.endsWith('请求')) return 'RECON_CLAIM_REJECTED';
  return 'RECON_APPLICATION_DISMISSED';
}

function readOrder(run: string): Stated | null {
  if (/继续履行/.test(run) || (AGREEMENT.test(run) && AGREEMENT_DUTY.test(run))) return 'RECON_AGREEMENT_REMEDY';
  if (REDO.test(run)) return 'redo';
  if (ACCESSORY.test(run)) return 'accessory';
  return PERFORM.test(run) ? 'RECON_ORDERED_TO_PERFORM' : null;
}

/** The outcomes one clause states (a whole-clause rule first, then segment heads). */
function readClause(norm: string): { stated: Stated[]; mediation: boolean } {
  if ((WITHDRAW.test(norm) && PERMIT_OR_END.test(norm)) || SETTLEMENT.test(norm)) {
    return { stated: ['RECON_WITHDRAWN'], mediation: false };
  }
  if (TERMINATED.test(norm)) return { stated: ['RECON_TERMINATED'], mediation: false };
  const segments = norm.split(SEGMENT_SPLIT);
  const first = stripConnectors(segments[0] ?? '');
  if (MEDIATION.test(norm) && !HEAD_REVOKE.test(first) && !HEAD_REJECT.test(first)) {
    return { stated: ['RECON_MEDIATED'], mediation: true };
  }

  const stated: Stated[] = [];
  let order: string[] | null = null;
  /** Ends the current order; one opened by its bare subject and without a time limit is the object of a verb after it. */
  const flush = (beforeVerb: boolean) => {
    const opener = order?.[0] ?? '';
    const run = order?.join(',') ?? '';
    order = null;
    if (!run || NARRATIVE.test(opener)) return;
    if (!EXPLICIT_ORDER.test(opener) && (beforeVerb || !DEADLINE.test(run))) return;
    const s = readOrder(run);
    if (s) stated.push(s);
  };
  for (let i = 0; i < segments.length; i++) {
    const raw = segments[i] ?? '';
    const head = stripConnectors(raw);
    if (!head) continue;
    let reading: Stated | null | 'order' = null;
    if (HEAD_REVOKE.test(head) || TAIL_REVOKE.test(head)) reading = 'RECON_REVOKED';
    else if (HEAD_ALTER.test(head) || TAIL_ALTER.test(head)) reading = 'RECON_ALTERED';
    else if (HEAD_CONFIRM.test(head)) {
      const result = /无效|不合法|违法/.exec(segments.slice(i, i + 4).join(','));
      reading = result ? (result[0] === '无效' ? 'RECON_CONFIRMED_VOID' : 'RECON_CONFIRMED_ILLEGAL') : null;
    } else if (HEAD_UPHOLD.test(head) || TAIL_UPHOLD.test(head)) reading = 'RECON_UPHELD';
    else if (HEAD_REJECT.test(head)) reading = readReject(head);
    else if (NOT_ACCEPTED.test(head)) reading = 'RECON_NOT_ACCEPTED';
    else if (HEAD_ORDER.test(head)) reading = 'order';

    if (reading === 'order') {
      flush(false);
      order = [head];
    } else if (reading) {
      flush(true);
      stated.push(reading);
    } else if (order) {
      order.push(head);
    }
    if (QUOTE.test(raw)) break;
  }
  flush(false);
  return { stated, mediation: false };
}

const RANK: ReadonlyMap<ReconsiderationOutcome, number> = new Map(RECONSIDERATION_PRECEDENCE.map((c, i) => [c, i]));

/**
 * The outcomes of a reconsideration decision's operative part (or of the whole decision: the part after the last
 * 决定如下：/ 决定： is read; costs and 如不服本决定… paragraphs are ignored).
 *
 * Combinations (行政复议法 2023): an order to act again (责令…重新作出) next to a revocation is part of it (第六十四条);
 * alone it is an order to perform (第六十六条). Compensation, return of property and remedial measures (第七十二条) go
 * with a correction and decide nothing alone; 驳回行政赔偿请求 next to another outcome is accessory, alone it rejects
 * the claim. In a mediation statement the agreed terms that follow are not decisions.
 *
 * @example
 * classifyReconsideration('本机关决定：撤销被申请人作出的某罚〔2026〕3号行政处罚决定，责令被申请人在三十日内重新作出。')
 * // → { categories: ['RECON_REVOKED'], primary: 'RECON_REVOKED', governmentLost: true, evidence: [...] }
 */
export function classifyReconsideration(text: string): ReconsiderationResult {
  const half = toHalfWidth(text);
  let start = 0;
  for (const m of half.matchAll(HEADING)) start = m.index + m[0].length;
  const clauses = operativeClauses(text.slice(start));

  const findings: Finding[] = [];
  let mediationAt = -1;
  for (const clause of clauses) {
    if (mediationAt >= 0) break; // agreed terms of a mediation statement
    const read = readClause(clause.norm);
    for (const s of read.stated) findings.push({ stated: s, clause: clause.index });
    if (read.mediation) mediationAt = clause.index;
  }

  const outcomes = findings.filter((f): f is Finding & { stated: ReconsiderationOutcome } =>
    RANK.has(f.stated as never),
  );
  const revoked = outcomes.some((f) => f.stated === 'RECON_REVOKED');
  const kept: Finding[] = [...outcomes];
  for (const f of findings) {
    if (f.stated === 'redo' && !revoked) kept.push({ stated: 'RECON_ORDERED_TO_PERFORM', clause: f.clause });
    if (f.stated === 'reject-compensation' && outcomes.length === 0) {
      kept.push({ stated: 'RECON_CLAIM_REJECTED', clause: f.clause });
    }
  }
  if (kept.length === 0) return { categories: ['UNKNOWN'], primary: 'UNKNOWN', governmentLost: null, evidence: [] };
  kept.sort((a, b) => a.clause - b.clause);

  const categories = [...new Set(kept.map((f) => f.stated as ReconsiderationOutcome))];
  const primary = categories.reduce((a, b) => ((RANK.get(b) ?? 99) < (RANK.get(a) ?? 99) ? b : a));
  // Every clause that stated something decides, accessory ones (重作、赔偿) included.
  const evidenceAt = new Set(findings.map((f) => f.clause));
  const evidence = clauses.filter((c) => evidenceAt.has(c.index)).map((c) => c.text);
  return { categories, primary, governmentLost: reconsiderationCorrected(primary), evidence };
}
