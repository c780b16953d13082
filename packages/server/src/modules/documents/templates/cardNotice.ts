/**
 * The built-in template of the card notice (红黄牌通报, docs/rules/indicators-and-sanctions.md#card-notice): title, the
 * unit addressed, the quarter's figure with the rule's reasons and the decision as body paragraphs (a loop), the fixed
 * request to the unit, the city's signature and date. 公文 format (gongwen.ts); a city edits the wording in Word or WPS
 * and uploads its own version (docs/rules/reports.md#templates).
 */
import { Document, Packer } from 'docx';
import { bodyParagraph, gongwenSection, titleParagraph } from '../gongwen.js';

export const CARD_NOTICE_FIELDS = {
  标题: '标题（待确认的注明“（待确认稿）”）',
  单位: '被通报的单位（机关或县（市、区））',
  正文: '循环：正文各段（季度败诉情况、评定理由、决定），段内用 {段落}',
  段落: '正文的一段（在 {#正文}…{/正文} 之内）',
  季度: '季度（如 2025年第三季度）',
  处理: '处理（如 黄牌警示）',
  败诉率: '该季度败诉率（如 40.00%）',
  审结: '该季度审结案件数',
  败诉: '该季度败诉案件数',
  落款: '发文机关（市人民政府）',
  成文日期: '成文日期（决定日期，未决定时为提出日期）',
} as const;

export async function buildCardNoticeTemplate(): Promise<Buffer> {
  const doc = new Document({
    creator: '双降',
    title: '红黄牌通报',
    evenAndOddHeaderAndFooters: true,
    sections: [
      gongwenSection([
        titleParagraph('{标题}'),
        bodyParagraph('{单位}：', { indent: false }),
        bodyParagraph('{#正文}'),
        bodyParagraph('{段落}'),
        bodyParagraph('{/正文}'),
        bodyParagraph(
          '请你单位认真分析败诉原因，查找行政执法和行政应诉工作中存在的问题，落实整改措施，切实降低行政诉讼案件败诉率。',
        ),
        bodyParagraph(''),
        bodyParagraph('{落款}', { align: 'right' }),
        bodyParagraph('{成文日期}', { align: 'right' }),
      ]),
    ],
  });
  return Packer.toBuffer(doc);
}
