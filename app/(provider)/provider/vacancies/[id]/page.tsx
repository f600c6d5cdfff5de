import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CheckedForm, SavedNote } from '@/components/manage/checked-form';
import { VacancyForm } from '@/components/manage/vacancy-form';
import { buttonClasses } from '@/components/ui/button-styles';
import { findKindsOfWorkToChoose, getOwnVacancy, getOwnVacancyOwner } from '@/db/queries/employer-vacancies';
import { requireProviderStaff } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';
import { VACANCY_SAVED_MESSAGES, vacancyFormValues } from '@/lib/vacancies/own-vacancy';
import { describeReview } from '@/lib/vacancies/review-words';
import { VACANCY_EVENT_WORDS, VACANCY_STATUS_WORDS, vacancyEventsFrom } from '@/lib/vacancies/status';
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
    findKindsOfWorkToChoose(),
  ]);
  if (!vacancy || owner?.kind !== 'provider') notFound();
  const review = describeReview(vacancy.reviewStatus, owner.status);
  const isPublic = !review && vacancy.status === 'live';

  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/provider/vacancies" className="inline-flex min-h-11 items-center">
          Back to your vacancies
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{vacancy.title}</h1>
      <SavedNote message={VACANCY_SAVED_MESSAGES[query.saved ?? ''] ?? null} />
      <p className="mt-4 text-xl">
        <span className="font-bold">Status:</span> {VACANCY_STATUS_WORDS[vacancy.status]}
      </p>
      {review ? <p className="mt-2 border-l-4 border-brand bg-paper p-4">{review}</p> : null}
      {isPublic ? (
        <p className="mt-2">
          <Link href={`/vacancies/${vacancy.id}`} className="inline-flex min-h-11 items-center">
            See it as young people do
          </Link>
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-3">
        {vacancyEventsFrom(vacancy.status).map((event) => (
          <form key={event} action={changeProviderVacancyStatusAction}>
            <input type="hidden" name="vacancyId" value={vacancy.id} />
            <input type="hidden" name="event" value={event} />
            <button type="submit" className={buttonClasses(event === 'reopen' ? 'primary' : 'secondary')}>
              {VACANCY_EVENT_WORDS[event as Exclude<typeof event, 'post'>]}
            </button>
          </form>
        ))}
      </div>
      <CheckedForm action={markProviderVacancyCheckedAction} lastCheckedAt={vacancy.lastCheckedAt} lastCheckedBy={null} hiddenFields={{ vacancyId: vacancy.id }} />
      <h2 className="mt-10 text-2xl font-bold">Change the vacancy</h2>
      <p className="mt-2">Changes go live at once. We keep a record of who changed what.</p>
      <VacancyForm action={updateProviderVacancyAction} areas={areas} saved={vacancyFormValues(vacancy)} submitLabel="Save changes" vacancyId={vacancy.id} />
    </div>
  );
}
