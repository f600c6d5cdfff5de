import type { Metadata } from 'next';
import Link from 'next/link';
import { SimpleActionForm } from '@/components/forms/simple-action-form';
import { getPendingCode } from '@/lib/auth/sign-in';
import { safeNextPath } from '@/lib/auth/roles';
import { maskUkMobile } from '@/lib/sign-in/schemas';
import { checkCode } from '../actions';

export const metadata: Metadata = { title: 'Enter your code' };

export default async function CodePage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  const pending = await getPendingCode();
  const startAgain = next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
  // On a shared screen, show only enough of the number or address to recognise it.
  const sentTo = pending
    ? pending.channel === 'sms'
      ? `your phone (${maskUkMobile(pending.destination)})`
      : `your email (${pending.destination.replace(/^(.).*(@.*)$/, '$1•••$2')})`
    : null;

  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Enter your code</h1>
      {sentTo ? (
        <p className="mt-4">We sent a code to {sentTo}. It works for 10 minutes.</p>
      ) : (
        <p className="mt-4">We could not find a code for you. Ask for a new one.</p>
      )}
      <SimpleActionForm
        action={checkCode}
        submitLabel="Sign in"
        hiddenFields={{ next }}
        fields={[
          {
            name: 'code',
            label: 'Your code',
            description: 'The 6 numbers in the message',
            autoComplete: 'one-time-code',
            inputMode: 'numeric',
            width: 'short',
          },
        ]}
      />
      <p className="mt-8">
        <Link href={startAgain} className="inline-flex min-h-11 items-center">
          I did not get a code – send a new one
        </Link>
      </p>
    </div>
  );
}
