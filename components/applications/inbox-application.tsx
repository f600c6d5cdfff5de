import Link from 'next/link';
import type { ReactNode } from 'react';
import { STATUS_WORDS_FOR_STAFF, type ApplicationStatus } from '@/lib/applications/status';
import type { SentProfile } from '@/lib/applications/profile';
import { formatDay, formatWhen } from '@/lib/applications/words';
import { SentApplication } from './sent-application';

export type InboxApplicationDetail = {
  id: string;
  status: ApplicationStatus;
  target: { title: string; offeredBy: string };
  submittedAt: Date | null;
  interviewAt: Date | null;
  offerConditions: string;
  decisionReason: string;
  sentProfile: SentProfile | null;
  youngPersonName: string | null;
  questions: { id: string; prompt: string; answer: string; answerMedia: { id: string; kind: 'audio' | 'video' } | null }[];
  attachments: { id: string; title: string; body: string }[];
  history: { toStatus: ApplicationStatus; note: string; at: Date }[];
};

/** One application as provider or employer staff see it: what was sent, its history, and (passed in) the decisions they can make. */
export function InboxApplication({
  application,
  basePath,
  done,
  decisions,
}: {
  application: InboxApplicationDetail;
  basePath: string;
  done?: string;
  decisions: ReactNode;
}) {
  return (
    <div className="max-w-3xl">
      <p>
        <Link href={basePath} className="inline-flex min-h-11 items-center">
          All applications
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{application.youngPersonName ?? 'A young person'}</h1>
      <p className="mt-2 text-xl">applied for {application.target.title}</p>
      {done ? (
        <p role="status" className="mt-4 border-l-4 border-success bg-paper p-4 font-bold">
          {done}
        </p>
      ) : null}
      <p className="mt-4 text-lg">
        <strong>{STATUS_WORDS_FOR_STAFF[application.status]}</strong>
        {application.submittedAt ? <> · sent {formatDay(application.submittedAt)}</> : null}
        {application.status === 'interview' && application.interviewAt ? <> · interview {formatWhen(application.interviewAt)}</> : null}
      </p>
      {application.offerConditions ? <p className="mt-2">Conditions: {application.offerConditions}</p> : null}
      {application.decisionReason ? <p className="mt-2">Reason given: {application.decisionReason}</p> : null}
      <section aria-labelledby="decide" className="mt-8">
        <h2 id="decide" className="text-2xl font-bold">
          What next
        </h2>
        {decisions}
      </section>
      {application.sentProfile ? (
        <SentApplication
          profile={application.sentProfile}
          questions={application.questions}
          attachments={application.attachments}
          mediaUrl={(mediaId) => `/api/applications/${application.id}/media/${mediaId}`}
        />
      ) : null}
      <h2 className="mt-8 text-2xl font-bold">History</h2>
      <ol aria-label="History" className="mt-2 flex flex-col gap-2">
        {application.history.map((entry) => (
          <li key={`${entry.at.toISOString()}-${entry.toStatus}`}>
            {formatDay(entry.at)}: {STATUS_WORDS_FOR_STAFF[entry.toStatus]}
            {entry.note ? ` – ${entry.note}` : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}
