/**
 * The columns of the case import template (导入模板) and of the export, and how a messy cell becomes a value.
 *
 * Real ledgers are messy: the header is on row 3 under a merged title, columns are called 原告 or 申请人, dates are
 * Excel serials, Date cells or text (2024.3.5, 2024年3月5日, 2024/3/5, 20240305), numbers are stored as text, digits
 * are full-width. Every parser here returns either a value or a Chinese message naming what was wrong.
 */
import type { CellValue } from './xlsx/readRows.js';

export const COLUMN_KEYS = [
  'caseNumber',
  'kind',
  'court',
  'filedDate',
  'complaintReceivedDate',
  'answerDueDate',
  'causeOfAction',
  'contestedAct',
  'domain',
  'plaintiffs',
  'defendants',
  'thirdParties',
  'instance',
  'hearingHeld',
  'outcomeDate',
  'outcome',
  'closingManner',
  'appealed',
  'notes',
  'handler',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface ColumnDef {
  key: ColumnKey;
  /** The header of the template and the export (the name errors use). */
  header: string;
  /** Other headers seen in real ledgers and court lists. */
  synonyms: string[];
  width: number;
  /** Shown in the 填写说明 sheet. */
  help: string;
  example: string;
  /** Read and checked, never stored: not a column of the template or the export. */
  checkOnly?: boolean;
}

export const COLUMNS: readonly ColumnDef[] = [
  {
    key: 'caseNumber',
    header: '案号',
    synonyms: ['案件号', '立案案号', '案件编号（案号）'],
    width: 26,
    help: '必填。诉讼案件按法院案号填写，如（2024）苏0102行初123号；复议、争议案件填写机关编号。同一案号（同一案件类型）重复导入将更新原案件。',
    example: '（2024）苏9902行初101号',
  },
  {
    key: 'kind',
    header: '案件类型',
    synonyms: ['案件类别', '案件种类', '类型'],
    width: 14,
    help: '行政诉讼 / 行政复议 / 行政争议（诉前）；不填视为行政诉讼。',
    example: '行政诉讼',
  },
  {
    key: 'court',
    header: '受理法院/复议机关',
    synonyms: ['受理法院', '审理法院', '管辖法院', '法院', '复议机关', '受理机关', '受理法院（复议机关）'],
    width: 26,
    help: '机构全称或简称，须为系统中已登记的机构；诉讼案件不填时按案号中的法院代字确定。',
    example: '示例市城东区人民法院',
  },
  {
    key: 'filedDate',
    header: '立案日期',
    synonyms: ['立案时间', '受理日期', '受理时间'],
    width: 13,
    help: '日期，如 2024-03-05、2024/3/5、2024.3.5、2024年3月5日、20240305 或 Excel 日期。',
    example: '2024-09-10',
  },
  {
    key: 'complaintReceivedDate',
    header: '收到起诉状副本日期',
    synonyms: [
      '收到起诉状副本时间',
      '收到应诉通知日期',
      '收到应诉通知书日期',
      '收到起诉状日期',
      '收到复议申请书副本日期',
      '送达日期',
      // 应诉: the day the agency was served and had to answer (政府系统的“应诉日期”).
      '应诉日期',
      '应诉时间',
      '应诉通知日期',
    ],
    width: 18,
    help: '答辩期限自此日起算（行政诉讼法第67条）。',
    example: '2024-09-20',
  },
  {
    key: 'answerDueDate',
    header: '答辩截止日期',
    synonyms: ['答辩截止时间', '答辩期限', '答辩期满日期', '答辩截止日', '提交答辩状截止日期'],
    width: 14,
    help: '不导入：与按收到起诉状副本日期计算的答辩期限比对，不一致时提示。',
    example: '',
    checkOnly: true,
  },
  {
    key: 'causeOfAction',
    header: '案由',
    synonyms: [],
    width: 24,
    help: '如：城建行政管理-房屋拆迁管理。',
    example: '城建行政管理-房屋拆迁管理',
  },
  {
    key: 'contestedAct',
    header: '被诉行政行为',
    synonyms: ['被诉具体行政行为', '被诉行为', '被申请复议的行政行为', '行政行为'],
    width: 28,
    help: '被诉（被申请复议）的行政行为，如某决定书名称及文号。',
    example: '房屋征收补偿决定',
  },
  {
    key: 'domain',
    header: '行政管理领域',
    synonyms: ['管理领域', '行政管理范围', '领域'],
    width: 16,
    help: '从下拉列表中选择。',
    example: '征收拆迁',
  },
  {
    key: 'plaintiffs',
    header: '原告/申请人',
    synonyms: ['原告', '申请人', '原告（申请人）', '复议申请人', '起诉人'],
    width: 20,
    help: '多个当事人用顿号“、”分隔。',
    example: '王某明、李某',
  },
  {
    key: 'defendants',
    header: '被告/被申请人',
    synonyms: ['被告', '被申请人', '被告（被申请人）', '被告单位', '被诉机关', '被诉行政机关'],
    width: 26,
    help: '必填。须为系统中已登记的行政机关（全称或简称），在您的管辖范围内；多个用“、”分隔，第一个为第一被告。',
    example: '示例市城东区住房和城乡建设局',
  },
  {
    key: 'thirdParties',
    header: '第三人',
    synonyms: [],
    width: 16,
    help: '多个用“、”分隔。',
    example: '',
  },
  {
    key: 'instance',
    header: '审级',
    synonyms: ['审理程序', '审判程序'],
    width: 12,
    help: '不填时按案号确定（行初 → 一审，行终 → 二审 …）。',
    example: '一审',
  },
  {
    key: 'hearingHeld',
    header: '是否开庭',
    synonyms: ['开庭', '开庭审理'],
    width: 10,
    help: '是 / 否。',
    example: '是',
  },
  {
    key: 'outcomeDate',
    header: '结案日期',
    synonyms: ['结案时间', '审结日期', '裁判日期', '决定日期'],
    width: 13,
    help: '日期。',
    example: '',
  },
  {
    key: 'outcome',
    header: '裁判结果',
    // Not 结案方式: that is how a case ended (判决, 裁定, 撤诉, 调解), its own column below.
    synonyms: ['判决结果', '审理结果', '复议结果', '处理结果', '裁判结果（结案方式）'],
    width: 22,
    help: '从下拉列表中选择；是否败诉由裁判结果自动判断。',
    example: '',
  },
  {
    key: 'closingManner',
    header: '结案方式',
    synonyms: ['结案类型', '审结方式', '结案情况'],
    width: 12,
    help: '判决 / 裁定 / 撤诉 / 调解 / 决定 / 终止；撤诉、调解计入调撤（未填裁判结果时即作为裁判结果）。',
    example: '',
  },
  {
    key: 'appealed',
    header: '是否上诉',
    synonyms: ['上诉', '是否提起上诉'],
    width: 10,
    help: '是 / 否。',
    example: '',
  },
  { key: 'notes', header: '备注', synonyms: ['说明'], width: 30, help: '', example: '' },
  {
    key: 'handler',
    header: '承办人',
    synonyms: ['案件承办人', '承办人员', '承办人姓名'],
    width: 12,
    help: '填写系统中账号的姓名或登录名：本案被告机关的应诉专员，或所属县区、市的协调员；重名时填写登录名。',
    example: '',
  },
];

export const COLUMN_BY_KEY = new Map(COLUMNS.map((c) => [c.key, c]));
/** The columns of the template and the export (what an import stores). */
export const TEMPLATE_COLUMNS: readonly ColumnDef[] = COLUMNS.filter((c) => !c.checkOnly);
export const headerOf = (key: ColumnKey): string => COLUMN_BY_KEY.get(key)!.header;

// ---------------------------------------------------------------------------------------------------------------
// Text

/** Full-width ASCII letters, digits and the ideographic space → half-width; punctuation stays as typed. */
export function halfWidthAlnum(s: string): string {
  return s.replace(/[０-９Ａ-Ｚａ-ｚ\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** A comparison key: NFKC (full-width → half-width), no whitespace, lower case. */
export function matchKey(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const ymd = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A cell as text: trimmed, full-width alphanumerics made half-width; numbers without a trailing ".0". */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return halfWidthAlnum(v).trim();
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  return ymd(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
}

// ---------------------------------------------------------------------------------------------------------------
// Headers

const headerKeyOf = (s: string) =>
  matchKey(s)
    .replace(/[*＊※]/g, '')
    .replace(/[／]/g, '/');

const HEADERS = new Map<string, ColumnKey>();
for (const c of COLUMNS) for (const h of [c.header, ...c.synonyms]) HEADERS.set(headerKeyOf(h), c.key);

const EXACT = new Set(COLUMNS.map((c) => headerKeyOf(c.header)));

/** Whether a header cell is the template's own header of its column (not a synonym: a guess). */
export function isExactHeader(v: CellValue | undefined): boolean {
  const key = headerKeyOf(cellText(v));
  return EXACT.has(key) || EXACT.has(key.replace(/\([^)]*\)$/, '').replace(/\[[^\]]*\]$/, ''));
}

/** Which column a header cell names, or null. Notes in brackets (“立案日期（yyyy-mm-dd）”, “案号(必填)”) are ignored. */
export function columnOfHeader(v: CellValue | undefined): ColumnKey | null {
  const text = cellText(v);
  if (!text) return null;
  const key = headerKeyOf(text);
  const direct = HEADERS.get(key);
  if (direct) return direct;
  const bare = key.replace(/\([^)]*\)$/, '').replace(/\[[^\]]*\]$/, '');
  return HEADERS.get(bare) ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Values

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** Excel's day 0 (the 1900 system, with its phantom 1900-02-29 accounted for). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1950 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null;
  return ymd(y, m, d);
}

function fromSerial(n: number): string | null {
  if (!(n >= 18264 && n < 73051)) return null; // 1950-01-01 … 2099-12-31
  const t = new Date(EXCEL_EPOCH + Math.floor(n) * 86_400_000);
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const DATE_TEXT =
  /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;

/** A date cell: Excel serial, Date, or text in the usual Chinese office formats → 'YYYY-MM-DD'. Empty → null. */
export function parseDate(v: CellValue | undefined): Parsed<string | null> {
  if (v === null || v === undefined) return ok(null);
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return bad('日期无效');
    // Date cells come as UTC midnight; a time of day (e.g. 08:00 in local time) still names the same day.
    const s = validDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
    return s ? ok(s) : bad(`日期超出范围：${cellText(v)}`);
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 19500101 && v <= 21001231) {
      const s = validDate(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
      return s ? ok(s) : bad(`日期无法识别：${v}`);
    }
    const s = fromSerial(v);
    return s ? ok(s) : bad(`日期无法识别：${v}（应为 2024-03-05 等格式）`);
  }
  const text = cellText(v).normalize('NFKC').trim();
  if (text === '') return ok(null);
  const m = DATE_TEXT.exec(text);
  if (m) {
    const s = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return s ? ok(s) : bad(`日期不存在：${text}`);
  }
  if (/^\d{8}$/.test(text)) {
    const s = validDate(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
    return s ? ok(s) : bad(`日期不存在：${text}`);
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const s = fromSerial(Number(text));
    if (s) return ok(s);
  }
  return bad(`日期无法识别：${text}（应为 2024-03-05、2024/3/5、2024.3.5、2024年3月5日 或 20240305）`);
}

const YES = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓', '已上诉', '上诉', '开庭', '已开庭']);
const NO = new Set(['否', '无', 'n', 'no', 'false', '0', '×', '✗', '未上诉', '不上诉', '未开庭', '不开庭', '书面审理']);

/** 是/否 (and the usual variants) → boolean; empty → null. */
export function parseYesNo(v: CellValue | undefined): Parsed<boolean | null> {
  if (typeof v === 'boolean') return ok(v);
  const key = matchKey(cellText(v));
  if (key === '') return ok(null);
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return bad(`应填写“是”或“否”，实际为：${cellText(v)}`);
}

/** A closed list by label: `labels` maps an accepted text (label or synonym) to the stored code. */
export function parseChoice<T extends string>(
  v: CellValue | undefined,
  labels: ReadonlyMap<string, T>,
  shown: readonly string[],
): Parsed<T | null> {
  const text = cellText(v);
  if (text === '') return ok(null);
  const found = labels.get(matchKey(text));
  if (found) return ok(found);
  return bad(`“${text}”不是有效的选项，可选：${shown.join('、')}`);
}

/** Builds the lookup of `parseChoice` from code → label records plus synonyms. */
export function choiceMap<T extends string>(
  labels: Readonly<Record<T, string>>,
  synonyms: Readonly<Record<string, T>> = {},
): Map<string, T> {
  const m = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    m.set(matchKey(label), code);
    m.set(matchKey(code), code);
  }
  for (const [text, code] of Object.entries(synonyms) as [string, T][]) m.set(matchKey(text), code);
  return m;
}

/** Names in one cell: 王某、李某 / 王某,李某 / one per line. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、，,；;\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
