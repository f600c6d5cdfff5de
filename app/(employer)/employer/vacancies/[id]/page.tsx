import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OwnVacancyDetails } from '@/components/manage/own-vacancy-details';
import { findKindsOfWorkToChoose, getOwnEmployer, getOwnVacancy } from '@/db/queries/employer-vacancies';
import { requireEmployerStaff } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';
import { findRecentChanges } from '@/db/queries/content-changes';
import { changeVacancyStatusAction, markVacancyCheckedAction, updateVacancyAction } from '../actions';

export const metadata: Metadata = { title: 'Your vacancy' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EmployerVacancyPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireEmployerStaff(`/employer/vacancies/${id}`);
  if (!isRecordId(id)) notFound();
  const [vacancy, employer, areas] = await Promise.all([
    getOwnVacancy({ actorId: user.id, vacancyId: id }),
    getOwnEmployer({ actorId: user.id }),
    findKindsOfWorkToChoose({ laId: user.laId }),
  ]);
  if (!vacancy || !employer) notFound();
  const changes = await findRecentChanges({ laId: vacancy.laId, entityType: 'vacancy', entityId: vacancy.id });
  return (
    <OwnVacancyDetails
      vacancy={vacancy}
      ownerStatus={employer.status}
      areas={areas}
      saved={query.saved}
      changes={changes}
      backHref="/employer/vacancies"
      actions={{ update: updateVacancyAction, changeStatus: changeVacancyStatusAction, markChecked: markVacancyCheckedAction }}
    />
  );
}
