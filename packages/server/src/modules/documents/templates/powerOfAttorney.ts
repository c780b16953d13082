/**
 * 授权委托书: the agency entrusts its 应诉 staff and lawyer designated for the hearing (行政诉讼法第三十一条:
 * up to two agents, lawyers or the agency's staff among them). 公文 format, the kit's placeholders (kitFields.ts).
 */
import { Document, Packer } from 'docx';
import { bodyParagraph, gongwenSection, titleParagraph } from '../gongwen.js';

export async function buildPowerOfAttorneyTemplate(): Promise<Buffer> {
  const doc = new Document({
    creator: '双降',
    title: '授权委托书',
    evenAndOddHeaderAndFooters: true,
    sections: [
      gongwenSection([
        titleParagraph('授权委托书'),
        bodyParagraph('{法院}：', { indent: false }),
        bodyParagraph('委托单位：{被告}', { indent: false }),
        bodyParagraph('负责人：{负责人姓名}　　职务：{负责人职务}', { indent: false }),
        bodyParagraph('受委托人：{工作人员}　　职务：{工作人员职务}', { indent: false }),
        bodyParagraph('受委托人：{律师}　　单位：{律师事务所}', { indent: false }),
        bodyParagraph('现委托上列受委托人在{原告}诉我单位{案由}一案（{案号}）中，作为我单位的诉讼代理人。'),
        bodyParagraph(
          '代理权限：一般代理（代为出庭应诉，陈述、辩论，提交和质证证据，签收法律文书）。如为特别授权（代为承认、放弃、变更诉讼请求，进行和解，提起上诉），请在此注明。',
        ),
        bodyParagraph('委托单位（盖章）：{被告}', { align: 'right', indent: false }),
        bodyParagraph('负责人（签名）：', { align: 'right', indent: false }),
        bodyParagraph('{生成日期}', { align: 'right', indent: false }),
      ]),
    ],
  });
  return Packer.toBuffer(doc);
}
