// What other modules use of the documents module to make their own Word files in 公文 format (GB/T 9704—2012):
// the building blocks every built-in template uses, and a document filled from the template in force by key (the
// reports' 通报 and annual report, the cards' 红黄牌通报: templates/index.ts) — or, for a document already issued, from
// the version it was issued with (templateVersionInForce at issue, fillTemplateVersion later).
export { bodyParagraph, gongwenSection, heading1, titleParagraph } from './gongwen.js';
export {
  chineseDate,
  DOCX_MIME,
  fillTemplateInForce,
  fillTemplateVersion,
  templateVersionInForce,
} from './service.js';
