import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-styles';
import { requireYoungPerson } from '@/lib/auth/session';
import { KIOSK_COOKIE } from '@/lib/kiosk/config';

export const metadata: Metadata = { title: 'Your data' };

/** A young person's own data: download all of it as one file, or delete the account. */
export default async function YourDataPage() {
  await requireYoungPerson('/my/your-data');
  const isKiosk = Boolean((await cookies()).get(KIOSK_COOKIE));
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/my/privacy" className="inline-flex min-h-11 items-center">
          Back to who can see my record
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Your data</h1>

      <section aria-labelledby="download-heading" className="mt-8">
        <h2 id="download-heading" className="text-2xl font-bold">
          Get a copy of everything
        </h2>
        <p className="mt-4">You get one zip file. It has:</p>
        <ul className="mt-2 list-disc pl-6">
          <li>your details and your CV</li>
          <li>your photos, recordings and videos</li>
          <li>your applications and what happened to them</li>
          <li>the things and searches you saved</li>
          <li>who you let see your record, and who looked</li>
          <li>the texts and emails we sent you</li>
        </ul>
        {isKiosk ? (
          <p className="mt-6 border-l-4 border-accent bg-paper p-4 font-bold">
            This is a shared computer. Get your copy on your own phone or computer, so nobody else sees it.
          </p>
        ) : (
          <p className="mt-6">
            <a href="/api/your-data" download className={buttonClasses('primary')}>
              Download my data
            </a>
          </p>
        )}
      </section>

      <section aria-labelledby="delete-heading" className="mt-10">
        <h2 id="delete-heading" className="text-2xl font-bold">
          Delete my account
        </h2>
        <p className="mt-4">You can delete your account and everything in it. You cannot undo this.</p>
        <p className="mt-6">
          <Link href="/my/your-data/delete" className={buttonClasses('secondary')}>
            Delete my account
          </Link>
        </p>
      </section>
    </div>
  );
}
