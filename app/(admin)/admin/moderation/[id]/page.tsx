import type { Metadata } from 'next';
import { BackLink } from '@/components/layout/back-link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { RecentChanges } from '@/components/manage/recent-changes';
import { findRecentChanges } from '@/db/queries/content-changes';
import { getVacancyForReview } from '@/db/queries/moderation';
import { requireLaAdmin } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';
import { describeClosing, londonToday } from '@/lib/vacancies/words';
import { approveEmployerAction, approveVacancyAction, sendBackVacancyAction } from '../actions';
import { ReasonForm } from '../_components/reason-form';

export const metadata: Metadata = { title: 'Check a vacancy' };

type Props = { params: Promise<{ id: string }> };

export default async function ReviewVacancyPage({ params }: Props) {
  const { id } = await params;
  const user = await requireLaAdmin(`/admin/moderation/${id}`);
  if (!isRecordId(id)) notFound();
  const vacancy = await getVacancyForReview({ actorId: user.id, vacancyId: id });
  if (!vacancy) notFound();
  // The vacancy is in the admin's own area (getVacancyForReview checked): its changes are logged there.
  const changes = await findRecentChanges({ laId: user.laId, entityType: 'vacancy', entityId: vacancy.id });
  return (
    <div className="max-w-2xl">
      <BackLink href="/admin/moderation">Back to waiting for approval</BackLink>
      <h1 className="text-3xl font-bold">{vacancy.title}</h1>
      <p className="mt-2 text-xl">{vacancy.offeredBy}</p>
      {vacancy.flaggedWords.length > 0 ? (
        <div className="mt-4 border-l-4 border-error bg-paper p-4">
          <p className="font-bold">Words to check</p>
          <p>{vacancy.flaggedWords.join(', ')}</p>
          <p className="mt-2">These may be unfair to some people or unsafe for young people. Ask whoever posted it to change them if so.</p>
        </div>
      ) : null}
      <dl className="mt-6 flex flex-col gap-4">
        <div>
          <dt className="font-bold">Kind of work</dt>
          <dd>{vacancy.kindOfWork}</dd>
        </div>
        <div>
          <dt className="font-bold">What the job is</dt>
          <dd className="whitespace-pre-line">{vacancy.summary}</dd>
        </div>
        {vacancy.whatYoullDo ? (
          <div>
            <dt className="font-bold">What they will do</dt>
            <dd className="whitespace-pre-line">{vacancy.whatYoullDo}</dd>
          </div>
        ) : null}
        <div>
          <dt className="font-bold">Closing date</dt>
          <dd>{describeClosing(vacancy.closesOn, londonToday(new Date()))}</dd>
        </div>
      </dl>
      {vacancy.sentBackReason !== null && vacancy.reviewStatus === 'waiting' ? (
        <div className="mt-6 border-l-4 border-line bg-paper p-4">
          <p className="font-bold">Sent back to the employer for changes</p>
          <p className="whitespace-pre-line">{vacancy.sentBackReason}</p>
          <p className="mt-2">It comes back to you when they change it. You can still approve it now.</p>
        </div>
      ) : null}
      {vacancy.reviewStatus === 'waiting' ? (
        <form action={approveVacancyAction} className="mt-8">
          <input type="hidden" name="vacancyId" value={vacancy.id} />
          <button type="submit" className={buttonClasses('primary')}>
            Approve this vacancy
          </button>
        </form>
      ) : (
        <p className="mt-8">This vacancy is not waiting for a check.</p>
      )}
      {vacancy.reviewStatus === 'waiting' && vacancy.sentBackReason === null ? (
        <section aria-labelledby="send-back" className="mt-8">
          <h2 id="send-back" className="text-2xl font-bold">
            Send it back for changes
          </h2>
          <p className="mt-2">Young people still cannot see it. Whoever posted it sees your reason and the words to check.</p>
          <ReasonForm
            action={sendBackVacancyAction}
            idName="vacancyId"
            idValue={vacancy.id}
            label="What should they change?"
            description="For example: take out “young”. Ask for someone “keen to learn” instead."
            submitLabel="Send back"
          />
        </section>
      ) : null}
      {vacancy.employer?.status === 'pending' ? (
        <form action={approveEmployerAction} className="mt-4">
          <input type="hidden" name="employerId" value={vacancy.employer.id} />
          <button type="submit" className={buttonClasses('secondary')}>
            Approve {vacancy.employer.name}
          </button>
        </form>
      ) : null}
      <RecentChanges changes={changes} />
    </div>
  );
}
