/**
 * Anonymising a typical case (docs/rules/suggestions.md#typical-cases, docs/rules/personal-data.md#masking): natural
 * persons' names masked as the case list masks them (`maskName`), wherever they appear in the text; ID numbers and
 * mobile numbers written into the text masked too. Organisations keep their names.
 */
import { maskIdNumber, maskName, maskPhone } from '../../platform/auth/masking.js';

export interface SourceParty {
  side: string;
  partyType: string;
  name: string;
}

const ID_NUMBER = /\b\d{17}[\dXx]\b/g;
const MOBILE = /\b1[3-9]\d{9}\b/g;

/** The parties as the library shows them: persons masked. */
export function anonymousParties(parties: readonly SourceParty[]) {
  return parties.map((p) => ({ side: p.side, name: p.partyType === 'person' ? (maskName(p.name) ?? '') : p.name }));
}

/** `text` with every person's full name masked (longest first, so 欧阳娜娜 is masked before 欧阳), IDs and mobiles masked. */
export function anonymiseText(text: string, parties: readonly SourceParty[]): string {
  const names = [...new Set(parties.filter((p) => p.partyType === 'person' && p.name.length >= 2).map((p) => p.name))];
  names.sort((a, b) => b.length - a.length);
  let out = text;
  for (const n of names) out = out.split(n).join(maskName(n) ?? '');
  return out.replace(ID_NUMBER, (m) => maskIdNumber(m) ?? '').replace(MOBILE, (m) => maskPhone(m) ?? '');
}
