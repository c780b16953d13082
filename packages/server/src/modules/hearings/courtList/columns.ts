/**
 * The columns of a court's hearing list (开庭公告 / 排期表) as courts publish them, and how their cells become a
 * hearing's kind and mode. The header is found by these names (with the case import's finder: merged title rows,
 * two-row headers, footers); 案号 is the key column.
 */
import { type CellValue, cellText, choiceMap, type HeaderVocabulary, matchKey } from '../../imports/public.js';
import { HEARING_KIND_LABELS, HEARING_MODE_LABELS, type HearingKind, type HearingMode } from '../constants.js';

export const LIST_COLUMNS = {
  caseNumber: { header: '案号', synonyms: ['案件号', '案件编号', '案件字号'] },
  date: { header: '开庭日期', synonyms: ['日期', '庭审日期', '排期日期', '开庭日'] },
  time: { header: '开庭时间', synonyms: ['时间', '庭审时间', '开庭时段', '排期时间'] },
  courtroom: { header: '法庭', synonyms: ['审判庭', '开庭地点', '地点', '开庭法庭', '庭室', '法庭名称', '开庭场所'] },
  kind: { header: '庭审类型', synonyms: ['类型', '开庭类型', '审理类型', '庭审类别'] },
  mode: { header: '开庭方式', synonyms: ['方式', '庭审方式', '线上/线下', '是否线上', '是否在线'] },
  // Read so that a court's usual list is recognised; not stored (the case has them, and parties are personal data).
  court: { header: '法院', synonyms: ['承办法院', '审理法院', '开庭法院'] },
  judge: { header: '承办法官', synonyms: ['审判长', '主审法官', '承办人', '合议庭'] },
  cause: { header: '案由', synonyms: [] },
  parties: { header: '当事人', synonyms: ['原告', '被告', '上诉人', '被上诉人', '原告/被告'] },
  notes: { header: '备注', synonyms: ['说明'] },
} as const;
export type ListColumn = keyof typeof LIST_COLUMNS;

/** A header as compared: NFKC, no spaces, lower case, without a * and a note in brackets (“开庭时间（必填）”). */
const headerKey = (s: string) =>
  matchKey(s)
    .replace(/[*＊※]/g, '')
    .replace(/\([^)]*\)$/, '')
    .replace(/\[[^\]]*\]$/, '');

const HEADERS = new Map<string, ListColumn>();
for (const [key, c] of Object.entries(LIST_COLUMNS) as [ListColumn, { header: string; synonyms: readonly string[] }][])
  for (const h of [c.header, ...c.synonyms]) HEADERS.set(headerKey(h), key);

export const HEARING_LIST_HEADERS: HeaderVocabulary<ListColumn> = {
  columnOf: (v: CellValue | undefined) => {
    const text = cellText(v);
    return text ? (HEADERS.get(headerKey(text)) ?? null) : null;
  },
  key: 'caseNumber',
};

/** The name of a column in an error (the file's own header when it has one). */
export const columnLabel = (c: ListColumn) => LIST_COLUMNS[c].header;

export const KIND_CHOICES = choiceMap<HearingKind>(HEARING_KIND_LABELS, {
  公开开庭: 'trial',
  不公开开庭: 'trial',
  开庭审理: 'trial',
  庭审: 'trial',
  询问当事人: 'inquiry',
  谈话: 'inquiry',
  调解: 'mediation',
  和解: 'mediation',
  协调: 'mediation',
  定期宣判: 'pronouncement',
  宣判: 'pronouncement',
});
export const KIND_SHOWN = Object.values(HEARING_KIND_LABELS);

export const MODE_CHOICES = choiceMap<HearingMode>(HEARING_MODE_LABELS, {
  线上: 'online',
  网上: 'online',
  网络: 'online',
  互联网: 'online',
  远程: 'online',
  视频: 'online',
  在线庭审: 'online',
  是: 'online',
  线下: 'in_person',
  现场开庭: 'in_person',
  实体: 'in_person',
  否: 'in_person',
});
export const MODE_SHOWN = Object.values(HEARING_MODE_LABELS);
