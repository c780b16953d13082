/**
 * A Word document rendered to PDF by LibreOffice (`soffice --headless --convert-to pdf`), for previews and for the
 * tests that check each generated document's pages. The GB/T 9704 fonts fall back to faces the machine has through
 * fontsConf.ts; each conversion gets its own LibreOffice profile, so two can run at once.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../platform/errors.js';
import { FONTS_CONF } from './fontsConf.js';

const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';

export async function renderPdf(docx: Buffer, timeoutMs = 120_000): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'sj-render-'));
  try {
    const input = join(dir, 'document.docx');
    await writeFile(input, docx);
    await writeFile(join(dir, 'fonts.conf'), FONTS_CONF);
    await new Promise<void>((resolve, reject) => {
      execFile(
        SOFFICE,
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          input,
        ],
        { timeout: timeoutMs, env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf') } },
        (err) => (err ? reject(err) : resolve()),
      );
    }).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT')
        throw new AppError('SERVICE_UNAVAILABLE', '本机未安装 LibreOffice，无法生成 PDF 预览；请下载 Word 文件查看');
      throw new AppError('INTERNAL', 'PDF 预览生成失败');
    });
    return await readFile(join(dir, 'document.pdf'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
