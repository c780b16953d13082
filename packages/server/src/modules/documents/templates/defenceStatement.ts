/**
 * 行政答辩状 (the defendant's statement of defence, 行政诉讼法第六十七条): the skeleton of the preparation kit — the
 * parties and the case filled in, the headings of 答辩请求 and 事实与理由 with what each must hold, the closing to the
 * court. Built in the 公文 format (gongwen.ts) with the kit's placeholders (kitFields.ts).
 */
import { Document, Packer } from 'docx';
import { bodyParagraph, gongwenSection, heading1, titleParagraph } from '../gongwen.js';

export async function buildDefenceStatementTemplate(): Promise<Buffer> {
  const doc = new Document({
    creator: '双降',
    title: '行政答辩状',
    evenAndOddHeaderAndFooters: true,
    sections: [
      gongwenSection([
        titleParagraph('行政答辩状'),
        bodyParagraph('答辩人：{被告}', { indent: false }),
        bodyParagraph('负责人：{负责人姓名}，{负责人职务}', { indent: false }),
        bodyParagraph('委托代理人：{委托代理人}', { indent: false }),
        bodyParagraph('被答辩人（原告）：{原告}', { indent: false }),
        bodyParagraph('第三人：{第三人}', { indent: false }),
        bodyParagraph(
          '答辩人因被答辩人诉{被诉行为}一案（{案号}，案由：{案由}），现依据《中华人民共和国行政诉讼法》第六十七条的规定，提出答辩如下：',
        ),
        heading1('一、答辩请求'),
        bodyParagraph('请求人民法院依法驳回被答辩人的诉讼请求。（根据案件情况填写）'),
        heading1('二、事实与理由'),
        bodyParagraph('（一）被诉行政行为的职权依据。（写明答辩人作出被诉行为的法定职权及依据）'),
        bodyParagraph('（二）被诉行政行为认定事实清楚，证据确实充分。（对应证据目录写明认定的事实）'),
        bodyParagraph('（三）被诉行政行为程序合法。（写明调查、告知、听证、送达等程序）'),
        bodyParagraph('（四）被诉行政行为适用法律、法规正确。（写明所依据的法律、法规、规章和规范性文件）'),
        bodyParagraph('（五）对被答辩人诉讼理由的逐项答复。'),
        bodyParagraph('综上，请求人民法院依法判如所请。'),
        bodyParagraph('此致', { indent: true }),
        bodyParagraph('{法院}', { indent: false }),
        bodyParagraph('附：证据目录及证据材料、所依据的规范性文件', { indent: true }),
        bodyParagraph('答辩人（盖章）：{被告}', { align: 'right', indent: false }),
        bodyParagraph('负责人（签名）：', { align: 'right', indent: false }),
        bodyParagraph('{生成日期}', { align: 'right', indent: false }),
      ]),
    ],
  });
  return Packer.toBuffer(doc);
}
