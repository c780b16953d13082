/**
 * Clause rules: which outcome(s) one clause of an operative part states.
 *
 * A clause is cut into segments at commas and colons. Each segment starts with a head verb
 * (after connectors such as 判决、并、同时、本院): 撤销 / 变更 / 确认 / 驳回 / 维持 / 责令 / a party as subject…
 * A segment without a head verb continues the one before it. Verbs count only at the head, so 撤销 inside
 * "驳回原告要求撤销…的诉讼请求" or 确认 inside "…确认…违法的请求" is not read as an outcome.
 * All patterns are precompiled and linear (bounded negated classes, no nested quantifiers).
 */
import type { OutcomeCategory } from './categories.js';
import type { Clause } from './clauses.js';

/** One outcome stated by one clause. */
export interface Finding {
  readonly category: OutcomeCategory;
  readonly clause: Clause;
  /** The effective result is decided by another instance (appeal or retrial); see `classifyOutcome`. */
  readonly dependent?: boolean;
  /** An order to act again (重新作出): part of a revocation (art. 70) when the text also revokes. */
  readonly redo?: boolean;
  /**
   * 维持 of a named judgment (维持某市中级人民法院…行政判决): next to a reversal (a retrial revoking the appeal judgment
   * and upholding the first instance) it is part of the reversal, not a dismissed appeal.
   */
  readonly upholds?: boolean;
}

/** What one clause says. */
export interface ClauseAnalysis {
  readonly findings: Finding[];
  /** 维持原判决第X项: part of the effective result is stated only in another instance's judgment. */
  readonly partialAffirmance: boolean;
  /** The clause opens or belongs to a mediation agreement (调解书 / 自愿达成如下协议). */
  readonly mediation: boolean;
  /** The clause permits a first-instance or reconsideration withdrawal (准许撤诉 / 准予撤回复议申请 / 和解). */
  readonly withdrawal: boolean;
}

// ---- patterns -------------------------------------------------------------------------------------------

/** Commas and colons, but not the thousands separator in 356,000元. */
const SEGMENT_SPLIT = /:|(?<!\d),|,(?!\d)/;
const CONNECTOR = /^(?:判决|裁定|决定|改判|依法|并且|并|同时|另|且|但是|但|本院|本机关|本府|遂)/;
/**
 * The court as the subject of a report or news sentence (法院判决…, 某市中级人民法院经审理后判决…, 二审法院判令…): the
 * court, what it did, then the outcome. Not a court named as an object (撤销某区人民法院…判决, 由某法院立案受理).
 */
const COURT_INTRO =
  /^([^,]{0,30}?)(?:人民法院|法院|法庭)(?:经审理后?|审理后|经审查|依法|一审|二审|终审|再审|最终|遂|当庭)*(判决|裁定|认定)?/;
/** The same without the court named: 一审判决…, 二审裁定…. */
const STAGE_INTRO = /^(?:一审|二审|再审|终审)(?:判决|裁定)(?!书|认定|第)/;
const NOT_A_SUBJECT = /撤销|驳回|维持|变更|确认|责令|指令|发回|准许|准予|由|向|对|与|不服|诉|经/;
/** Narrative perfective (法院判决撤销了…): the same outcome as 撤销. */
const PERFECTIVE = /^(撤销|驳回|确认|变更|维持)了/;
/** The head verbs: a segment that opens with one starts a new outcome. */
const HEAD_VERB = /^(?:部分)?(?:撤销|变更|确认|驳回|维持|责令|判令|责成)/;

const HEAD_REVOKE = /^(?:部分)?撤销(?!了)/;
const HEAD_ALTER = /^变更(?!诉讼请求)/;
const HEAD_ALTER_BA = /^将[^,]*?(?:变更|改)为/;
const HEAD_CONFIRM = /^确认/;
const HEAD_REJECT = /^驳回/;
const HEAD_MAINTAIN = /^维持/;
const HEAD_ORDER = /^(?:责令|判令|责成|限令|限|由(?:原审)?(?:被告|被申请人|被上诉人|上诉人))/;
const HEAD_SUBJECT = /^(?:原审)?(?:被告|被申请人|被上诉人|上诉人|再审被申请人|再审申请人)/;
/** An agency named as the subject of an order without 被告 (某县人民政府于…赔偿原告…). */
const AGENCY_SUBJECT =
  /^[^,]{1,30}?(?:人民政府|政府|局|委员会|管委会|办事处|街道办|大队|支队|分局|中心|厅|署)(?:应当?|须|于|在|自|向|对|为|继续|赔偿|支付|给付|返还|退还|补发|发放|履行|重新)/;
/** An act declared unlawful or void as the end of a sentence (…强制拆除的行为违法), without 确认. */
const ILLEGAL_TAIL =
  /(?:行为|决定|处罚|通知|答复|不作为|程序|协议|登记|批复|公告|许可|拆除|强拆|征收|认定|裁决)(?:均|亦|也)?(违法|无效|不合法)$/;

/** A court's own judgment, ruling or mediation statement as the object of 撤销/变更/维持. */
const COURT_DOC =
  /人民法院|法院|本院|原判|(?:原审|原|一审|二审|再审|行政)(?:判决|裁定)|行(?:初|终|再|申|赔初|赔终)\d|调解书/;
/** An agency act as the object of 撤销. */
const ACT = /决定|行为|通知|批复|答复|登记|证|告知|认定|意见|协议|裁决|公告|命令|许可|处罚|处理/;
const OBJECT_PARTS = /以及|及|和|与|、/;
const ITEM_OF = /第[一二三四五六七八九十\d]{1,4}项/;

/** Object of 驳回: the first of these nouns decides what was dismissed. */
const REJECT_OBJECT =
  /^驳回.*?(再审申请(?!人)|(?:行政)?复议申请(?!人)|(?:行政)?复议请求|诉讼请求|起诉(?!人|状)|上诉(?!人|状)|请求|申请(?!人|书))/;

const CONFIRM_RESULT = /无效|不合法|违法/;

const REVOKED_TAIL = /(?<!不)予以撤销/;
const ALTERED_TAIL = /(?<!不)予以变更/;
const NOT_ACCEPTED = /^不予(?:受理|立案)|不予(?:受理|立案)$/;
const TERMINATED =
  /终结(?:本案的?)?(?:诉讼|审查|再审程序|执行)|终止(?:本案的?)?(?:行政复议|复议|审理|诉讼)|本案(?:诉讼)?(?:终结|终止)$/;
const RETRIAL_ORDERED = /指令[^,]{0,60}?再审|(?:提审|再审)(?:本案)?$/;
/** 发回重审, and a lower court ordered to hear or accept a case it refused (指令…受理本案 / 由…法院立案受理). */
const REMANDED =
  /发回[^,]{0,60}?重(?:审|新审理)|指令[^,]{0,60}?(?:继续审理|依法立案|立案|受理|审理)(?:本案|此案|该案)?$|由[^,]{0,40}?法院(?:依法)?(?:继续审理|立案受理|立案|受理|审理)$/;

const DEADLINE =
  /生效(?:之日)?(?:起|后)|[\d一二三四五六七八九十百两]{1,6}个?(?:工作日|日|天|月)内|限期|期限内|[\d〇零一二三四五六七八九]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日前/;
const NARRATIVE = /了|已经|已/;

const AGREEMENT = /协议|合同/;
const AGREEMENT_REMEDY = /履行|补救|赔偿|补偿|支付|给付|返还|退还/;
const CONTINUE_PERFORMANCE = /继续履行/;
const REDO = /重新(?:作出|处理|答复|审查|认定|调查|核定|核查|审批|办理|进行)/;
/** 赔偿 (行政诉讼法第七十六条), and a loss (损失) paid for, unless it is a 补偿 of a lawful act (art. 73, 78). */
const COMPENSATION = /赔偿(?!决定|申请|请求|问题)/;
const LOSS = /损失/;
const INDEMNITY = /补偿/;
const REMEDIAL = /补救/;
const PAY =
  /支付|给付|发放|补发|退还|返还|兑现|补偿(?:原告|上诉人|申请人|给)|给予[^,]{0,60}?(?:补助|补贴|待遇|补偿|抚恤|救助|奖励|费)/;
/** 履行…职责 names the order for what it is, even without a deadline. */
const PERFORM_DUTY = /履行[^,]{0,60}?职责/;
/** 应/须 after the subject: an order (被告应于…, 被告须…). */
const OBLIGATION =
  /^[^,]{0,40}?(?:应当?|须|必须)(?:依法)?(?:于|在|自|向|对|为|履行|支付|给付|作出|重新|赔偿|返还|退还|补发|发放|继续)/;
const PERFORM =
  /履行|答复|作出|处理|公开|受理|颁发|核发|登记|办理|审查|调查|查处|核查|认定|出具|告知|审批|批复|送达|复查|回复/;

const PERMIT = /准许|准予|同意/;
const WITHDRAW = /撤回|撤诉/;
const DEEMED_WITHDRAWN = /按[^,]{0,40}?(?:撤诉|撤回[^,]{0,20}?)处理/;
const WITHDRAW_APPEAL = /撤回[^,]{0,40}?上诉(?!人|状)/;
const WITHDRAW_RETRIAL = /撤回[^,]{0,40}?再审申请/;
const SETTLEMENT = /达成和解|和解协议|自愿和解/;
const MEDIATION = /调解书|主持(?:下)?调解|经调解|调解协议|达成(?:如下)?(?:调解)?协议|自愿达成/;

/** The agency changed its act: 改变、撤销、变更、履行职责、补救、补偿 (撤诉规定 arts. 3–4). */
const CHANGE_VERB =
  /(?:已|已经|业已)[^;。]{0,80}?(?:改变|撤销|变更|纠正|作出|处理|答复|公开|履行|补偿|补救|收回)|(?:改变|撤销|变更|纠正|重新作出|履行|补偿|收回)了|改变(?:了)?(?:被诉|原|其所作|所作)|因被告改变/;
const AGENCY = /被告|被申请人|被上诉人|行政机关|被诉/;

/**
 * Whether a clause says the agency changed the challenged act (撤诉规定 arts. 3–4). Only read in a text that permits
 * a withdrawal, where it turns WITHDRAWN into WITHDRAWN_AFTER_CHANGE.
 */
export function isChangeNarrative(norm: string): boolean {
  return AGENCY.test(norm) && CHANGE_VERB.test(norm);
}

// ---- clause analysis ------------------------------------------------------------------------------------

type Mode = 'none' | 'act' | 'order';

interface Head {
  readonly text: string;
  readonly reversed: boolean;
  /** The segment opened with the court as subject (法院判决…). */
  readonly court: boolean;
}

/** Length of a court-as-subject opening (see COURT_INTRO), 0 if none. */
function courtIntro(text: string): number {
  if (!text.includes('法') && !text.includes('审')) return 0; // most segments: no regex at all
  const stage = STAGE_INTRO.exec(text);
  if (stage) return stage[0].length;
  const m = COURT_INTRO.exec(text);
  if (!m || NOT_A_SUBJECT.test(m[1]!)) return 0;
  if (m[2]) return m[0].length;
  return text.startsWith('判令', m[0].length) || text.startsWith('改判', m[0].length) ? m[0].length : 0;
}

function stripConnectors(segment: string): Head {
  let text = segment;
  let reversed = false;
  let court = false;
  for (;;) {
    const m = CONNECTOR.exec(text);
    if (m) {
      if (m[0] === '改判') reversed = true;
      text = text.slice(m[0].length);
      continue;
    }
    const intro = courtIntro(text);
    if (intro === 0) break;
    court = true;
    text = text.slice(intro);
  }
  if (court) text = text.replace(PERFECTIVE, '$1');
  return { text, reversed, court };
}

type Stated = { readonly category: OutcomeCategory; readonly dependent?: boolean; readonly upholds?: boolean };

/**
 * What a segment's head says:
 * - `act`: an outcome on an act or a court document (撤销/变更/确认/驳回/维持); following segments without a head
 *   belong to it;
 * - `order`: the start of an order (责令… / 被告于…日内…), whose text runs until the next head;
 * - `marker`: a procedural outcome that does not open a span (不予立案, 终结, 再审, 发回重审);
 * - `none`: no head verb — continues the segment before.
 */
interface HeadReading {
  readonly kind: 'act' | 'order' | 'marker' | 'none';
  readonly stated: readonly Stated[];
  readonly partialAffirmance?: boolean;
  /** For `order`: the text that opens the order. */
  readonly order?: string;
}

const NONE: HeadReading = { kind: 'none', stated: [] };
const act = (...stated: Stated[]): HeadReading => ({ kind: 'act', stated });
const marker = (...stated: Stated[]): HeadReading => ({ kind: 'marker', stated });

function readRevoke(object: string): HeadReading {
  if (!COURT_DOC.test(object)) return act({ category: 'REVOKED' });
  // 撤销…人民法院…判决 sets aside a judgment (REVERSED); 撤销…判决及被告…决定 also revokes the act.
  const stated: Stated[] = [];
  let revokesAct = false;
  for (const part of object.split(OBJECT_PARTS)) {
    if (COURT_DOC.test(part)) stated.push({ category: 'REVERSED' });
    else if (ACT.test(part)) revokesAct = true;
  }
  if (revokesAct) stated.push({ category: 'REVOKED' });
  return act(...stated);
}

function readAlter(head: string, rest: readonly string[]): HeadReading {
  const wei = head.lastIndexOf('为');
  const object = wei >= 0 ? head.slice(0, wei) : head;
  if (!COURT_DOC.test(object)) return act({ category: 'ALTERED' });
  // 变更原判决第二项为…: the appellate court's own judgment on the act may follow 为.
  const after = wei >= 0 ? stripConnectors(head.slice(wei + 1)).text : '';
  const inner = after ? readHead(after, rest) : NONE;
  const stated = [{ category: 'REVERSED' as const }, ...inner.stated];
  return inner.kind === 'order' ? { ...inner, stated } : act(...stated);
}

function readReject(head: string): HeadReading {
  const object = REJECT_OBJECT.exec(head)?.[1];
  if (!object) return act();
  if (object.startsWith('再审申请')) return act({ category: 'RETRIAL_APPLICATION_DISMISSED', dependent: true });
  if (object.endsWith('复议申请') || object.startsWith('起诉')) return act({ category: 'SUIT_DISMISSED' });
  if (object.startsWith('上诉')) return act({ category: 'APPEAL_DISMISSED', dependent: true });
  if (object.endsWith('请求')) return act({ category: 'CLAIMS_REJECTED' });
  return act();
}

function readMaintain(object: string): HeadReading {
  if (!COURT_DOC.test(object)) return act({ category: 'CLAIMS_REJECTED' }); // 复议维持 / 判决维持
  if (ITEM_OF.test(object)) return { kind: 'act', stated: [], partialAffirmance: true };
  const named = !/^(?:原判|原审判决|原判决|一审判决)/.test(object);
  return act({ category: 'APPEAL_DISMISSED', dependent: true, ...(named ? { upholds: true } : {}) });
}

/**
 * Reads one segment head (connectors already stripped); `rest` are the segments of the clause up to the next head
 * verb (确认… may name its result, 违法/无效, at the end of a long sentence). `narrative`: the clause has the court as
 * subject (法院判决…), so an act called unlawful is the court's finding.
 */
function readHead(head: string, rest: readonly string[], narrative = false): HeadReading {
  if (HEAD_REVOKE.test(head)) return readRevoke(head.replace(HEAD_REVOKE, ''));
  if (HEAD_ALTER.test(head) || HEAD_ALTER_BA.test(head)) return readAlter(head, rest);
  if (HEAD_CONFIRM.test(head)) {
    const result = CONFIRM_RESULT.exec([head, ...rest].join(','));
    if (!result) return act();
    return act({ category: result[0] === '无效' ? 'CONFIRMED_VOID' : 'CONFIRMED_ILLEGAL' });
  }
  if (HEAD_REJECT.test(head)) return readReject(head);
  if (HEAD_MAINTAIN.test(head)) return readMaintain(head.replace(HEAD_MAINTAIN, ''));
  if (REVOKED_TAIL.test(head)) return act({ category: 'REVOKED' });
  if (ALTERED_TAIL.test(head)) return act({ category: 'ALTERED' });
  if (NOT_ACCEPTED.test(head)) return marker({ category: 'NOT_ACCEPTED' });
  if (TERMINATED.test(head)) return marker({ category: 'TERMINATED' });
  if (RETRIAL_ORDERED.test(head)) return marker({ category: 'RETRIAL_ORDERED', dependent: true });
  if (REMANDED.test(head)) return marker({ category: 'REMANDED', dependent: true });
  const tail = narrative || HEAD_SUBJECT.test(head) ? ILLEGAL_TAIL.exec(head) : null;
  if (tail) return act({ category: tail[1] === '无效' ? 'CONFIRMED_VOID' : 'CONFIRMED_ILLEGAL' });
  if (HEAD_ORDER.test(head) || HEAD_SUBJECT.test(head) || AGENCY_SUBJECT.test(head)) {
    return { kind: 'order', stated: [], order: head };
  }
  return NONE;
}

/**
 * The outcomes of an order run (责令被告… / 被告于本判决生效之日起…), or [] if it orders nothing recognisable. A duty
 * to pay (被告应履行支付…的职责) is both performance (art. 72) and payment (art. 73).
 */
function orderCategories(run: string): { category: OutcomeCategory; redo?: boolean }[] {
  if (CONTINUE_PERFORMANCE.test(run) || (AGREEMENT.test(run) && AGREEMENT_REMEDY.test(run))) {
    return [{ category: 'AGREEMENT_REMEDY' }];
  }
  if (REDO.test(run)) return [{ category: 'ORDERED_TO_PERFORM', redo: true }];
  if (COMPENSATION.test(run) || REMEDIAL.test(run) || (LOSS.test(run) && !INDEMNITY.test(run))) {
    return [{ category: 'COMPENSATION_ORDERED' }];
  }
  if (PAY.test(run)) {
    const pay = { category: 'ORDERED_TO_PAY' as const };
    return PERFORM_DUTY.test(run) ? [{ category: 'ORDERED_TO_PERFORM' }, pay] : [pay];
  }
  if (PERFORM.test(run)) return [{ category: 'ORDERED_TO_PERFORM' }];
  return [];
}

function withdrawalFinding(clause: Clause): Finding {
  const n = clause.norm;
  if (WITHDRAW_APPEAL.test(n) || WITHDRAW_RETRIAL.test(n)) return { category: 'WITHDRAWN', clause, dependent: true };
  return { category: 'WITHDRAWN', clause };
}

/** The segments after `i` up to the next one opening with a head verb (at most 12: patterns stay linear). */
function restOf(heads: readonly Head[], i: number): string[] {
  const rest: string[] = [];
  for (let j = i + 1; j < heads.length && rest.length < 12; j++) {
    const text = heads[j]!.text;
    if (HEAD_VERB.test(text)) break;
    rest.push(text);
  }
  return rest;
}

/** The outcomes one operative clause states. */
export function analyzeClause(clause: Clause): ClauseAnalysis {
  const n = clause.norm;
  const findings: Finding[] = [];
  const add = (category: OutcomeCategory, extra?: { dependent?: boolean; redo?: boolean; upholds?: boolean }) =>
    findings.push({ category, clause, ...extra });

  // Withdrawals and settlements: the rest of such a clause is the reason (被告已撤销…), never an outcome.
  if (SETTLEMENT.test(n) || DEEMED_WITHDRAWN.test(n) || (PERMIT.test(n) && WITHDRAW.test(n))) {
    // 撤销一审判决，准许…撤回起诉 (a withdrawal of the suit on appeal or retrial sets the judgments aside).
    for (const segment of n.split(SEGMENT_SPLIT)) {
      const head = stripConnectors(segment).text;
      if (HEAD_REVOKE.test(head) && COURT_DOC.test(head)) {
        add('REVERSED');
        break;
      }
    }
    const finding = withdrawalFinding(clause);
    findings.push(finding);
    return { findings, partialAffirmance: false, mediation: false, withdrawal: !finding.dependent };
  }
  if (WITHDRAW.test(n)) {
    // 申请人撤回行政复议申请…决定终止行政复议 (行政复议法 art. 41(1)); otherwise only the reason for a withdrawal.
    if (!TERMINATED.test(n)) return { findings, partialAffirmance: false, mediation: false, withdrawal: false };
    const finding = withdrawalFinding(clause);
    findings.push(finding, { category: 'TERMINATED', clause });
    return { findings, partialAffirmance: false, mediation: false, withdrawal: !finding.dependent };
  }

  const segments = n.split(SEGMENT_SPLIT);
  const firstHead = stripConnectors(segments[0] ?? '').text;
  if (MEDIATION.test(n) && !HEAD_REVOKE.test(firstHead) && !HEAD_REJECT.test(firstHead)) {
    add('MEDIATED');
    return { findings, partialAffirmance: false, mediation: true, withdrawal: false };
  }

  let partialAffirmance = false;
  let mode: Mode = 'none';
  let run: string[] = [];
  /**
   * Ends the current order. An order opened only by its subject (被告某某局…) and without a deadline is weaker
   * evidence: it counts only for payment, compensation or agreement verbs, never when it is the narrative 被告已…了,
   * and never when an act verb follows in the same clause (被告…作出的…决定，变更为警告 names the object).
   */
  const flush = (beforeAct = false) => {
    const text = run.join(',');
    const opener = run[0] ?? '';
    run = [];
    if (!text) return;
    const explicit =
      HEAD_ORDER.test(opener) || OBLIGATION.test(opener) || DEADLINE.test(text) || PERFORM_DUTY.test(text);
    if (!explicit && (beforeAct || NARRATIVE.test(opener))) return;
    for (const order of orderCategories(text)) {
      if (!explicit && order.category === 'ORDERED_TO_PERFORM') continue;
      add(order.category, order.redo ? { redo: true } : undefined);
    }
  };
  let narrative = false;

  const heads = segments.map(stripConnectors);
  heads.forEach((head, i) => {
    narrative ||= head.court;
    if (head.reversed) {
      flush();
      mode = 'act';
      add('REVERSED');
    }
    if (!head.text) return;
    const reading = readHead(head.text, restOf(heads, i), narrative);
    if (reading.kind === 'act' || reading.kind === 'order') {
      flush(reading.kind === 'act');
      mode = reading.kind;
    }
    for (const st of reading.stated) {
      add(st.category, { ...(st.dependent ? { dependent: true } : {}), ...(st.upholds ? { upholds: true } : {}) });
    }
    partialAffirmance ||= reading.partialAffirmance === true;
    if (reading.kind === 'order') run = [reading.order ?? head.text];
    else if (reading.kind === 'none' && mode === 'order') run.push(head.text);
    else if (reading.kind === 'none' && mode === 'none' && DEADLINE.test(head.text)) {
      mode = 'order';
      run = [head.text];
    }
  });
  flush();
  return { findings, partialAffirmance, mediation: false, withdrawal: false };
}
