import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { findOwnVacancies, getOwnEmployer } from '@/db/queries/employer-vacancies';
import { findOwnSentBack, getOwnEmployerDecision } from '@/db/queries/moderation';
import { requireEmployerStaff } from '@/lib/auth/session';
import { describeReview } from '@/lib/vacancies/review-words';
import { VACANCY_STATUS_WORDS } from '@/lib/vacancies/status';
import { describeClosing, londonToday } from '@/lib/vacancies/words';
import { TurnedDownNote } from '../_components/turned-down-note';

export const metadata: Metadata = { title: 'Your vacancies' };

export default async function EmployerVacanciesPage() {
  const user = await requireEmployerStaff('/employer/vacancies');
  const [employer, vacancies, sentBack, decision] = await Promise.all([
    getOwnEmployer({ actorId: user.id }),
    findOwnVacancies({ actorId: user.id }),
    findOwnSentBack({ actorId: user.id }),
    getOwnEmployerDecision({ actorId: user.id }),
  ]);
  if (!employer) notFound();
  const isTurnedDown = employer.status === 'rejected';
  const today = londonToday(new Date());
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/employer" className="inline-flex min-h-11 items-center">
          Back to employer home
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Your vacancies</h1>
      {isTurnedDown ? (
        <TurnedDownNote reason={decision?.turnedDownReason ?? null} />
      ) : (
        <>
          <p className="mt-6">
            <Link href="/employer/vacancies/new" className={buttonClasses('primary')}>
              Post a vacancy
            </Link>
          </p>
          <p className="mt-2">
            <Link href="/employer/vacancies/import" className="inline-flex min-h-11 items-center">
              Post or update vacancies from a file
            </Link>
          </p>
        </>
      )}
      {vacancies.length === 0 ? (
        <p className="mt-6">You have no vacancies yet.</p>
      ) : (
        <ul aria-label="Your vacancies" className="mt-6 flex flex-col gap-3">
          {vacancies.map((vacancy) => (
            <li key={vacancy.id} className="border-l-4 border-line bg-paper p-4">
              <Link href={`/employer/vacancies/${vacancy.id}`} className="inline-flex min-h-11 items-center text-xl font-bold">
                {vacancy.title}
              </Link>
              <p>
                {VACANCY_STATUS_WORDS[vacancy.status]}
                {vacancy.status === 'live' ? `. ${describeClosing(vacancy.closesOn, today)}` : ''}
              </p>
              {describeReview(vacancy.reviewStatus, employer.status, sentBack.has(vacancy.id)) ? (
                <p className="font-bold">{describeReview(vacancy.reviewStatus, employer.status, sentBack.has(vacancy.id))}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
