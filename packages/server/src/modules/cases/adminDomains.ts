/**
 * 行政管理领域 (administrative domains), the configurable list cases are classified by (docs/rules/cases.md#administrative-domains: "about 50
 * domains: 公安, 自然资源, 城乡建设, 征收拆迁, 市场监管, 人社, 信息公开 …"). The table is filled on start with this
 * default list (existing rows are left alone, so a city's renamed or deactivated entries survive).
 */
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { adminDomains } from './schema.js';

export const DEFAULT_ADMIN_DOMAINS: readonly (readonly [code: string, name: string])[] = [
  ['public_security', '公安'],
  ['traffic_police', '道路交通管理'],
  ['natural_resources', '自然资源'],
  ['land', '土地管理'],
  ['planning', '城乡规划'],
  ['urban_rural_construction', '城乡建设'],
  ['expropriation', '征收拆迁'],
  ['real_estate_registration', '不动产登记'],
  ['housing', '房屋管理'],
  ['market_regulation', '市场监管'],
  ['drug_regulation', '药品监管'],
  ['human_resources', '人社'],
  ['work_injury', '工伤认定'],
  ['labour_inspection', '劳动保障监察'],
  ['social_insurance', '社会保险'],
  ['info_disclosure', '信息公开'],
  ['ecology_environment', '生态环境'],
  ['urban_management', '城市管理（综合执法）'],
  ['transport', '交通运输'],
  ['health', '卫生健康'],
  ['medical_insurance', '医疗保障'],
  ['education', '教育'],
  ['agriculture', '农业农村'],
  ['water', '水利'],
  ['forestry', '林业和草原'],
  ['civil_affairs', '民政'],
  ['finance', '财政'],
  ['taxation', '税务'],
  ['customs', '海关'],
  ['culture_tourism', '文化和旅游'],
  ['emergency', '应急管理'],
  ['fire', '消防救援'],
  ['intellectual_property', '知识产权'],
  ['commerce', '商务'],
  ['development_reform', '发展改革'],
  ['industry_it', '工业和信息化'],
  ['housing_fund', '住房公积金'],
  ['statistics', '统计'],
  ['audit', '审计'],
  ['justice', '司法行政'],
  ['veterans', '退役军人事务'],
  ['ethnic_religious', '民族宗教'],
  ['sports', '体育'],
  ['radio_tv', '广播电视'],
  ['press_publication', '新闻出版'],
  ['cyberspace', '网信'],
  ['energy', '能源'],
  ['meteorology', '气象'],
  ['petitions', '信访'],
  ['township', '乡镇（街道）综合管理'],
  ['government_general', '政府综合'],
  ['other', '其他'],
];

/** Inserts the default domains that are missing; idempotent. */
export async function ensureAdminDomains(db: DbOrTx): Promise<void> {
  await db
    .insert(adminDomains)
    .values(DEFAULT_ADMIN_DOMAINS.map(([code, name], i) => ({ code, name, sortOrder: i + 1 })))
    .onConflictDoNothing();
}

export async function listAdminDomains(db: DbOrTx, opts: { activeOnly?: boolean } = {}) {
  const q = db.select().from(adminDomains);
  return (opts.activeOnly ? q.where(eq(adminDomains.active, true)) : q).orderBy(asc(adminDomains.sortOrder));
}
