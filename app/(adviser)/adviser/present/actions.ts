'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { SESSION_COOKIE } from '@/lib/auth/auth';
import { requireAdviser } from '@/lib/auth/session';
import { PRESENT_COOKIE } from '@/lib/present/mode';

/** Advisers only: hide everything personal and show the search, large. Lasts until turned off or 12 hours. */
export async function startPresentModeAction(): Promise<void> {
  await requireAdviser('/adviser');
  (await cookies()).set(PRESENT_COOKIE, '1', {
    httpOnly: false,
    sameSite: 'lax',
    path: '/',
    secure: SESSION_COOKIE.options.secure,
    maxAge: 12 * 60 * 60,
  });
  redirect('/adviser/present');
}

/** Anyone: turns present mode off (it only ever hides things). */
export async function stopPresentModeAction(): Promise<void> {
  (await cookies()).delete(PRESENT_COOKIE);
  redirect('/adviser');
}
