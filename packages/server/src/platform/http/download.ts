/**
 * `Content-Disposition: attachment` for a file name in any script: an ASCII fallback for old clients and the UTF-8
 * name (RFC 6266 / RFC 5987) that browsers use, so 应诉批办单-….docx downloads under its Chinese name.
 */
export function contentDisposition(name: string): string {
  const clean = name.replace(/[\r\n]/g, ' ').trim() || 'download';
  const ascii = clean.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
