import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-styles';
import { requireYoungPerson } from '@/lib/auth/session';
import { deleteAccountAction } from './actions';

export const metadata: Metadata = { title: 'Delete my account' };

/** The one place a young person confirms deleting their account. A plain form: it works without JavaScript. */
export default async function DeleteAccountPage() {
  await requireYoungPerson('/my/your-data/delete');
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/my/your-data" className="inline-flex min-h-11 items-center">
          Back to your data
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Delete my account</h1>
      <p className="mt-4 border-l-4 border-error bg-paper p-3 font-bold">You cannot undo this.</p>
      <p className="mt-6">We will delete:</p>
      <ul className="mt-2 list-disc pl-6">
        <li>your name, phone number and email</li>
        <li>your CV, photos, recordings and videos</li>
        <li>your applications and what you wrote in them</li>
        <li>the things and searches you saved</li>
        <li>who you let see your record, and who looked</li>
        <li>how you like to get messages</li>
      </ul>
      <p className="mt-6">
        We keep a count of applications to each course or job, with no name. Nobody can tell it was you.
      </p>
      <p className="mt-4">
        Want a copy first?{' '}
        <Link href="/my/your-data" className="inline-flex min-h-11 items-center">
          Download your data
        </Link>
      </p>
      <form action={deleteAccountAction} className="mt-8">
        <input type="hidden" name="confirm" value="delete" />
        <button type="submit" className={buttonClasses('warning', 'cursor-pointer')}>
          Yes, delete my account
        </button>
      </form>
    </div>
  );
}
