import type { Metadata } from 'next';
import Link from 'next/link';
import { SimpleActionForm } from '@/components/forms/simple-action-form';
import { ForgetPersonalPages } from '@/components/pwa/forget-personal-pages';
import { redirectIfSignedIn } from '@/lib/auth/session';
import { requestPhoneCode } from './actions';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = await redirectIfSignedIn((await searchParams).next);

  return (
    <div className="max-w-xl">
      <ForgetPersonalPages />
      <h1 className="text-3xl font-bold">Sign in</h1>
      <p className="mt-4">We will send a code to your mobile phone. You do not need an email address.</p>
      <SimpleActionForm
        action={requestPhoneCode}
        submitLabel="Send me a code"
        hiddenFields={{ next }}
        fields={[
          {
            name: 'phone',
            label: 'Your mobile number',
            description: 'For example, 07700 900 123',
            type: 'tel',
            autoComplete: 'tel',
            inputMode: 'tel',
            width: 'medium',
          },
        ]}
      />
      <p className="mt-8">
        <Link href={next ? `/sign-in/email?next=${encodeURIComponent(next)}` : '/sign-in/email'} className="inline-flex min-h-11 items-center">
          Sign in with email instead
        </Link>
      </p>
      <p className="mt-2 text-muted">Staff at colleges, employers and the council sign in with email.</p>
    </div>
  );
}
