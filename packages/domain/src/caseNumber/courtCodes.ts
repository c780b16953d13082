import type { CourtLevel } from './types.js';

/**
 * Courts whose names cannot be derived from a division code (special courts, internet courts), by court code.
 * Consulted before derivation; grow it as codes are confirmed. Only entries known with confidence are listed —
 * a wrong name is worse than none (the parser then returns `name: null`).
 *
 * Sources: docs/rules/case-numbers.md#court-codes (苏8601); court codes printed on published judgments.
 */
export const courtCodes: Readonly<Record<string, { readonly name: string; readonly level: CourtLevel }>> = {
  // 知识产权法院 (IP courts): code 73
  京73: { name: '北京知识产权法院', level: 'special' },
  沪73: { name: '上海知识产权法院', level: 'special' },
  粤73: { name: '广州知识产权法院', level: 'special' },
  琼73: { name: '海南自由贸易港知识产权法院', level: 'special' },
  // 金融法院 (financial courts): code 74
  沪74: { name: '上海金融法院', level: 'special' },
  京74: { name: '北京金融法院', level: 'special' },
  // 海事法院 (maritime courts): code 72
  津72: { name: '天津海事法院', level: 'special' },
  辽72: { name: '大连海事法院', level: 'special' },
  沪72: { name: '上海海事法院', level: 'special' },
  苏72: { name: '南京海事法院', level: 'special' },
  浙72: { name: '宁波海事法院', level: 'special' },
  闽72: { name: '厦门海事法院', level: 'special' },
  鲁72: { name: '青岛海事法院', level: 'special' },
  鄂72: { name: '武汉海事法院', level: 'special' },
  粤72: { name: '广州海事法院', level: 'special' },
  桂72: { name: '北海海事法院', level: 'special' },
  琼72: { name: '海口海事法院', level: 'special' },
  // 铁路运输法院 (railway transport courts): 71xx under a railway intermediate court, 86xx under a province
  沪7101: { name: '上海铁路运输法院', level: 'special' },
  苏8601: { name: '徐州铁路运输法院', level: 'special' },
  苏8602: { name: '南京铁路运输法院', level: 'special' },
  浙8601: { name: '杭州铁路运输法院', level: 'special' },
  // 互联网法院 (internet courts): basic courts with a 9x tail
  浙0192: { name: '杭州互联网法院', level: 'basic' },
  京0491: { name: '北京互联网法院', level: 'basic' },
  粤0192: { name: '广州互联网法院', level: 'basic' },
};
