/**
 * The card notice (通报) as a Word document in 公文 format (docs/rules/indicators-and-sanctions.md#card-notice), made
 * with the documents module's GB/T 9704 building blocks: title, the unit addressed, the quarter's figure with the
 * rule's reasons, the decision, the city's signature and date. A proposal not yet decided is marked as a draft.
 */
import { periodLabel, quarterPeriodOf, SANCTION_LABELS, type Sanction, todayInChina } from '@shuangjiang/domain';
import { Document, Packer } from 'docx';
import { bodyParagraph, chineseDate, gongwenSection, titleParagraph } from '../documents/public.js';
import type { CardProposalRow } from './schema.js';

const SHORT: Record<string, string> = {
  yellow_card: '黄牌警示',
  red_card: '红牌警示',
  escalated_interview: '提级约谈',
  interview: '约谈',
  review_at_executive_meeting: '在市政府常务会议作检讨',
  written_review: '书面检讨',
};

export function noticeTitle(p: CardProposalRow): string {
  const what = SHORT[p.sanction] ?? p.sanction;
  return `关于对${p.unitLabel}${periodLabel(quarterPeriodOf(p.periodFrom))}行政诉讼案件败诉情况予以${what}的通报${p.status === 'proposed' ? '（待确认稿）' : ''}`;
}

export async function buildCardNotice(p: CardProposalRow, cityName: string, rulesName: string): Promise<Buffer> {
  const quarter = periodLabel(quarterPeriodOf(p.periodFrom));
  const label = SANCTION_LABELS[p.sanction as Sanction] ?? p.sanction;
  const body = [
    `根据《${rulesName}》，${quarter}你单位行政诉讼案件审结${p.concluded}件，败诉${p.losses}件，败诉率${p.rateDisplay}。`,
    ...p.reasons.map((r) => `${r.text}。`),
    p.status === 'confirmed'
      ? `经审核确认，决定对你单位予以${label}。`
      : `拟对你单位予以${label}，待市级行政应诉工作协调机构确认。`,
    '请你单位认真分析败诉原因，查找行政执法和行政应诉工作中存在的问题，落实整改措施，切实降低行政诉讼案件败诉率。',
  ];
  const doc = new Document({
    creator: '双降',
    title: noticeTitle(p),
    evenAndOddHeaderAndFooters: true,
    sections: [
      gongwenSection([
        titleParagraph(noticeTitle(p)),
        bodyParagraph(`${p.unitLabel}：`, { indent: false }),
        ...body.map((t) => bodyParagraph(t)),
        bodyParagraph(''),
        bodyParagraph(cityName, { align: 'right' }),
        bodyParagraph(chineseDate(todayInChina(p.decidedAt ?? p.createdAt)), { align: 'right' }),
      ]),
    ],
  });
  return Packer.toBuffer(doc);
}
