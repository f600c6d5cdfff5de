import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findKindsOfWorkToChoose, getOwnEmployer } from '@/db/queries/employer-vacancies';
import { getOwnEmployerDecision } from '@/db/queries/moderation';
import { requireEmployerStaff } from '@/lib/auth/session';
import { createVacancyAction } from '../actions';
import { VacancyForm } from '@/components/manage/vacancy-form';
import { TurnedDownNote } from '../../_components/turned-down-note';

export const metadata: Metadata = { title: 'Post a vacancy' };

export default async function NewVacancyPage() {
  const user = await requireEmployerStaff('/employer/vacancies/new');
  const [employer, areas] = await Promise.all([getOwnEmployer({ actorId: user.id }), findKindsOfWorkToChoose({ laId: user.laId })]);
  if (!employer) notFound();
  if (employer.status === 'rejected') {
    const decision = await getOwnEmployerDecision({ actorId: user.id });
    return (
      <div className="max-w-3xl">
        <p>
          <Link href="/employer/vacancies" className="inline-flex min-h-11 items-center">
            Back to your vacancies
          </Link>
        </p>
        <h1 className="text-3xl font-bold">Post a vacancy</h1>
        <TurnedDownNote reason={decision?.turnedDownReason ?? null} />
      </div>
    );
  }
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/employer/vacancies" className="inline-flex min-h-11 items-center">
          Back to your vacancies
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Post a vacancy</h1>
      {employer.status === 'approved' ? (
        <p className="mt-4">Young people can see it as soon as you post it.</p>
      ) : (
        <p className="mt-4 border-l-4 border-brand bg-paper p-4">
          The council has not approved {employer.name} yet. Your vacancy will wait until they check it.
        </p>
      )}
      <VacancyForm
        action={createVacancyAction}
        areas={areas}
        saved={{ wageChoice: 'hour', acceptsVoiceAndVideo: 'on' }}
        submitLabel="Post the vacancy"
      />
    </div>
  );
}
