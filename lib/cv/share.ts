/** How long a share link works unless the young person says otherwise. */
export const SHARE_LINK_DEFAULT_DAYS = 30;
export const SHARE_LINK_CHOICES_DAYS = [7, 30, 90] as const;

export type ShareLinkState = 'active' | 'expired' | 'revoked';

/** When a link made now stops working. */
export function shareLinkExpiry(now: Date, days: number = SHARE_LINK_DEFAULT_DAYS): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}

/** A link works until it is revoked or its expiry time is reached (the expiry moment itself is too late). */
export function shareLinkState({ expiresAt, revokedAt }: { expiresAt: Date; revokedAt: Date | null }, now: Date): ShareLinkState {
  if (revokedAt && revokedAt.getTime() <= now.getTime()) return 'revoked';
  if (expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

/** "Works until 31 December 2026" / "Ended on …" / "Stopped on …", for the owner's list. */
export function describeShareLink(link: { expiresAt: Date; revokedAt: Date | null }, now: Date): string {
  const format = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
  const state = shareLinkState(link, now);
  if (state === 'revoked') return `Stopped on ${format(link.revokedAt!)}`;
  if (state === 'expired') return `Ended on ${format(link.expiresAt)}`;
  return `Works until ${format(link.expiresAt)}`;
}

/** Share tokens are 32 random bytes in URL-safe base64 (43 characters). */
export function isShareTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
