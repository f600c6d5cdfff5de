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

/**
 * Saved courses and vacancies kept for one person to read offline (decision 017). The name ends in an opaque
 * key (an HMAC of their account id), never the id itself; the worker keeps one person's cache at a time and
 * sign-out and kiosk reset delete it.
 */
export const PERSONAL_CACHE_PREFIX = 'saved-for-';

export function personalCacheName(ownerKey: string): string {
  return `${PERSONAL_CACHE_PREFIX}${ownerKey}`;
}

export function isPersonalCacheName(name: string): boolean {
  return name.startsWith(PERSONAL_CACHE_PREFIX);
}

/** The message /my sends the worker: keep these pages for this person (and nobody else's). */
export const KEEP_SAVED_OFFLINE = 'KEEP_SAVED_OFFLINE';

const OFFLINE_KEY_PATTERN = /^[a-f0-9]{16,64}$/;
const SAVED_PAGE_PATTERN = /^\/(courses\/[a-z0-9-]{1,200}|vacancies\/[0-9a-f-]{36})$/;

export type KeepSavedOfflineMessage = { type: typeof KEEP_SAVED_OFFLINE; ownerKey: string; paths: string[] };

/**
 * Checks a message from a page before the worker acts on it: only a course or vacancy page (public pages)
 * may go into a person's cache, at most 50 of them, under a well-formed key. Anything else is null.
 */
export function parseKeepSavedOffline(data: unknown): KeepSavedOfflineMessage | null {
  if (!data || typeof data !== 'object') return null;
  const { type, ownerKey, paths } = data as Record<string, unknown>;
  if (type !== KEEP_SAVED_OFFLINE || typeof ownerKey !== 'string' || !OFFLINE_KEY_PATTERN.test(ownerKey)) return null;
  if (!Array.isArray(paths)) return null;
  const kept = paths.filter((path): path is string => typeof path === 'string' && SAVED_PAGE_PATTERN.test(path));
  return { type: KEEP_SAVED_OFFLINE, ownerKey, paths: [...new Set(kept)].slice(0, 50) };
}

/** Saved course and vacancy pages: the only pages /my's list replaces in a person's cache. */
export function isSavedPagePath(pathname: string): boolean {
  return SAVED_PAGE_PATTERN.test(pathname);
}

/**
 * The young person's own CV pages kept for reading (and changing) offline (decision 028): Build your CV, My CV
 * and each item's Change page. Never the share page (it lists share links) or the forms for new things.
 */
const CV_PAGE_PATTERN = /^\/cv(\/my-cv|\/items\/[0-9a-f-]{36})?$/;

export function isCvPagePath(pathname: string): boolean {
  return CV_PAGE_PATTERN.test(pathname);
}

/** The message a CV page sends the worker: keep this page, as its owner just saw it, for them only. */
export const KEEP_PAGE_OFFLINE = 'KEEP_PAGE_OFFLINE';

export type KeepPageOfflineMessage = {
  type: typeof KEEP_PAGE_OFFLINE;
  ownerKey: string;
  path: string;
  /** From /cv only: the item pages that still exist; copies of any other item page are dropped. */
  itemPaths: string[] | null;
};

/** Checks a CV page's message: a CV page path under a well-formed key, else null. */
export function parseKeepPageOffline(data: unknown): KeepPageOfflineMessage | null {
  if (!data || typeof data !== 'object') return null;
  const { type, ownerKey, path, itemPaths } = data as Record<string, unknown>;
  if (type !== KEEP_PAGE_OFFLINE || typeof ownerKey !== 'string' || !OFFLINE_KEY_PATTERN.test(ownerKey)) return null;
  if (typeof path !== 'string' || !isCvPagePath(path)) return null;
  const items =
    path === '/cv' && Array.isArray(itemPaths)
      ? itemPaths.filter((item): item is string => typeof item === 'string' && item.startsWith('/cv/items/') && isCvPagePath(item))
      : null;
  return { type: KEEP_PAGE_OFFLINE, ownerKey, path, itemPaths: items };
}
