/**
 * The card notice (通报) as a Word document in 公文 format (docs/rules/indicators-and-sanctions.md#card-notice), filled
 * from the documents module's template `card.notice` (the city's own version when it uploaded one, else the built-in
 * one, documents/templates/cardNotice.ts) — a proposal from the version in force, a confirmed card from the version in
 * force when it was confirmed (docs/rules/reports.md#templates): title, the unit addressed, the
 * quarter's figure with the rule's reasons and the decision as body paragraphs, the template's fixed request to the
 * unit, the city's signature and date. A proposal not yet decided is marked as a draft.
 */
import { periodLabel, quarterPeriodOf, SANCTION_LABELS, type Sanction, todayInChina } from '@shuangjiang/domain';
import type { DbOrTx } from '../../platform/db/client.js';
import { chineseDate, fillTemplateInForce, fillTemplateVersion, templateVersionInForce } from '../documents/public.js';
import type { CardProposalRow } from './schema.js';

const SHORT: Record<string, string> = {
  yellow_card: '黄牌警示',
  red_card: '红牌警示',
  escalated_interview: '提级约谈',
  interview: '约谈',
  review_at_executive_meeting: '在市政府常务会议作检讨',
  written_review: '书面检讨',
};

/** The documents module's template of the card notice. */
export const CARD_NOTICE_TEMPLATE = 'card.notice';

/**
 * The template version a confirmed card's notice is made from: the one recorded at the confirmation; a card confirmed
 * before that was recorded, the version in force at its decision. A proposal: none (the template in force).
 */
async function confirmedTemplateVersion(db: DbOrTx, p: CardProposalRow): Promise<number | undefined> {
  if (p.status !== 'confirmed') return undefined;
  return p.noticeTemplateVersion ?? templateVersionInForce(db, CARD_NOTICE_TEMPLATE, p.decidedAt ?? p.updatedAt);
}

export function noticeTitle(p: CardProposalRow): string {
  const what = SHORT[p.sanction] ?? p.sanction;
  return `关于对${p.unitLabel}${periodLabel(quarterPeriodOf(p.periodFrom))}行政诉讼案件败诉情况予以${what}的通报${p.status === 'proposed' ? '（待确认稿）' : ''}`;
}

export async function buildCardNotice(
  db: DbOrTx,
  p: CardProposalRow,
  cityName: string,
  rulesName: string,
): Promise<Buffer> {
  const quarter = periodLabel(quarterPeriodOf(p.periodFrom));
  const label = SANCTION_LABELS[p.sanction as Sanction] ?? p.sanction;
  const body = [
    `根据《${rulesName}》，${quarter}你单位行政诉讼案件审结${p.concluded}件，败诉${p.losses}件，败诉率${p.rateDisplay}。`,
    ...p.reasons.map((r) => `${r.text}。`),
    p.status === 'confirmed'
      ? `经审核确认，决定对你单位予以${label}。`
      : `拟对你单位予以${label}，待市级行政应诉工作协调机构确认。`,
  ];
  const values = {
    标题: noticeTitle(p),
    单位: p.unitLabel,
    正文: body.map((t) => ({ 段落: t })),
    季度: quarter,
    处理: label,
    败诉率: p.rateDisplay,
    审结: String(p.concluded),
    败诉: String(p.losses),
    落款: cityName,
    成文日期: chineseDate(todayInChina(p.decidedAt ?? p.createdAt)),
  };
  const version = await confirmedTemplateVersion(db, p);
  const { content } =
    version === undefined
      ? await fillTemplateInForce(db, CARD_NOTICE_TEMPLATE, values)
      : await fillTemplateVersion(db, CARD_NOTICE_TEMPLATE, version, values);
  return content;
}
