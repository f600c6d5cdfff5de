import type { Metadata } from 'next';
import Link from 'next/link';
import { findOwnApplications } from '@/db/queries/applications';
import { STATUS_WORDS_FOR_YOUNG_PERSON } from '@/lib/applications/status';
import { formatDay, formatWhen } from '@/lib/applications/words';
import { requireYoungPerson } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Your applications' };

export default async function MyApplicationsPage() {
  const user = await requireYoungPerson('/applications');
  const applications = await findOwnApplications({ actorId: user.id });

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Your applications</h1>
      <p className="mt-4">
        <Link href="/applications/profile" className="inline-flex min-h-11 items-center text-lg">
          Your application profile
        </Link>
      </p>
      {applications.length === 0 ? (
        <p className="mt-6">
          You have not applied for anything yet. Find a <Link href="/courses">course</Link> or a{' '}
          <Link href="/vacancies">job or training place</Link> and press Apply.
        </p>
      ) : (
        <ul aria-label="Your applications" className="mt-6 flex flex-col gap-4">
          {applications.map((application) => {
            const words = STATUS_WORDS_FOR_YOUNG_PERSON[application.status];
            return (
              <li key={application.id} className="border-2 border-line bg-paper p-4">
                <h2 className="text-xl font-bold">
                  <Link href={`/applications/${application.id}`}>
                    {application.title} with {application.offeredBy}
                  </Link>
                </h2>
                <p className="mt-2">
                  <strong>{words.label}.</strong> {words.next}
                </p>
                {application.status === 'interview' && application.interviewAt ? (
                  <p className="mt-1 font-bold">Interview: {formatWhen(application.interviewAt)}</p>
                ) : null}
                <p className="mt-1 text-base text-muted">
                  {application.submittedAt ? `Sent ${formatDay(application.submittedAt)}` : `Started ${formatDay(application.createdAt)}`}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
