import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OwnVacancyDetails } from '@/components/manage/own-vacancy-details';
import { findKindsOfWorkToChoose, getOwnVacancy, getOwnVacancyOwner } from '@/db/queries/employer-vacancies';
import { requireProviderStaff } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';
import { findRecentChanges } from '@/db/queries/content-changes';
import { changeProviderVacancyStatusAction, markProviderVacancyCheckedAction, updateProviderVacancyAction } from '../actions';

export const metadata: Metadata = { title: 'Your vacancy' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function ProviderVacancyPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireProviderStaff(`/provider/vacancies/${id}`);
  if (!isRecordId(id)) notFound();
  const [vacancy, owner, areas] = await Promise.all([
    getOwnVacancy({ actorId: user.id, vacancyId: id }),
    getOwnVacancyOwner({ actorId: user.id }),
    findKindsOfWorkToChoose({ laId: user.laId }),
  ]);
  if (!vacancy || owner?.kind !== 'provider') notFound();
  const changes = await findRecentChanges({ laId: vacancy.laId, entityType: 'vacancy', entityId: vacancy.id });
  return (
    <OwnVacancyDetails
      vacancy={vacancy}
      ownerStatus={owner.status}
      areas={areas}
      saved={query.saved}
      changes={changes}
      backHref="/provider/vacancies"
      actions={{ update: updateProviderVacancyAction, changeStatus: changeProviderVacancyStatusAction, markChecked: markProviderVacancyCheckedAction }}
    />
  );
}
