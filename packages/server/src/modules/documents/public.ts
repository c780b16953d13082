// What other modules use of the documents module to make their own Word files in 公文 format (GB/T 9704—2012):
// the building blocks every built-in template uses (the cards module's 红黄牌通报).
export { bodyParagraph, gongwenSection, heading1, titleParagraph } from './gongwen.js';
export { chineseDate, DOCX_MIME } from './service.js';
