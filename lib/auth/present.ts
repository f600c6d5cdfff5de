import 'server-only';
import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { PRESENT_COOKIE } from '@/lib/present/mode';

/** True while the adviser's screen is in present mode (nothing about any young person may show). */
export async function isPresenting(): Promise<boolean> {
  return (await cookies()).get(PRESENT_COOKIE)?.value === '1';
}

/** For the adviser's home: while presenting, go to the present-mode page instead of showing the caseload. */
export async function redirectIfPresenting(): Promise<void> {
  if (await isPresenting()) redirect('/adviser/present');
}

/** For a young person's record and look-up: while presenting, they do not exist. */
export async function notFoundIfPresenting(): Promise<void> {
  if (await isPresenting()) notFound();
}

