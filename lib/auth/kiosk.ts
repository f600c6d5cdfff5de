import 'server-only';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getKioskDevice, type KioskDeviceContext } from '@/db/queries/kiosk';
import { KIOSK_COOKIE } from '@/lib/kiosk/config';
import { hashKioskToken, isKioskTokenShaped } from '@/lib/kiosk/tokens';

/** The kiosk this browser is (from its httpOnly device cookie), or null. Read once per request. */
export const getKioskContext = cache(async (): Promise<KioskDeviceContext | null> => {
  const token = (await cookies()).get(KIOSK_COOKIE)?.value;
  if (!token || !isKioskTokenShaped(token)) return null;
  return getKioskDevice({ deviceTokenHash: hashKioskToken(token) });
});

/** A kiosk device, or the not-found page (kiosk pages mean nothing on anyone's own phone). */
export async function requireKiosk(): Promise<KioskDeviceContext> {
  const kiosk = await getKioskContext();
  if (!kiosk) notFound();
  return kiosk;
}
