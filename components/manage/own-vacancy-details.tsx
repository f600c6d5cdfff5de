import Link from 'next/link';
import { BackLink } from '@/components/layout/back-link';
import { CheckedForm, SavedNote } from '@/components/manage/checked-form';
import { RecentChanges } from '@/components/manage/recent-changes';
import { VacancyForm } from '@/components/manage/vacancy-form';
import { buttonClasses } from '@/components/ui/button-styles';
import type { ContentChangeEntry } from '@/db/queries/content-changes';
import type { AreaOfWorkChoices, OwnVacancy } from '@/db/queries/employer-vacancies';
import type { FormState } from '@/lib/forms/form-state';
import { VACANCY_SAVED_MESSAGES, vacancyFormValues } from '@/lib/vacancies/own-vacancy';
import { describeReview, type OwnerStatus } from '@/lib/vacancies/review-words';
import { VACANCY_EVENT_WORDS, VACANCY_STATUS_WORDS, vacancyEventsFrom } from '@/lib/vacancies/status';

export type OwnVacancyActions = {
  update: (previous: FormState, formData: FormData) => Promise<FormState>;
  changeStatus: (formData: FormData) => Promise<void>;
  markChecked: (formData: FormData) => Promise<void>;
};

/**
 * One of an employer's or a provider's own vacancies: its state, the council's check (a reason when it was
 * sent back, and the words it will look at: decision 040), close / fill / re-open, "checked, still correct"
 * the form to change it and its recent changes (who, what, when). The employer and provider pages differ only in their actions and way back.
 */
export function OwnVacancyDetails({
  vacancy,
  ownerStatus,
  areas,
  saved,
  backHref,
  actions,
  changes,
}: {
  vacancy: OwnVacancy;
  ownerStatus: OwnerStatus;
  areas: AreaOfWorkChoices[];
  saved: string | undefined;
  backHref: string;
  actions: OwnVacancyActions;
  changes: ContentChangeEntry[];
}) {
  const review = describeReview(vacancy.reviewStatus, ownerStatus, vacancy.sentBackReason !== null);
  const isWaiting = vacancy.reviewStatus === 'waiting';
  const isPublic = !review && vacancy.status === 'live';
  return (
    <div className="max-w-3xl">
      <BackLink href={backHref}>Back to your vacancies</BackLink>
      <h1 className="text-3xl font-bold">{vacancy.title}</h1>
      <SavedNote message={VACANCY_SAVED_MESSAGES[saved ?? ''] ?? null} />
      <p className="mt-4 text-xl">
        <span className="font-bold">Status:</span> {VACANCY_STATUS_WORDS[vacancy.status]}
      </p>
      {review ? <p className="mt-2 border-l-4 border-brand bg-paper p-4">{review}</p> : null}
      {vacancy.sentBackReason !== null ? (
        <div className="mt-2 border-l-4 border-error bg-paper p-4">
          <h2 className="text-xl font-bold">The council sent it back</h2>
          <p className="mt-2 font-bold">What to change:</p>
          <p className="whitespace-pre-line">{vacancy.sentBackReason}</p>
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
          <form key={event} action={actions.changeStatus}>
            <input type="hidden" name="vacancyId" value={vacancy.id} />
            <input type="hidden" name="event" value={event} />
            <button type="submit" className={buttonClasses(event === 'reopen' ? 'primary' : 'secondary')}>
              {VACANCY_EVENT_WORDS[event as Exclude<typeof event, 'post'>]}
            </button>
          </form>
        ))}
      </div>
      <CheckedForm action={actions.markChecked} lastCheckedAt={vacancy.lastCheckedAt} lastCheckedBy={null} hiddenFields={{ vacancyId: vacancy.id }} />
      <h2 className="mt-10 text-2xl font-bold">Change the vacancy</h2>
      <p className="mt-2">Changes go live at once. We keep a record of who changed what.</p>
      <VacancyForm action={actions.update} areas={areas} saved={vacancyFormValues(vacancy)} submitLabel="Save changes" vacancyId={vacancy.id} />
      <RecentChanges changes={changes} />
    </div>
  );
}
