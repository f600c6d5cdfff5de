/**
 * Present mode: a PA shows the search to a young person in an interview, maybe on a shared or projected
 * screen. While the cookie is set, the adviser's pages show no caseload, names, records or messages.
 */
export const PRESENT_COOKIE = 'ns_present';

/** Whether a Cookie header (or document.cookie) has present mode on. */
export function isPresentModeOn(cookieHeader: string): boolean {
  return cookieHeader.split(';').some((part) => part.trim() === `${PRESENT_COOKIE}=1`);
}
