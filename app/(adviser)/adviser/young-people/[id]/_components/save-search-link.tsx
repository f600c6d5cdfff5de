import Link from 'next/link';

/** On a caseload record: save a job search for this young person (they get alerts for it). */
export function SaveSearchLink({ youngPersonId }: { youngPersonId: string }) {
  return (
    <p className="mt-4">
      <Link href={`/adviser/young-people/${youngPersonId}/save-search`} className="inline-flex min-h-11 items-center font-bold">
        Save a job search for them
      </Link>
    </p>
  );
}
