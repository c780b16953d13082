/**
 * The same plaintiff written differently across cases (docs/rules/risk.md#same-party): a clerk types 「张 三」, the court
 * list says 「张三」; 「ＡＢＣ科技有限责任公司」 in one complaint is 「ABC科技有限公司」 in the next. Related cases and the
 * repeat-plaintiff rule compare parties by these keys, never by the raw text.
 */

/** A party as the comparison sees it: its name and, when recorded, its ID number or 统一社会信用代码. */
export interface PartyIdentity {
  name: string;
  idNumber?: string | null;
}

// Punctuation and separators that do not tell two names apart (after NFKC, so full-width forms are already ASCII).
const NOISE = /[\s\p{P}\p{S}\u00b7\u2022\u30fb\u3000]/gu;

// Company forms written in more than one way: 公司法 (2023) 第7条 lets a company's name carry 有限责任公司 or 有限公司,
// 股份有限公司 or 股份公司 (docs/rules/risk.md#same-party); the two forms themselves stay apart.
const COMPANY_FORMS: readonly (readonly [RegExp, string])[] = [
  [/股份有限责任公司$/u, '股份有限公司'],
  [/股份公司$/u, '股份有限公司'],
  [/有限责任公司$/u, '有限公司'],
];

/**
 * A name reduced to what identifies it: NFKC (full-width letters, digits and brackets become half-width; the
 * ideographic space a space), no spaces or punctuation (「·」 in 买买提·艾力, brackets around a place name), Latin
 * letters upper-case, and the company form in one spelling (有限责任公司 → 有限公司, 股份公司 → 股份有限公司).
 */
export function normalizePartyName(name: string): string {
  let s = name.normalize('NFKC').replace(NOISE, '').toUpperCase();
  for (const [form, canonical] of COMPANY_FORMS) s = s.replace(form, canonical);
  return s;
}

const ID_18 = /^\d{17}[\dX]$/;
const ID_15 = /^\d{15}$/;
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/**
 * A recorded 居民身份证号码 (18 or 15 digits) or 统一社会信用代码 (18 characters, GB 32100), half-width and upper-case;
 * null when absent or not of either shape (a typo must not make two different people one, nor one person two).
 */
export function normalizeIdNumber(id: string | null | undefined): string | null {
  if (!id) return null;
  const s = id.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
  return ID_18.test(s) || ID_15.test(s) || CREDIT_CODE.test(s) ? s : null;
}

/**
 * Whether two parties are the same person or organisation: when both have a valid ID number it decides (the same
 * number is the same party whatever the spelling; different numbers are different parties of the same name);
 * otherwise the normalised names decide.
 */
export function sameParty(a: PartyIdentity, b: PartyIdentity): boolean {
  const ia = normalizeIdNumber(a.idNumber);
  const ib = normalizeIdNumber(b.idNumber);
  if (ia && ib) return ia === ib;
  const na = normalizePartyName(a.name);
  return na !== '' && na === normalizePartyName(b.name);
}

/**
 * Parties grouped into the same person or organisation, each group listed by input index. Those sharing a valid ID
 * number are one; a party without one joins the group of its normalised name when that name carries at most one ID
 * number among the parties given (with two, 「张三」 without a number could be either: it stays on its own with the
 * other unnumbered 「张三」s).
 */
export function groupParties(parties: readonly PartyIdentity[]): number[][] {
  const byId = new Map<string, number[]>();
  const unnumbered = new Map<string, number[]>();
  const idsOfName = new Map<string, Set<string>>();
  parties.forEach((p, i) => {
    const id = normalizeIdNumber(p.idNumber);
    const name = normalizePartyName(p.name);
    if (id) {
      byId.set(id, [...(byId.get(id) ?? []), i]);
      if (name) idsOfName.set(name, (idsOfName.get(name) ?? new Set()).add(id));
    } else if (name) {
      unnumbered.set(name, [...(unnumbered.get(name) ?? []), i]);
    }
  });
  for (const [name, members] of unnumbered) {
    const ids = idsOfName.get(name);
    if (ids?.size === 1) {
      const [id] = ids;
      byId.get(id!)!.push(...members);
      unnumbered.delete(name);
    }
  }
  return [...byId.values(), ...unnumbered.values()].map((g) => g.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}
