import type { Metadata } from 'next';
import Link from 'next/link';
import { SimpleActionForm } from '@/components/forms/simple-action-form';
import { ForgetPersonalPages } from '@/components/pwa/forget-personal-pages';
import { redirectIfSignedIn } from '@/lib/auth/session';
import { requestEmailCode } from '../actions';

export const metadata: Metadata = { title: 'Sign in with email' };

export default async function EmailSignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = await redirectIfSignedIn((await searchParams).next);

  return (
    <div className="max-w-xl">
      <ForgetPersonalPages />
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
      <p className="mt-2">
        <Link href="/employers/sign-up" className="inline-flex min-h-11 items-center">
          New employer? Sign up to offer jobs
        </Link>
      </p>
    </div>
  );
}
