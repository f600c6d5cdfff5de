import type { Metadata } from 'next';
import { BackLink } from '@/components/layout/back-link';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OwnVacancyList } from '@/components/manage/own-vacancy-list';
import { buttonClasses } from '@/components/ui/button-styles';
import { findOwnVacancies, getOwnVacancyOwner } from '@/db/queries/employer-vacancies';
import { requireProviderStaff } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Your vacancies' };

export default async function ProviderVacanciesPage() {
  const user = await requireProviderStaff('/provider/vacancies');
  const [owner, vacancies] = await Promise.all([getOwnVacancyOwner({ actorId: user.id }), findOwnVacancies({ actorId: user.id })]);
  if (owner?.kind !== 'provider') notFound();
  return (
    <div className="max-w-2xl">
      <BackLink href="/provider">Back to provider home</BackLink>
      <h1 className="text-3xl font-bold">Your vacancies</h1>
      <p className="mt-4">Training places, apprenticeships and other places young people can apply for. Open one to change it, close it or say it is still correct.</p>
      <p className="mt-6">
        <Link href="/provider/vacancies/new" className={buttonClasses('primary')}>
          Post a vacancy
        </Link>
      </p>
      <OwnVacancyList vacancies={vacancies} ownerStatus={owner.status} basePath="/provider/vacancies" />
    </div>
  );
}
