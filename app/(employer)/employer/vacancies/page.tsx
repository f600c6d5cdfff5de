import type { Metadata } from 'next';
import { BackLink } from '@/components/layout/back-link';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OwnVacancyList } from '@/components/manage/own-vacancy-list';
import { buttonClasses } from '@/components/ui/button-styles';
import { findOwnVacancies, getOwnEmployer } from '@/db/queries/employer-vacancies';
import { requireEmployerStaff } from '@/lib/auth/session';
import { TurnedDownNote } from '../_components/turned-down-note';

export const metadata: Metadata = { title: 'Your vacancies' };

export default async function EmployerVacanciesPage() {
  const user = await requireEmployerStaff('/employer/vacancies');
  const [employer, vacancies] = await Promise.all([getOwnEmployer({ actorId: user.id }), findOwnVacancies({ actorId: user.id })]);
  if (!employer) notFound();
  const isTurnedDown = employer.status === 'rejected';
  return (
    <div className="max-w-2xl">
      <BackLink href="/employer">Back to employer home</BackLink>
      <h1 className="text-3xl font-bold">Your vacancies</h1>
      {isTurnedDown ? (
        <TurnedDownNote reason={employer.turnedDownReason} />
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
      <OwnVacancyList vacancies={vacancies} ownerStatus={employer.status} basePath="/employer/vacancies" />
    </div>
  );
}
