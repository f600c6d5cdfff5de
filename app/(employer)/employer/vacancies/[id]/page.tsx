import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CheckedForm, SavedNote } from '@/components/manage/checked-form';
import { buttonClasses } from '@/components/ui/button-styles';
import { findKindsOfWorkToChoose, getOwnEmployer, getOwnVacancy, type OwnVacancy } from '@/db/queries/employer-vacancies';
import { findOwnSentBack } from '@/db/queries/moderation';
import { requireEmployerStaff } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';
import { describeReview } from '@/lib/vacancies/review-words';
import { VACANCY_EVENT_WORDS, VACANCY_STATUS_WORDS, vacancyEventsFrom } from '@/lib/vacancies/status';
import { changeVacancyStatusAction, markVacancyCheckedAction, updateVacancyAction } from '../actions';
import { VacancyForm, type VacancyFormValues } from '../_components/vacancy-form';

export const metadata: Metadata = { title: 'Your vacancy' };

const SAVED_MESSAGES: Record<string, string> = {
  posted: 'Posted. Young people can see it now.',
  changed: 'Saved. Young people see the changes now.',
  waiting: 'Saved. The council will check it before young people can see it.',
  closed: 'Closed. Young people can no longer apply.',
  filled: 'Marked as filled. Young people can no longer apply.',
  live: 'Open again. Young people can apply.',
  checked: 'Thank you. The vacancy is marked as checked today.',
  'closing-date-passed': 'The closing date has passed. Change the closing date below, then open it again.',
  'not-allowed': 'That cannot be done now.',
};

function formValuesOf(vacancy: OwnVacancy): VacancyFormValues {
  const tick = (value: boolean) => (value ? 'on' : '');
  return {
    title: vacancy.title,
    type: vacancy.type,
    categoryId: vacancy.categoryId,
    summary: vacancy.summary,
    whatYoullDo: vacancy.whatYoullDo,
    wageChoice: vacancy.isMinimumWageForAge ? 'minimum' : vacancy.wageUnit,
    wage: vacancy.wagePence === null || vacancy.isMinimumWageForAge ? '' : (vacancy.wagePence / 100).toFixed(vacancy.wagePence % 100 === 0 ? 0 : 2),
    hoursPerWeek: vacancy.hoursPerWeek === null ? '' : String(Number(vacancy.hoursPerWeek)),
    postcode: vacancy.postcode,
    town: vacancy.town,
    closesOn: vacancy.closesOn ?? '',
    places: vacancy.places === null ? '' : String(vacancy.places),
    isNoExperienceNeeded: tick(vacancy.isNoExperienceNeeded),
    isNoQualificationsNeeded: tick(vacancy.isNoQualificationsNeeded),
    questions: vacancy.questions.join('\n'),
    acceptsVoiceAndVideo: tick(vacancy.acceptsVoiceAndVideo),
  };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EmployerVacancyPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireEmployerStaff(`/employer/vacancies/${id}`);
  if (!isRecordId(id)) notFound();
  const [vacancy, employer, areas, sentBack] = await Promise.all([
    getOwnVacancy({ actorId: user.id, vacancyId: id }),
    getOwnEmployer({ actorId: user.id }),
    findKindsOfWorkToChoose(),
    findOwnSentBack({ actorId: user.id }),
  ]);
  if (!vacancy || !employer) notFound();
  const sentBackReason = sentBack.get(vacancy.id) ?? null;
  const review = describeReview(vacancy.reviewStatus, employer.status, sentBackReason !== null);
  const isWaiting = vacancy.reviewStatus === 'waiting';
  const isPublic = !review && vacancy.status === 'live';

  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/employer/vacancies" className="inline-flex min-h-11 items-center">
          Back to your vacancies
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{vacancy.title}</h1>
      <SavedNote message={SAVED_MESSAGES[query.saved ?? ''] ?? null} />
      <p className="mt-4 text-xl">
        <span className="font-bold">Status:</span> {VACANCY_STATUS_WORDS[vacancy.status]}
      </p>
      {review ? <p className="mt-2 border-l-4 border-brand bg-paper p-4">{review}</p> : null}
      {sentBackReason !== null ? (
        <div className="mt-2 border-l-4 border-error bg-paper p-4">
          <h2 className="text-xl font-bold">The council sent it back</h2>
          <p className="mt-2 font-bold">What to change:</p>
          <p className="whitespace-pre-line">{sentBackReason}</p>
          <p className="mt-2">Change the vacancy below and save it. The council will check it again.</p>
        </div>
      ) : null}
      {isWaiting && vacancy.flaggedWords.length > 0 ? (
        <div className="mt-2 border-l-4 border-brand bg-paper p-4">
          <h2 className="text-xl font-bold">Words the council will check</h2>
          <ul aria-label="Words the council will check" className="mt-2 list-disc pl-6">
            {vacancy.flaggedWords.map((word) => (
              <li key={word}>{word}</li>
            ))}
          </ul>
          <p className="mt-2">These words may be unfair to some people, or unsafe for young people. You can change them below.</p>
        </div>
      ) : null}
      {isPublic ? (
        <p className="mt-2">
          <Link href={`/vacancies/${vacancy.id}`} className="inline-flex min-h-11 items-center">
            See it as young people do
          </Link>
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-3">
        {vacancyEventsFrom(vacancy.status).map((event) => (
          <form key={event} action={changeVacancyStatusAction}>
            <input type="hidden" name="vacancyId" value={vacancy.id} />
            <input type="hidden" name="event" value={event} />
            <button type="submit" className={buttonClasses(event === 'reopen' ? 'primary' : 'secondary')}>
              {VACANCY_EVENT_WORDS[event as Exclude<typeof event, 'post'>]}
            </button>
          </form>
        ))}
      </div>
      <CheckedForm
        action={markVacancyCheckedAction}
        lastCheckedAt={vacancy.lastCheckedAt}
        lastCheckedBy={null}
        hiddenFields={{ vacancyId: vacancy.id }}
      />
      <h2 className="mt-10 text-2xl font-bold">Change the vacancy</h2>
      <p className="mt-2">Changes go live at once. We keep a record of who changed what.</p>
      <VacancyForm action={updateVacancyAction} areas={areas} saved={formValuesOf(vacancy)} submitLabel="Save changes" vacancyId={vacancy.id} />
    </div>
  );
}
