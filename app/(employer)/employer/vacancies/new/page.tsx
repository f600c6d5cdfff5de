import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findKindsOfWorkToChoose, getOwnEmployer } from '@/db/queries/employer-vacancies';
import { requireEmployerStaff } from '@/lib/auth/session';
import { createVacancyAction } from '../actions';
import { VacancyForm } from '@/components/manage/vacancy-form';
import { PostingPage } from '../../_components/turned-down-note';

export const metadata: Metadata = { title: 'Post a vacancy' };

export default async function NewVacancyPage() {
  const user = await requireEmployerStaff('/employer/vacancies/new');
  const [employer, areas] = await Promise.all([getOwnEmployer({ actorId: user.id }), findKindsOfWorkToChoose({ laId: user.laId })]);
  if (!employer) notFound();
  const turnedDown = employer.status === 'rejected' ? { reason: employer.turnedDownReason } : null;
  return (
    <PostingPage title="Post a vacancy" turnedDown={turnedDown}>
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
    </PostingPage>
  );
}
