/**
 * Splitting the operative part of a judgment (判决主文) into clauses, and recognising the paragraphs that are
 * not outcomes (costs 诉讼费用负担, appeal rights 上诉权利告知, effectiveness notices).
 */

/** One clause of the operative part. */
export interface Clause {
  /** Position among the operative clauses, from 0. */
  readonly index: number;
  /** Verbatim from the input, trimmed, without its item number (一、 （二） 3.) and without the separator. */
  readonly text: string;
  /** The same clause in half-width characters with all whitespace removed: what the rules match. */
  readonly norm: string;
}

/** What a clause is, before any outcome rule looks at it. */
export type ClauseKind = 'operative' | 'costs' | 'notice' | 'appeal-rights';

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const IDEOGRAPHIC_SPACE = /\u3000/g;

/**
 * Full-width ASCII (ＡＢＣ１２３，；：（）) to half-width, ideographic space to space. Keeps the length, so an index
 * into the result is an index into the input.
 */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(IDEOGRAPHIC_SPACE, ' ');
}

/** The heading that introduces the operative part; the last one wins (an appeal judgment quotes the first instance). */
const OPERATIVE_HEADING = /(?:判决|裁定|决定)如下[:]?/g;

/**
 * Clause separators: 。；; line breaks; a half-width full stop that is not a decimal point; a colon or spaces
 * followed by an item number (判决如下：一、…).
 */
const SEPARATOR =
  /[。;\r\n\uFF61]|(?<!\d)\.(?!\d)|:(?=\s{0,8}(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)))|[ \t]{1,8}(?=[一二三四五六七八九十]{1,3}、)/g;

/** Item numbers at the start of a clause: 一、 二. （三） (4) 5、 6. 第七项 */
const ITEM_NUMBER =
  /^(?:[一二三四五六七八九十]{1,3}[、.,]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[、.](?!\d)|第[一二三四五六七八九十]{1,3}项[、.,:]?)/;

/**
 * The clauses of the operative part of `text`, in order. Text before the last 判决如下/裁定如下/决定如下 is
 * dropped; everything else is kept, including costs and notices (see `clauseKind`).
 */
export function splitClauses(text: string): Clause[] {
  const half = toHalfWidth(text);
  let start = 0;
  for (const m of half.matchAll(OPERATIVE_HEADING)) start = m.index + m[0].length;

  const clauses: Clause[] = [];
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(half[s]!)) s++;
    while (e > s && /\s/.test(half[e - 1]!)) e--;
    const item = ITEM_NUMBER.exec(half.slice(s, e));
    if (item) {
      s += item[0].length;
      while (s < e && /\s/.test(half[s]!)) s++;
    }
    if (s >= e) return;
    clauses.push({ index: clauses.length, text: text.slice(s, e), norm: half.slice(s, e).replace(/\s+/g, '') });
  };

  let from = start;
  for (const m of half.slice(start).matchAll(SEPARATOR)) {
    const at = start + m.index;
    push(from, at);
    from = at + m[0].length;
  }
  push(from, half.length);
  return clauses;
}

const COSTS = /受理费|诉讼费|申请费|鉴定费|公告费|案件费/;
const APPEAL_RIGHTS =
  /如[^,。;]{0,30}不服|不服本(?:判决|裁定|决定)|上诉于|递交上诉状|(?:可以?|有权)(?:在|自|于)[^。;]{0,80}?(?:提起上诉|上诉|提起行政诉讼|申请再审)/;
/** A clause that opens with an outcome verb is operative, whatever notice follows it. */
const OPERATIVE_START = /^(?:准许|准予|驳回|撤销|维持|变更|确认|责令|发回|指令)/;
const NOTICE =
  /为终审(?:判决|裁定)|(?:发生|具有)法律效力|^逾期|^再审期间|中止(?:原|本院|原审)?[^,]{0,40}?(?:判决|裁定)?的?执行$/;

/**
 * What a clause is. `appeal-rights` (如不服本判决…上诉于…) ends the operative part: it and everything after it
 * (deposit notices such as 逾期不交纳的按自动撤回上诉处理, signatures) are not outcomes.
 */
export function clauseKind(norm: string): ClauseKind {
  if (APPEAL_RIGHTS.test(norm)) return 'appeal-rights';
  if (COSTS.test(norm)) return 'costs';
  // 准许上诉人撤回上诉，一审判决自本裁定书送达之日起发生法律效力: the notice follows an outcome in the same clause.
  if (NOTICE.test(norm) && !OPERATIVE_START.test(norm)) return 'notice';
  return 'operative';
}

/** The clauses that can state an outcome: operative ones before the appeal-rights paragraph. */
export function operativeClauses(text: string): Clause[] {
  const out: Clause[] = [];
  for (const clause of splitClauses(text)) {
    const kind = clauseKind(clause.norm);
    if (kind === 'appeal-rights') break;
    if (kind === 'operative') out.push(clause);
  }
  return out;
}
