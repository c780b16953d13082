import { courtCodes } from './courtCodes.js';
import divisionsJson from './divisions.json' with { type: 'json' };
import { provinces } from './provinces.js';
import type { CaseNumberCourt, CourtLevel, ParseCaseNumberOptions } from './types.js';

const divisions: Readonly<Record<string, string>> = divisionsJson;

const SUPREME: CaseNumberCourt = Object.freeze({
  code: '最高法',
  level: 'supreme',
  province: null,
  name: '最高人民法院',
});
const ORDINALS = ['', '第一', '第二', '第三', '第四', '第五'];
/** Intermediate courts of the municipalities (京01 北京市第一中级人民法院 …). */
const MUNICIPAL_INTERMEDIATE: Readonly<Record<string, number>> = { 京: 4, 津: 3, 沪: 3, 渝: 5 };

type Extra = NonNullable<ParseCaseNumberOptions['courts']>[string];

/**
 * Level of a current-format court code from its shape (SPC rules on case numbers, 法院代字):
 * abbreviation alone → high; + 2 digits 01–70 → intermediate (GB/T 2260 city tail), 71 railway, 72 maritime,
 * 73 IP, 74 financial → special; + 4 digits whose first two are 01–70 or 90 (省直辖县级) → basic, 71xx/86xx railway
 * → special. Anything else → unknown.
 */
function levelOf(digits: string): CourtLevel {
  if (digits.length === 0) return 'high';
  const head = Number(digits.slice(0, 2));
  if (digits.length === 2) {
    if (head >= 1 && head <= 70) return 'intermediate';
    return head >= 71 && head <= 74 ? 'special' : 'unknown';
  }
  if ((head >= 1 && head <= 70) || head === 90) return 'basic';
  return head === 71 || head === 86 ? 'special' : 'unknown';
}

/**
 * Court name derived from the GB/T 2260 division the digits name. A district (区) court carries its city's name
 * (苏0102 → 南京市玄武区人民法院, 京0105 → 北京市朝阳区人民法院); a county or county-level city court does not
 * (苏0322 → 沛县人民法院, 鄂9004 → 仙桃市人民法院), as the courts name themselves.
 */
function derivedName(abbr: string, digits: string, level: CourtLevel): string | null {
  const province = provinces.get(abbr);
  if (!province) return null;
  if (level === 'high') return province.highCourt;
  if (province.division === null) return null;
  if (level === 'intermediate') {
    const n = Number(digits);
    if (province.municipality)
      return n <= (MUNICIPAL_INTERMEDIATE[abbr] ?? 0) ? `${province.name}${ORDINALS[n]}中级人民法院` : null;
    const city = divisions[province.division + digits];
    return city ? `${city}中级人民法院` : null;
  }
  if (level !== 'basic') return null;
  const county = divisions[province.division + digits];
  if (!county) return null;
  if (!county.endsWith('区')) return `${county}人民法院`;
  const city = province.municipality ? province.name : divisions[province.division + digits.slice(0, 2)];
  return `${city ?? ''}${county}人民法院`;
}

function fromExtra(code: string, extra: Extra, level: CourtLevel, province: string | null): CaseNumberCourt {
  return typeof extra === 'string'
    ? { code, level, province, name: extra }
    : { code, level: extra.level ?? level, province, name: extra.name };
}

/** Resolved courts by code; capped so that a stream of made-up codes cannot grow it without bound. */
const cache = new Map<string, CaseNumberCourt>();
const CACHE_LIMIT = 20_000;

/** Court of a current-format code: `abbr` is a province abbreviation or 最高法, `digits` has 0, 2 or 4 digits. */
export function currentCourt(abbr: string, digits: string, extras?: ParseCaseNumberOptions['courts']): CaseNumberCourt {
  if (abbr === '最高法') return SUPREME;
  const code = abbr + digits;
  const extra = extras?.[code];
  if (extra !== undefined) return fromExtra(code, extra, levelOf(digits), provinces.get(abbr)?.name ?? null);
  let court = cache.get(code);
  if (court === undefined) {
    const known = courtCodes[code];
    const level = known?.level ?? levelOf(digits);
    const name = known?.name ?? derivedName(abbr, digits, level);
    court = Object.freeze({ code, level, province: provinces.get(abbr)?.name ?? null, name });
    if (cache.size < CACHE_LIMIT) cache.set(code, court);
  }
  return court;
}

/**
 * Court of a legacy (pre-2016) code. Legacy codes are free-form abbreviations (海, 鄂江岸, 京一中, 浙杭): only 最高法
 * and caller-supplied codes are named; the province is guessed from a leading province abbreviation when the code has
 * at least two characters (a lone 青 or 宁 was as often a district as a province).
 */
export function legacyCourt(code: string, extras?: ParseCaseNumberOptions['courts']): CaseNumberCourt {
  if (code === '最高法') return SUPREME;
  const province = code.length >= 2 ? (provinces.get(code[0]!)?.name ?? null) : null;
  const extra = extras?.[code];
  if (extra !== undefined) return fromExtra(code, extra, 'unknown', province);
  return { code, level: 'unknown', province, name: null };
}
