'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { SESSION_COOKIE } from '@/lib/auth/auth';
import { clearShortlist } from '@/db/queries/present-shortlist';
import { getCurrentUser, requireAdviser } from '@/lib/auth/session';
import { PRESENT_COOKIE } from '@/lib/present/mode';

/** Advisers only: hide everything personal and show the search, large. Lasts until turned off or 12 hours. */
export async function startPresentModeAction(): Promise<void> {
  const user = await requireAdviser('/adviser');
  // A new present session starts with an empty shortlist: nothing left from another young person's interview.
  await clearShortlist({ actorId: user.id, now: new Date() });
  (await cookies()).set(PRESENT_COOKIE, '1', {
    httpOnly: false,
    sameSite: 'lax',
    path: '/',
    secure: SESSION_COOKIE.options.secure,
    maxAge: 12 * 60 * 60,
  });
  redirect('/adviser/present');
}

/** Anyone: turns present mode off (it only ever hides things). An adviser's shortlist is emptied with it. */
export async function stopPresentModeAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user?.role === 'adviser') await clearShortlist({ actorId: user.id, now: new Date() });
  (await cookies()).delete(PRESENT_COOKIE);
  redirect('/adviser');
}
