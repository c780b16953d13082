/**
 * The three statutory statistics forms as data (docs/rules/statistics.md#forms): each form's rows and columns with
 * stable ids and Chinese labels (the header path above a column: its group labels), the periods it is filed for, and
 * the arithmetic its cells must satisfy (docs/rules/statistics.md#checks). A cell is `rowId:colId`.
 */

export const STAT_FORM_KINDS = ['reconsideration', 'litigation', 'disclosure'] as const;
export type StatFormKind = (typeof STAT_FORM_KINDS)[number];

export interface FormRow {
  readonly id: string;
  readonly label: string;
}

export interface FormColumn {
  readonly id: string;
  readonly label: string;
  /** Header labels above this column, outermost first (merged across neighbours with the same label). */
  readonly groups: readonly string[];
  /** `amount`: 元 (two decimals); otherwise a count of cases (or of applicants). */
  readonly unit?: 'count' | 'amount';
}

/**
 * sum(left) = sum(right) in every row (`atMost`: sum(left) ≤ sum(right)). `exclusive`: the right-hand columns split
 * the left-hand cases — each case of the left in exactly one right-hand cell (docs/rules/statistics.md#counted-once).
 */
export interface SumRule {
  readonly id: string;
  readonly label: string;
  readonly left: readonly string[];
  readonly right: readonly string[];
  readonly relation: 'equal' | 'atMost';
  readonly exclusive?: boolean;
}

export interface FormLayout {
  readonly kind: StatFormKind;
  readonly title: string;
  /** 表号. */
  readonly code: string;
  readonly periods: readonly StatPeriodKind[];
  readonly rows: readonly FormRow[];
  readonly columns: readonly FormColumn[];
  readonly sums: readonly SumRule[];
  /** The row that is the sum of the others, column by column (litigation: 合计). */
  readonly totalRow?: { readonly id: string; readonly parts: readonly string[] };
  /** 上期结转 must equal the previous period's 未审结 (docs/rules/statistics.md#carried-over). */
  readonly carriedOver?: { readonly carried: string; readonly open: string };
}

export type StatPeriodKind = 'year' | 'half' | 'quarter';

const cols = (groups: readonly string[], items: readonly (readonly [string, string])[], unit?: 'count' | 'amount') =>
  items.map(([id, label]): FormColumn => ({ id, label, groups, ...(unit ? { unit } : {}) }));

/** 被申请人 / 复议机关 levels (docs/rules/statistics.md#levels). */
export const AGENCY_LEVELS = [
  ['township', '乡镇政府'],
  ['county_dept', '县级政府的部门'],
  ['county_gov', '县级政府'],
  ['city_dept', '市(地)级政府的部门'],
  ['city_gov', '市(地)级政府'],
  ['prov_dept', '省级政府的部门'],
  ['prov_gov', '省部级政府'],
  ['state_dept', '国务院部门'],
  ['other', '其他'],
] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number][0];

/** The 复议机关 levels of the 2023 law (第24条至第28条): governments at county level and above, and 国务院部门. */
export const BODY_LEVELS = [
  ['county_gov', '县级政府'],
  ['city_gov', '市(地)级政府'],
  ['prov_gov', '省部级政府'],
  ['state_dept', '国务院部门'],
  ['other', '其他'],
] as const;

export const MATTERS = [
  ['penalty', '行政处罚'],
  ['coercion', '行政强制'],
  ['expropriation', '行政征收'],
  ['land', '其中：征收土地'],
  ['license', '行政许可'],
  ['title', '行政确权'],
  ['confirmation', '行政确认'],
  ['disclosure', '信息公开'],
  ['complaint', '举报投诉处理'],
  ['inaction', '行政不作为'],
  ['other', '其他'],
] as const;
export type Matter = Exclude<(typeof MATTERS)[number][0], 'land'>;

export const RECON_RESULTS = [
  ['rejected', '驳回'],
  ['upheld', '维持'],
  ['illegal', '确认违法'],
  ['revoked', '撤销'],
  ['altered', '变更'],
  ['perform', '责令履行'],
  ['mediated', '调解'],
  ['term_withdrawn', '撤回申请'],
  ['term_settled', '和解协议'],
  ['term_other', '其他'],
  ['other', '其他'],
] as const;
export type ReconResult = (typeof RECON_RESULTS)[number][0];

const RECON_COLUMNS: FormColumn[] = [
  ...cols(
    ['收案情况'],
    [
      ['carried', '上期结转'],
      ['received', '本期新收'],
      ['accepted', '受理'],
      ['applicants', '申请人总数'],
    ],
  ),
  ...cols(
    ['被申请人'],
    AGENCY_LEVELS.map(([id, label]) => [`resp_${id}`, label] as const),
  ),
  ...cols(
    ['复议机关'],
    BODY_LEVELS.map(([id, label]) => [`body_${id}`, label] as const),
  ),
  ...cols(
    ['申请复议事项'],
    MATTERS.map(([id, label]) => [`matter_${id}`, label] as const),
  ),
  { id: 'closed', label: '总计', groups: ['已审结'] },
  ...RECON_RESULTS.map(
    ([id, label]): FormColumn => ({
      id: `closed_${id}`,
      label,
      groups: id.startsWith('term_') ? ['已审结', '终止'] : ['已审结'],
    }),
  ),
  { id: 'open', label: '未审结', groups: [] },
  { id: 'comp_count', label: '件数', groups: ['行政赔偿'] },
  { id: 'comp_amount', label: '数额（元）', groups: ['行政赔偿'], unit: 'amount' },
];

const RECONSIDERATION: FormLayout = {
  kind: 'reconsideration',
  title: '行政复议案件统计报表',
  code: '国法复统字1号',
  periods: ['year', 'half'],
  rows: [{ id: 'total', label: '合计' }],
  columns: RECON_COLUMNS,
  sums: [
    {
      id: 'respondents',
      label: '被申请人各级之和等于受理数',
      left: ['accepted'],
      right: AGENCY_LEVELS.map(([id]) => `resp_${id}`),
      relation: 'equal',
      exclusive: true,
    },
    {
      id: 'bodies',
      label: '复议机关各级之和等于受理数',
      left: ['accepted'],
      right: BODY_LEVELS.map(([id]) => `body_${id}`),
      relation: 'equal',
      exclusive: true,
    },
    {
      id: 'matters',
      label: '申请复议事项之和（不含“其中：征收土地”）等于受理数',
      left: ['accepted'],
      right: MATTERS.filter(([id]) => id !== 'land').map(([id]) => `matter_${id}`),
      relation: 'equal',
      exclusive: true,
    },
    {
      id: 'land',
      label: '征收土地不超过行政征收',
      left: ['matter_land'],
      right: ['matter_expropriation'],
      relation: 'atMost',
    },
    {
      id: 'accepted',
      label: '受理数不超过本期新收',
      left: ['accepted'],
      right: ['received'],
      relation: 'atMost',
    },
    {
      id: 'closed',
      label: '已审结各项之和等于总计',
      left: ['closed'],
      right: RECON_RESULTS.map(([id]) => `closed_${id}`),
      relation: 'equal',
      exclusive: true,
    },
    {
      id: 'balance',
      label: '上期结转＋受理＝已审结＋未审结',
      left: ['carried', 'accepted'],
      right: ['closed', 'open'],
      relation: 'equal',
      exclusive: true,
    },
    {
      id: 'compensation',
      label: '行政赔偿件数不超过受理数',
      left: ['comp_count'],
      right: ['accepted'],
      relation: 'atMost',
    },
  ],
  carriedOver: { carried: 'carried', open: 'open' },
};

export const COURT_LEVELS = [
  ['basic', '基层法院'],
  ['intermediate', '中级法院'],
  ['high', '高级法院'],
  ['supreme', '最高法院'],
  ['other', '专门法院及未记录'],
] as const;
export type StatCourtLevel = (typeof COURT_LEVELS)[number][0];

/** 行政应诉 outcome columns: the categories of docs/rules/outcomes-and-loss.md#outcomes, grouped (docs/rules/statistics.md#litigation-results). */
export const LITIGATION_RESULTS = [
  ['rejected', '判决驳回诉讼请求'],
  ['revoked', '判决撤销'],
  ['perform', '判决履行法定职责'],
  ['pay', '判决履行给付义务'],
  ['illegal', '判决确认违法'],
  ['void', '判决确认无效'],
  ['compensation', '补救措施、赔偿'],
  ['altered', '判决变更'],
  ['agreement', '行政协议'],
  ['dismissed', '裁定驳回起诉、不予立案'],
  ['withdrawn', '准许撤诉'],
  ['withdrawn_change', '被告改变行为后撤诉'],
  ['mediated', '调解'],
  ['appeal_dismissed', '驳回上诉维持原判、驳回再审申请'],
  ['reversed', '改判'],
  ['remanded', '发回重审、裁定再审'],
  ['other', '终结及其他'],
] as const;
export type LitigationResult = (typeof LITIGATION_RESULTS)[number][0];

export const LITIGATION_ROWS = [
  ['first', '一审'],
  ['appeal', '二审'],
  ['retrial', '再审及再审审查'],
  ['other', '其他（行政赔偿、非诉执行审查、管辖等）'],
] as const;
export type LitigationRow = (typeof LITIGATION_ROWS)[number][0];

const LITIGATION: FormLayout = {
  kind: 'litigation',
  title: '行政应诉案件统计表',
  code: '双降统字1号',
  periods: ['year', 'half', 'quarter'],
  rows: [...LITIGATION_ROWS.map(([id, label]) => ({ id, label })), { id: 'total', label: '合计' }],
  columns: [
    ...cols(
      ['收案情况'],
      [
        ['carried', '上期结转'],
        ['received', '本期新收'],
      ],
    ),
    ...cols(
      ['新收案件受理法院'],
      COURT_LEVELS.map(([id, label]) => [`court_${id}`, label] as const),
    ),
    { id: 'closed', label: '总计', groups: ['已审结'] },
    ...cols(
      ['已审结'],
      LITIGATION_RESULTS.map(([id, label]) => [`closed_${id}`, label] as const),
    ),
    { id: 'lost', label: '其中：败诉', groups: ['已审结'] },
    { id: 'open', label: '未审结', groups: [] },
    ...cols(
      ['负责人出庭应诉'],
      [
        ['heard', '开庭审理案件'],
        ['appeared', '负责人出庭案件'],
        ['principal', '其中：主要负责人出庭'],
      ],
    ),
  ],
  sums: [
    {
      id: 'courts',
      label: '各级法院之和等于本期新收',
      left: ['received'],
      right: COURT_LEVELS.map(([id]) => `court_${id}`),
      relation: 'equal',
      exclusive: true,
    },
    {
      id: 'closed',
      label: '已审结各项之和等于总计',
      left: ['closed'],
      right: LITIGATION_RESULTS.map(([id]) => `closed_${id}`),
      relation: 'equal',
      exclusive: true,
    },
    { id: 'lost', label: '败诉不超过已审结', left: ['lost'], right: ['closed'], relation: 'atMost' },
    {
      id: 'balance',
      label: '上期结转＋本期新收＝已审结＋未审结',
      left: ['carried', 'received'],
      right: ['closed', 'open'],
      relation: 'equal',
      exclusive: true,
    },
    { id: 'appeared', label: '负责人出庭不超过开庭审理', left: ['appeared'], right: ['heard'], relation: 'atMost' },
    {
      id: 'principal',
      label: '主要负责人出庭不超过负责人出庭',
      left: ['principal'],
      right: ['appeared'],
      relation: 'atMost',
    },
  ],
  totalRow: { id: 'total', parts: LITIGATION_ROWS.map(([id]) => id) },
  carriedOver: { carried: 'carried', open: 'open' },
};

export const DISCLOSURE_RESULTS = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['open', '尚未审结'],
  ['total', '总计'],
] as const;
export type DisclosureResult = Exclude<(typeof DISCLOSURE_RESULTS)[number][0], 'total'>;
export const DISCLOSURE_GROUPS = [
  ['recon', ['行政复议']],
  ['direct', ['行政诉讼', '未经复议直接起诉']],
  ['after', ['行政诉讼', '复议后起诉']],
] as const;
export type DisclosureGroup = (typeof DISCLOSURE_GROUPS)[number][0];

const DISCLOSURE: FormLayout = {
  kind: 'disclosure',
  title: '政府信息公开工作年度报告 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
  code: '政府信息公开工作年度报告表4',
  periods: ['year'],
  rows: [{ id: 'total', label: '件数' }],
  columns: DISCLOSURE_GROUPS.flatMap(([g, groups]) =>
    DISCLOSURE_RESULTS.map(([id, label]): FormColumn => ({ id: `${g}_${id}`, label, groups })),
  ),
  sums: DISCLOSURE_GROUPS.map(([g, groups]) => ({
    id: g,
    label: `${groups.join('·')}：各项之和等于总计`,
    left: [`${g}_total`],
    right: DISCLOSURE_RESULTS.filter(([id]) => id !== 'total').map(([id]) => `${g}_${id}`),
    relation: 'equal' as const,
    exclusive: true,
  })),
};

export const STAT_FORMS: Readonly<Record<StatFormKind, FormLayout>> = {
  reconsideration: RECONSIDERATION,
  litigation: LITIGATION,
  disclosure: DISCLOSURE,
};

export const cellKey = (rowId: string, colId: string) => `${rowId}:${colId}`;

/** Every cell of a form, rows outer, columns inner. */
export function formCells(layout: FormLayout): string[] {
  return layout.rows.flatMap((r) => layout.columns.map((c) => cellKey(r.id, c.id)));
}
