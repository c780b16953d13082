/** Only same-site paths are accepted as the post-login destination (no open redirect). */
export function safeReturnPath(next: string | null): string {
  if (next === null) return '/';
  const offSite = !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\');
  return offSite || next.startsWith('/login') ? '/' : next;
}
