import { parseCaseNumber } from './parseCaseNumber.js';
import type { ParseCaseNumberOptions, ValidCaseNumber } from './types.js';

export interface FoundCaseNumber {
  /** The number as it stands in the text. */
  readonly text: string;
  /** Offset of `text` in the searched text (UTF-16 code units). */
  readonly index: number;
  readonly result: ValidCaseNumber;
}

/**
 * A year in brackets (the closing bracket required, the opening one optional), then up to 30 characters that are not
 * punctuation or a line break, then the first 号. Candidates are confirmed by {@link parseCaseNumber}.
 */
const CANDIDATE_RE =
  /(?<![0-9０-９])[（(〔[［【]?[ \t\u3000]*[0-9０-９]{4}[ \t\u3000]*年?[ \t\u3000]*[）)〕\]］】][^\r\n，。；：、,;:（）()〔〕[\]［］【】《》“”"‘’']{1,30}?[号號]/g;

/**
 * Finds every valid case number in running text, in order. Masked or otherwise invalid numbers are skipped; a number
 * must end with 号 to be found (parseCaseNumber alone also accepts it without).
 *
 * @example
 * findCaseNumbers('不服江苏省南京市玄武区人民法院（2023）苏0102行初123号行政判决')
 * // [{ text: '（2023）苏0102行初123号', index: 15, result: { valid: true, … } }]
 */
export function findCaseNumbers(text: string, options?: ParseCaseNumberOptions): FoundCaseNumber[] {
  const found: FoundCaseNumber[] = [];
  const re = new RegExp(CANDIDATE_RE); // own lastIndex: safe under re-entrancy
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const result = parseCaseNumber(m[0], options);
    if (result.valid) found.push({ text: m[0], index: m.index, result });
    else re.lastIndex = m.index + 1;
  }
  return found;
}
