import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { findOwnVacancies, getOwnVacancyOwner } from '@/db/queries/employer-vacancies';
import { requireProviderStaff } from '@/lib/auth/session';
import { describeChecked } from '@/lib/freshness/rules';
import { describeReview } from '@/lib/vacancies/review-words';
import { VACANCY_STATUS_WORDS } from '@/lib/vacancies/status';
import { describeClosing, londonToday } from '@/lib/vacancies/words';

export const metadata: Metadata = { title: 'Your vacancies' };

export default async function ProviderVacanciesPage() {
  const user = await requireProviderStaff('/provider/vacancies');
  const [owner, vacancies] = await Promise.all([getOwnVacancyOwner({ actorId: user.id }), findOwnVacancies({ actorId: user.id })]);
  if (owner?.kind !== 'provider') notFound();
  const today = londonToday(new Date());
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/provider" className="inline-flex min-h-11 items-center">
          Back to provider home
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Your vacancies</h1>
      <p className="mt-4">Training places, apprenticeships and other places young people can apply for. Open one to change it, close it or say it is still correct.</p>
      <p className="mt-6">
        <Link href="/provider/vacancies/new" className={buttonClasses('primary')}>
          Post a vacancy
        </Link>
      </p>
      {vacancies.length === 0 ? (
        <p className="mt-6">You have no vacancies yet.</p>
      ) : (
        <ul aria-label="Your vacancies" className="mt-6 flex flex-col gap-3">
          {vacancies.map((vacancy) => {
            const review = describeReview(vacancy.reviewStatus, owner.status);
            return (
              <li key={vacancy.id} className="border-l-4 border-line bg-paper p-4">
                <Link href={`/provider/vacancies/${vacancy.id}`} className="inline-flex min-h-11 items-center text-xl font-bold">
                  {vacancy.title}
                </Link>
                <p>
                  {VACANCY_STATUS_WORDS[vacancy.status]}
                  {vacancy.status === 'live' ? `. ${describeClosing(vacancy.closesOn, today)}` : ''}
                </p>
                {review ? <p className="font-bold">{review}</p> : null}
                <p className="text-muted">{describeChecked(vacancy.lastCheckedAt)}</p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
