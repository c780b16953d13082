/**
 * 法定代表人／负责人身份证明书: the agency certifies who its head is, filed with the court before the hearing
 * (负责人出庭规定第6条: the head's identity proof; a head without it filed counts as absent). 公文 format, the kit's
 * placeholders (kitFields.ts).
 */
import { Document, Packer } from 'docx';
import { bodyParagraph, gongwenSection, titleParagraph } from '../gongwen.js';

export async function buildHeadIdentityTemplate(): Promise<Buffer> {
  const doc = new Document({
    creator: '双降',
    title: '法定代表人（负责人）身份证明书',
    evenAndOddHeaderAndFooters: true,
    sections: [
      gongwenSection([
        titleParagraph('法定代表人（负责人）身份证明书'),
        bodyParagraph('{法院}：', { indent: false }),
        bodyParagraph(
          '{负责人姓名}在我单位任{负责人职务}职务（{负责人类别}），是我单位的法定代表人（负责人），特此证明。',
        ),
        bodyParagraph(
          '本证明用于{案号}案（{原告}诉{被告}{案由}一案）{庭审类型}。开庭时间：{开庭时间}，地点：{开庭地点}。',
        ),
        bodyParagraph('附：该负责人身份证复印件及任职文件。'),
        bodyParagraph('单位（盖章）：{被告}', { align: 'right', indent: false }),
        bodyParagraph('{生成日期}', { align: 'right', indent: false }),
      ]),
    ],
  });
  return Packer.toBuffer(doc);
}
