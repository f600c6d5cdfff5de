'use server';

import { signOut } from '@/lib/auth/auth';

/** Anyone may sign themself out. Auth.js deletes the session row, so the cookie is dead everywhere at once. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/signed-out' });
}
