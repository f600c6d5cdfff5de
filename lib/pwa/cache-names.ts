/** The service worker's cache of pages people looked at; cleared on sign-out and kiosk reset. */
export const SAVED_PAGES_CACHE = 'pages';

/**
 * Pages the service worker may keep a copy of for offline use: public pages only. An allowlist, not a
 * denylist, so a new personal page (a CV, an adviser's caseload) is never left on a shared kiosk by accident.
 * Personal pages made readable offline on purpose (saved items, drafts) get their own, clearable cache.
 */
const PUBLIC_PAGE_PREFIXES = ['/categories', '/courses', '/vacancies', '/providers', '/explore', '/easy-read', '/accessibility', '/offline'];

export function isPublicPagePath(pathname: string): boolean {
  if (pathname === '/') return true;
  return PUBLIC_PAGE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
