import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SavedNote } from '@/components/manage/checked-form';
import { buttonClasses } from '@/components/ui/button-styles';
import { findReviewQueue } from '@/db/queries/moderation';
import { requireLaAdmin } from '@/lib/auth/session';
import { approveEmployerAction } from './actions';
import { BackLink } from '@/components/layout/back-link';

export const metadata: Metadata = { title: 'Waiting for approval' };

const DONE_MESSAGES: Record<string, string> = {
  employer: 'Employer approved. Their waiting vacancies with nothing flagged are now live.',
  vacancy: 'Vacancy approved. Young people can see it now.',
  'turned-down': 'Employer turned down. Their staff will see your reason when they sign in.',
  'sent-back': 'Vacancy sent back. The employer will see your reason. It comes back here when they change it.',
};

type Props = { searchParams: Promise<{ done?: string }> };

export default async function ModerationPage({ searchParams }: Props) {
  const user = await requireLaAdmin('/admin/moderation');
  const [queue, query] = await Promise.all([findReviewQueue({ actorId: user.id }), searchParams]);
  if (!queue) notFound();
  return (
    <div className="max-w-3xl">
      <BackLink href="/admin">Back to council admin</BackLink>
      <h1 className="text-3xl font-bold">Waiting for approval</h1>
      <SavedNote message={DONE_MESSAGES[query.done ?? ''] ?? null} />

      <h2 className="mt-8 text-2xl font-bold">New employers</h2>
      <p className="mt-2">
        Their vacancies stay hidden from young people until you approve them. A new employer shows here once they have
        signed in with the code we sent them.
      </p>
      {queue.employers.length === 0 ? (
        <p className="mt-4">No employers are waiting.</p>
      ) : (
        <ul aria-label="New employers" className="mt-4 flex flex-col gap-3">
          {queue.employers.map((employer) => (
            <li key={employer.id} className="border-l-4 border-line bg-paper p-4">
              <Link href={`/admin/moderation/employers/${employer.id}`} className="inline-flex min-h-11 items-center text-xl font-bold">
                {employer.name}
              </Link>
              <p>
                {employer.postcode}. Vacancies: {employer.waitingVacancies}.
              </p>
              <div className="mt-2 flex flex-wrap gap-3">
                <form action={approveEmployerAction}>
                  <input type="hidden" name="employerId" value={employer.id} />
                  <button type="submit" className={buttonClasses('primary')}>
                    Approve {employer.name}
                  </button>
                </form>
                <Link href={`/admin/moderation/employers/${employer.id}#turn-down`} className={buttonClasses('secondary')}>
                  Turn down {employer.name}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}

      <h2 className="mt-10 text-2xl font-bold">Vacancies to check</h2>
      <p className="mt-2">From employers not yet approved, or with words that may be unfair or unsafe.</p>
      {queue.vacancies.length === 0 ? (
        <p className="mt-4">No vacancies are waiting.</p>
      ) : (
        <ul aria-label="Vacancies to check" className="mt-4 flex flex-col gap-3">
          {queue.vacancies.map((vacancy) => (
            <li key={vacancy.id} className="border-l-4 border-line bg-paper p-4">
              <Link href={`/admin/moderation/${vacancy.id}`} className="inline-flex min-h-11 items-center text-xl font-bold">
                {vacancy.title}
              </Link>
              <p>{vacancy.employerName}</p>
              {vacancy.flaggedWords.length > 0 ? <p className="font-bold">Words to check: {vacancy.flaggedWords.join(', ')}</p> : null}
              {!vacancy.isEmployerApproved ? <p>The employer is not approved yet.</p> : null}
            </li>
          ))}
        </ul>
      )}

      {queue.sentBack.length > 0 ? (
        <>
          <h2 className="mt-10 text-2xl font-bold">Sent back to the employer</h2>
          <p className="mt-2">They come back to “Vacancies to check” when the employer changes them.</p>
          <ul aria-label="Sent back to the employer" className="mt-4 flex flex-col gap-3">
            {queue.sentBack.map((vacancy) => (
              <li key={vacancy.id} className="border-l-4 border-line bg-paper p-4">
                <Link href={`/admin/moderation/${vacancy.id}`} className="inline-flex min-h-11 items-center text-xl font-bold">
                  {vacancy.title}
                </Link>
                <p>{vacancy.employerName}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
