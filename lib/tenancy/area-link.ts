/**
 * A council's own link into the service (decision 042): `/area/<slug>` chooses that area for a visitor who is
 * not signed in, then goes on to `next` when it is a page of this service. Pure, so it can be tested.
 */

/** Where to go after choosing: a path on this site only ("/vacancies?type=job"), never another site. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  // Control characters and backslashes can turn a path into another site's address in some browsers.
  if (/[\u0000-\u001f\\]/.test(next)) return '/';
  return next;
}

/** The visitor's choice is kept for a year: a young person at a shared kiosk is not signed in either. */
export const AREA_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;
