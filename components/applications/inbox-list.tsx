import Link from 'next/link';
import { STATUS_WORDS_FOR_STAFF, type ApplicationStatus } from '@/lib/applications/status';
import { formatDay, formatWhen } from '@/lib/applications/words';

export type InboxListEntry = {
  id: string;
  status: ApplicationStatus;
  youngPersonName: string | null;
  title: string;
  submittedAt: Date | null;
  interviewAt: Date | null;
};

/**
 * The provider's or employer's inbox: one list for both. `basePath` is where each application opens. Not
 * prefetched: opening an application marks it read, and only a person opening it should do that.
 */
export function InboxList({ entries, basePath }: { entries: InboxListEntry[]; basePath: string }) {
  if (entries.length === 0) return <p className="mt-6">No applications yet. When a young person applies, it will show here.</p>;
  return (
    <ul aria-label="Applications" className="mt-6 flex flex-col gap-3">
      {entries.map((entry) => (
        <li key={entry.id} className="flex flex-col gap-1 border-2 border-line bg-paper p-4">
          <Link href={`${basePath}/${entry.id}`} prefetch={false} className="text-xl font-bold">
            {entry.youngPersonName ?? 'A young person'} – {entry.title}
          </Link>
          <p>
            <strong className={entry.status === 'submitted' ? 'text-brand' : undefined}>{STATUS_WORDS_FOR_STAFF[entry.status]}</strong>
            {entry.submittedAt ? <> · sent {formatDay(entry.submittedAt)}</> : null}
            {entry.status === 'interview' && entry.interviewAt ? <> · interview {formatWhen(entry.interviewAt)}</> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
