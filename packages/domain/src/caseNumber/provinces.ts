/**
 * Court codes of the high courts (省级法院代字): the province's abbreviation, with the first two digits of its GB/T 2260
 * code. 兵 = 新疆维吾尔自治区高级人民法院生产建设兵团分院; its courts' digits follow no GB/T 2260 code.
 */
export interface Province {
  readonly abbr: string;
  /** GB/T 2260 province code ("32"), or null for 兵. */
  readonly division: string | null;
  readonly name: string;
  /** Name of the high court. */
  readonly highCourt: string;
  /** 京津沪渝: intermediate courts are numbered 第一…第五中级人民法院, not by city. */
  readonly municipality: boolean;
}

const rows: ReadonlyArray<readonly [abbr: string, division: string | null, name: string]> = [
  ['京', '11', '北京市'],
  ['津', '12', '天津市'],
  ['冀', '13', '河北省'],
  ['晋', '14', '山西省'],
  ['内', '15', '内蒙古自治区'],
  ['辽', '21', '辽宁省'],
  ['吉', '22', '吉林省'],
  ['黑', '23', '黑龙江省'],
  ['沪', '31', '上海市'],
  ['苏', '32', '江苏省'],
  ['浙', '33', '浙江省'],
  ['皖', '34', '安徽省'],
  ['闽', '35', '福建省'],
  ['赣', '36', '江西省'],
  ['鲁', '37', '山东省'],
  ['豫', '41', '河南省'],
  ['鄂', '42', '湖北省'],
  ['湘', '43', '湖南省'],
  ['粤', '44', '广东省'],
  ['桂', '45', '广西壮族自治区'],
  ['琼', '46', '海南省'],
  ['渝', '50', '重庆市'],
  ['川', '51', '四川省'],
  ['黔', '52', '贵州省'],
  ['云', '53', '云南省'],
  ['藏', '54', '西藏自治区'],
  ['陕', '61', '陕西省'],
  ['甘', '62', '甘肃省'],
  ['青', '63', '青海省'],
  ['宁', '64', '宁夏回族自治区'],
  ['新', '65', '新疆维吾尔自治区'],
  ['兵', null, '新疆生产建设兵团'],
];

const MUNICIPALITIES = new Set(['京', '津', '沪', '渝']);

/** Province abbreviation → province. */
export const provinces: ReadonlyMap<string, Province> = new Map(
  rows.map(([abbr, division, name]) => [
    abbr,
    Object.freeze({
      abbr,
      division,
      name,
      highCourt: abbr === '兵' ? '新疆维吾尔自治区高级人民法院生产建设兵团分院' : `${name}高级人民法院`,
      municipality: MUNICIPALITIES.has(abbr),
    }),
  ]),
);
