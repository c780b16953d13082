/**
 * Word templates: checking an uploaded one and filling one in, with docxtemplater (placeholders in braces, {案号};
 * docs/rules/documents.md#templates). Chosen over generating every document with the `docx` library because a city
 * changes its forms' wording and layout in Word or WPS, not in code; the built-in templates are themselves made with
 * `docx` (templates/*.ts) and filled the same way.
 */
import Docxtemplater from 'docxtemplater';
import inspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { AppError, validationFailed } from '../../platform/errors.js';

/** The CommonJS class as Node's ESM loader gives it (the default export is `module.exports`), typed as its .d.ts says. */
type InspectModuleClass = typeof inspectModule.default;
const InspectModule: InspectModuleClass =
  (inspectModule as unknown as { default?: InspectModuleClass }).default ??
  (inspectModule as unknown as InspectModuleClass);

interface TemplateError {
  properties?: { explanation?: string; id?: string; xtag?: string; errors?: TemplateError[] };
}

/** docxtemplater's English explanation of a broken tag, as a Chinese sentence naming the tag. */
function describe(e: TemplateError): string {
  const p = e.properties ?? {};
  const tag = p.xtag ? `「${p.xtag}」` : '';
  switch (p.id) {
    case 'unclosed_tag':
      return `占位符${tag}缺少右花括号 }`;
    case 'unopened_tag':
      return `占位符${tag}缺少左花括号 {`;
    case 'duplicate_open_tag':
    case 'duplicate_close_tag':
      return `占位符${tag}的花括号重复`;
    case 'unclosed_loop':
    case 'unopened_loop':
    case 'closing_tag_does_not_match_opening_tag':
      return `循环${tag}的开始和结束不配对`;
    default:
      return `占位符${tag}有误（${p.explanation ?? p.id ?? '格式错误'}）`;
  }
}

function open(content: Buffer): PizZip {
  try {
    return new PizZip(content);
  } catch {
    throw validationFailed([
      { field: 'file', message: '不是有效的 Word 文件（.docx）；旧的 .doc 文件请在 Word 或 WPS 中另存为 .docx' },
    ]);
  }
}

/** The placeholders a template uses; refuses a file that is not a .docx or whose tags are broken. */
export function templateTags(content: Buffer): string[] {
  const zip = open(content);
  if (!zip.file('word/document.xml'))
    throw validationFailed([{ field: 'file', message: '不是 Word 文档（缺少 word/document.xml）' }]);
  const inspect = new InspectModule();
  try {
    new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true, modules: [inspect] });
  } catch (err) {
    const errors = (err as TemplateError).properties?.errors ?? [err as TemplateError];
    throw validationFailed(
      errors.slice(0, 20).map((e) => ({ field: 'file', message: describe(e) })),
      '模板中的占位符有误',
    );
  }
  return Object.keys(inspect.getAllTags());
}

/** Fills a template: every placeholder gets its value (a missing one is left blank, never "undefined"). */
export function fillTemplate(content: Buffer, data: Record<string, unknown>): Buffer {
  const doc = new Docxtemplater(open(content), {
    paragraphLoop: true,
    linebreaks: true,
    nullGetter: () => '',
  });
  try {
    doc.render(data);
  } catch (err) {
    throw new AppError('UNPROCESSABLE', `模板无法生成文档：${describe(err as TemplateError)}`);
  }
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }) as Buffer;
}
