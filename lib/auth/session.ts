import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from './auth';
import { ROLE_HOME, safeNextPath, type Role } from './roles';

export type CurrentUser = { id: string; name: string | null; role: Role; laId: string };

/** Who is signed in on this request, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  return session?.user ?? null;
});

/** Signed in as anyone, or off to the sign-in page (coming back here afterwards). */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : '/sign-in');
  return user;
}

/**
 * Signed in with one of these roles. Someone signed in with another role gets the not-found page: a page
 * they may not use looks exactly like one that does not exist.
 */
export async function requireRole(roles: Role | Role[], returnTo?: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  const allowed = Array.isArray(roles) ? roles : [roles];
  if (!allowed.includes(user.role)) notFound();
  return user;
}

export const requireYoungPerson = (returnTo?: string) => requireRole('young_person', returnTo);
export const requireAdviser = (returnTo?: string) => requireRole('adviser', returnTo);
export const requireProviderStaff = (returnTo?: string) => requireRole('provider_staff', returnTo);
export const requireEmployerStaff = (returnTo?: string) => requireRole('employer_staff', returnTo);
export const requireLaAdmin = (returnTo?: string) => requireRole('la_admin', returnTo);

/**
 * For the sign-in pages: the safe return path from ?next=, after sending anyone already signed in on to it
 * (or to their home page) instead of asking them to sign in twice.
 */
export async function redirectIfSignedIn(nextParam: string | undefined): Promise<string | null> {
  const next = safeNextPath(nextParam);
  const user = await getCurrentUser();
  if (user) redirect(next ?? ROLE_HOME[user.role]);
  return next;
}
