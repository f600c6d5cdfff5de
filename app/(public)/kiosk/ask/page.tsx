import type { Metadata } from 'next';
import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-styles';
import { requireKiosk } from '@/lib/auth/kiosk';
import { askSomeoneHereAction } from '../actions';

export const metadata: Metadata = { title: 'Ask someone here' };

type Props = { searchParams: Promise<{ sent?: string }> };

/** Kiosks only: one button tells the staff on duty at this centre that someone wants help. */
export default async function AskSomeoneHerePage({ searchParams }: Props) {
  const [kiosk, { sent }] = await Promise.all([requireKiosk(), searchParams]);
  return (
    <div className="max-w-xl">
      <Picture src="/images/home/sign-in.svg" alt="" width={96} height={96} className="size-24" />
      <h1 className="mt-4 text-3xl font-bold">Ask someone here</h1>
      <div role="status">
        {sent ? (
          <p className="mt-4 border-l-4 border-brand bg-paper p-3 text-xl font-bold">
            We have told the staff at {kiosk.centreName}. Someone will come to you. Stay at this computer.
          </p>
        ) : null}
      </div>
      {sent ? null : (
        <>
          <p className="mt-4 text-xl">Staff at {kiosk.centreName} can help you find something, or fill in a form.</p>
          <form action={askSomeoneHereAction} className="mt-6">
            <button type="submit" className={buttonClasses('primary', 'cursor-pointer text-xl')}>
              Ask someone to come and help me
            </button>
          </form>
        </>
      )}
      <p className="mt-8">
        <Link href="/kiosk" className="inline-flex min-h-11 items-center">
          Back to the start
        </Link>
      </p>
    </div>
  );
}
