/** Level of the court that gave the number. `special` = railway, maritime, IP, financial … courts. */
export type CourtLevel = 'supreme' | 'high' | 'intermediate' | 'basic' | 'special' | 'unknown';

/**
 * Procedural stage a case type stands for:
 * - `first` 一审 (行初, 民初, 刑初, 民撤); `appeal` 二审 (行终, 知行终, 民终, 刑终, 破终 …);
 * - `retrial-review` 再审审查 (行申, 行监, 行抗 and 行赔申/行赔监/行赔抗, 民申 …, 委赔监);
 * - `retrial` 再审 (行再, 行赔再, legacy 行提 …);
 * - `enforcement-review` 非诉行政行为申请执行审查 (行审, 行审复);
 * - `jurisdiction` 管辖 (行辖, 行辖终, 民辖 …);
 * - `compensation` 赔偿 (行赔初, 行赔终, 行赔他; state compensation 法赔, 委赔);
 * - `other` everything else (行他, 司救行, preservation, enforcement, bankruptcy …).
 */
export type Instance =
  | 'first'
  | 'appeal'
  | 'retrial-review'
  | 'retrial'
  | 'enforcement-review'
  | 'jurisdiction'
  | 'compensation'
  | 'other';

/** The court a case number names (法院代字). */
export interface CaseNumberCourt {
  /** The court code as printed (simplified, half-width digits): 苏0102, 最高法, legacy 鄂江岸; '' when absent. */
  readonly code: string;
  readonly level: CourtLevel;
  /** Province-level unit, e.g. 江苏省; 新疆生产建设兵团 for 兵; null when unknown. */
  readonly province: string | null;
  /** Court name, e.g. 南京市玄武区人民法院; null when it cannot be derived with confidence. */
  readonly name: string | null;
}

/** The case type a case number names (类型代字). */
export interface CaseNumberType {
  /** Canonical type code, e.g. 行初 (legacy 民一终 → 民终). */
  readonly code: string;
  /** Chinese name, e.g. 行政一审. */
  readonly name: string;
  /** True for administrative litigation (行政诉讼, including 行政赔偿); false for 行保 and everything non-行政. */
  readonly administrative: boolean;
  readonly instance: Instance;
  /**
   * False for a type code that is not in the table of the SPC rules — the local codes of old numbers (行受初, 行受终 of
   * the 受理 stage, 行指 for designated jurisdiction, 赔辖 …): `code` is then the code as printed, `name` is 未知类型,
   * `instance` is `other` and `administrative` says only whether the code starts with 行.
   */
  readonly known: boolean;
}

export interface ValidCaseNumber {
  readonly valid: true;
  /** The text as given. */
  readonly input: string;
  /** Canonical text: see {@link parseCaseNumber}. */
  readonly normalized: string;
  /** 收案年度. */
  readonly year: number;
  /** 案件编号 as an integer (leading zeros dropped). */
  readonly seq: number;
  /** `legacy` = the pre-2016 "字第" form. */
  readonly format: 'current' | 'legacy';
  readonly court: CaseNumberCourt;
  readonly type: CaseNumberType;
}

export interface InvalidCaseNumber {
  readonly valid: false;
  readonly input: string;
  /** Why the text is not a case number, in Chinese, e.g. 缺少收案年度, 案件编号不是数字（X）. */
  readonly reason: string;
}

export type CaseNumberResult = ValidCaseNumber | InvalidCaseNumber;

/** Extra knowledge a caller can give the parser. */
export interface ParseCaseNumberOptions {
  /**
   * Extra or corrected courts, by court code as printed (苏8602, or a legacy code such as 鄂江岸); consulted before the
   * built-in table and before deriving a name from the division code. A string is the court's name (the level is then
   * derived from the code's shape); an object may also set the level.
   */
  readonly courts?: Readonly<Record<string, string | { readonly name: string; readonly level?: CourtLevel }>>;
  /** Latest acceptable 收案年度 (default 2099). Pass the current year + 1 to reject numbers from the future. */
  readonly latestYear?: number;
}
