import type { StaffRecordView } from '@/db/queries/privacy';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

const STATUS_WORDS: Record<string, string> = {
  submitted: 'Sent',
  viewed: 'Seen by them',
  interview: 'Interview',
  offer: 'Offered a place',
  accepted: 'Accepted',
  unsuccessful: 'Not this time',
  withdrawn: 'Withdrawn',
  declined: 'Turned down',
};

/** Their applications, read-only (drafts are theirs alone). */
export function ApplicationsSection({ record }: { record: StaffRecordView }) {
  if (!record.applications) return null;
  return (
    <section aria-labelledby="applications-heading" className="mt-8">
      <h2 id="applications-heading" className="text-2xl font-bold">
        Applications
      </h2>
      {record.applications.length === 0 ? (
        <p className="mt-4">No applications sent yet.</p>
      ) : (
        <ul className="mt-4 flex flex-col gap-3" aria-label="Applications">
          {record.applications.map((application) => (
            <li key={application.id} className="border-l-4 border-brand bg-paper p-3">
              <p className="font-bold">{application.title}</p>
              <p>
                {STATUS_WORDS[application.status] ?? application.status}
                {application.submittedAt ? ` · sent on ${dateFormat.format(application.submittedAt)}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
