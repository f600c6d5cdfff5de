import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SimpleActionForm } from '@/components/forms/simple-action-form';
import { getCurrentUser } from '@/lib/auth/session';
import { ROLE_HOME, safeNextPath } from '@/lib/auth/roles';
import { requestEmailCode } from '../actions';

export const metadata: Metadata = { title: 'Sign in with email' };

export default async function EmailSignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const user = await getCurrentUser();
  const next = safeNextPath((await searchParams).next);
  if (user) redirect(next ?? ROLE_HOME[user.role]);

  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Sign in with email</h1>
      <p className="mt-4">We will email you a code.</p>
      <SimpleActionForm
        action={requestEmailCode}
        submitLabel="Send me a code"
        hiddenFields={{ next }}
        fields={[
          {
            name: 'email',
            label: 'Your email address',
            type: 'email',
            autoComplete: 'email',
            inputMode: 'email',
          },
        ]}
      />
      <p className="mt-8">
        <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'} className="inline-flex min-h-11 items-center">
          Sign in with a mobile number instead
        </Link>
      </p>
    </div>
  );
}
