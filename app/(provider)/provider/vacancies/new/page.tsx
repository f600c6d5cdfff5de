import type { Metadata } from 'next';
import { BackLink } from '@/components/layout/back-link';
import { notFound } from 'next/navigation';
import { VacancyForm } from '@/components/manage/vacancy-form';
import { findKindsOfWorkToChoose, getOwnVacancyOwner } from '@/db/queries/employer-vacancies';
import { requireProviderStaff } from '@/lib/auth/session';
import { createProviderVacancyAction } from '../actions';

export const metadata: Metadata = { title: 'Post a vacancy' };

export default async function NewProviderVacancyPage() {
  const user = await requireProviderStaff('/provider/vacancies/new');
  const [owner, areas] = await Promise.all([getOwnVacancyOwner({ actorId: user.id }), findKindsOfWorkToChoose({ laId: user.laId })]);
  if (owner?.kind !== 'provider') notFound();
  return (
    <div className="max-w-3xl">
      <BackLink href="/provider/vacancies">Back to your vacancies</BackLink>
      <h1 className="text-3xl font-bold">Post a vacancy</h1>
      <p className="mt-4">
        For example, a training place or an apprenticeship at {owner.name}. Young people can see it as soon as you post it.
      </p>
      <VacancyForm
        action={createProviderVacancyAction}
        areas={areas}
        saved={{ type: 'training_place', wageChoice: 'allowance', acceptsVoiceAndVideo: 'on' }}
        submitLabel="Post the vacancy"
      />
    </div>
  );
}
