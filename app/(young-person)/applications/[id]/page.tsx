import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProfileTaskList } from '@/components/applications/profile-task-list';
import { SentApplication } from '@/components/applications/sent-application';
import { buttonClasses } from '@/components/ui/button-styles';
import { LinkButton } from '@/components/ui/link-button';
import { getApplicationProfile, getOwnApplication } from '@/db/queries/applications';
import { getAreaSettings } from '@/db/queries/area-settings';
import { isProfileDone } from '@/lib/applications/profile';
import { nextStatuses, STATUS_WORDS_FOR_YOUNG_PERSON } from '@/lib/applications/status';
import { canSendReminder, formatDay, formatWhen, isApplicationId, remindAfterDaysFrom } from '@/lib/applications/words';
import { requireYoungPerson } from '@/lib/auth/session';
import { respondAction, remindAction } from './actions';

export const metadata: Metadata = { title: 'Your application' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string | string[] }> };

const DONE_WORDS: Record<string, string> = {
  withdraw: 'You have stopped this application.',
  accept: 'You said yes. Well done!',
  decline: 'You said no to this offer.',
  remind: 'We have sent them a polite reminder.',
};

function ResponseButton({ id, answer, label, variant }: { id: string; answer: string; label: string; variant: 'primary' | 'secondary' | 'warning' }) {
  return (
    <form action={respondAction}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="answer" value={answer} />
      <button type="submit" className={buttonClasses(variant, 'cursor-pointer')}>
        {label}
      </button>
    </form>
  );
}

export default async function ApplicationPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireYoungPerson(`/applications/${id}`);
  if (!isApplicationId(id)) notFound();
  const now = new Date();
  const [application, profile] = await Promise.all([
    getOwnApplication({ actorId: user.id, applicationId: id, now, rules: (await getAreaSettings({ laId: user.laId })).freshness }),
    getApplicationProfile({ actorId: user.id }),
  ]);
  if (!application || !profile) notFound();
  const { target } = application;
  const words = STATUS_WORDS_FOR_YOUNG_PERSON[application.status];
  const done = typeof query.done === 'string' ? DONE_WORDS[query.done] : undefined;
  const canDo = nextStatuses(application.status, 'young_person');

  if (application.status === 'draft') {
    const answered = application.questions.filter((question) => question.answer.trim() !== '' || question.answerMedia).length;
    return (
      <div className="max-w-2xl">
        <p>
          <Link href="/applications" className="inline-flex min-h-11 items-center">
            Your applications
          </Link>
        </p>
        <h1 className="text-3xl font-bold">Your application for {target.title}</h1>
        <p className="mt-2 text-xl">
          with <Link href={target.href}>{target.offeredBy}</Link>
        </p>
        {!target.isOpen ? (
          <p role="alert" className="mt-4 border-4 border-error bg-paper p-4 font-bold">
            This has closed, so you cannot send your application now. We have kept everything you wrote, in case you need it for
            something else.
          </p>
        ) : null}
        <h2 className="mt-8 text-2xl font-bold">1. Your profile</h2>
        <p className="mt-2">We use the same profile for everything. Check it is up to date.</p>
        <ProfileTaskList profile={profile} next={`/applications/${id}`} />
        <h2 className="mt-8 text-2xl font-bold">2. Their questions</h2>
        {application.questions.length === 0 ? (
          <p className="mt-2">They have no questions of their own.</p>
        ) : (
          <p className="mt-2">
            <Link href={`/applications/${id}/questions`} className="inline-flex min-h-11 items-center text-lg font-bold">
              Answer their questions
            </Link>{' '}
            <span>
              ({answered} of {application.questions.length} answered)
            </span>
          </p>
        )}
        <h2 className="mt-8 text-2xl font-bold">3. Things to show them (you can skip this)</h2>
        <p className="mt-2">
          <Link href={`/applications/${id}/attach`} className="inline-flex min-h-11 items-center text-lg font-bold">
            Add things from your CV
          </Link>{' '}
          <span>({application.attachments.length} added)</span>
        </p>
        <h2 className="mt-8 text-2xl font-bold">4. Check and send</h2>
        {isProfileDone(profile) ? null : <p className="mt-2">Finish each part of your profile first. Each part needs to say Done.</p>}
        <p className="mt-4">
          <LinkButton href={`/applications/${id}/check`}>Check and send</LinkButton>
        </p>
        <h2 className="mt-10 text-xl font-bold">Changed your mind?</h2>
        <div className="mt-2">
          <ResponseButton id={id} answer="withdraw" label="Stop this application" variant="secondary" />
        </div>
      </div>
    );
  }

  const fromThem = application.history.filter((entry) => !entry.byYoungPerson && entry.note);
  const afterDays = remindAfterDaysFrom();
  const mayRemind = canSendReminder(application, now, afterDays);

  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/applications" className="inline-flex min-h-11 items-center">
          Your applications
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{target.title}</h1>
      <p className="mt-2 text-xl">with {target.offeredBy}</p>
      {done ? (
        <p role="status" className="mt-4 border-l-4 border-success bg-paper p-4 font-bold">
          {done}
        </p>
      ) : null}
      <section aria-labelledby="where-it-is" className="mt-6 border-4 border-brand bg-paper p-4">
        <h2 id="where-it-is" className="text-2xl font-bold">
          {words.label}
        </h2>
        <p className="mt-2 text-lg">{words.next}</p>
        {application.status === 'interview' && application.interviewAt ? (
          <p className="mt-2 text-lg font-bold">Your interview: {formatWhen(application.interviewAt)}</p>
        ) : null}
        {application.offerConditions && (application.status === 'offer' || application.status === 'accepted') ? (
          <p className="mt-2">
            <span className="font-bold">What you need to do to take up the offer: </span>
            {application.offerConditions}
          </p>
        ) : null}
        {application.status === 'unsuccessful' && application.decisionReason ? (
          <p className="mt-2">
            <span className="font-bold">What they said: </span>
            {application.decisionReason}
          </p>
        ) : null}
        {canDo.includes('accepted') ? (
          <div className="mt-4 flex flex-wrap gap-4">
            <ResponseButton id={id} answer="accept" label="Yes, I accept the offer" variant="primary" />
            <ResponseButton id={id} answer="decline" label="No, thank you" variant="secondary" />
          </div>
        ) : null}
      </section>

      <h2 className="mt-8 text-2xl font-bold">Dates</h2>
      <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">Started</dt>
        <dd>{formatDay(application.createdAt)}</dd>
        {application.submittedAt ? (
          <>
            <dt className="font-bold">Sent</dt>
            <dd>{formatDay(application.submittedAt)}</dd>
          </>
        ) : null}
        <dt className="font-bold">Last change</dt>
        <dd>{formatDay(application.history.at(-1)?.at ?? application.updatedAt)}</dd>
      </dl>

      {fromThem.length > 0 ? (
        <>
          <h2 className="mt-8 text-2xl font-bold">Messages from {target.offeredBy}</h2>
          <ul className="mt-2 flex flex-col gap-3">
            {fromThem.map((entry) => (
              <li key={entry.at.toISOString()} className="border-l-4 border-line bg-paper p-3">
                <p className="text-base text-muted">{formatDay(entry.at)}</p>
                <p className="whitespace-pre-line">{entry.note}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {application.status === 'submitted' || application.status === 'viewed' ? (
        <>
          <h2 className="mt-8 text-2xl font-bold">Not heard back?</h2>
          {mayRemind ? (
            <form action={remindAction} className="mt-2">
              <input type="hidden" name="id" value={id} />
              <p>We can send {target.offeredBy} a polite reminder for you.</p>
              <button type="submit" className={buttonClasses('secondary', 'mt-2 cursor-pointer')}>
                Send them a polite reminder
              </button>
            </form>
          ) : (
            <p className="mt-2">
              If they have not replied {afterDays} days after you sent it (or after your last reminder), you can send them a polite reminder
              from here.
            </p>
          )}
        </>
      ) : null}

      {canDo.includes('withdrawn') ? (
        <>
          <h2 className="mt-8 text-2xl font-bold">Changed your mind?</h2>
          <p className="mt-2">If you stop this application, they will know you no longer want it.</p>
          <div className="mt-2">
            <ResponseButton id={id} answer="withdraw" label="Stop this application" variant="warning" />
          </div>
        </>
      ) : null}

      <details className="mt-8">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-lg font-bold">What you sent</summary>
        {application.sentProfile ? (
          <SentApplication
            profile={application.sentProfile}
            questions={application.questions}
            attachments={application.attachments}
            mediaUrl={(mediaId) => `/api/media/${mediaId}`}
            headingLevel={3}
          />
        ) : null}
      </details>
    </div>
  );
}
