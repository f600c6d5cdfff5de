import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { ROLE_HOME } from '@/lib/auth/roles';

/**
 * "My page" in the header: your own home page if you are signed in, otherwise sign-in. Keeps the header
 * free of session reads, so public pages can stay static and fast.
 */
export default async function AccountPage() {
  const user = await getCurrentUser();
  redirect(user ? ROLE_HOME[user.role] : '/sign-in?next=/account');
}
