import Link from 'next/link';

/**
 * On a caseload record: save a job search for this young person (they get alerts for it), and keep their
 * contact details safe (the safety flag).
 */
export function SaveSearchLink({ youngPersonId }: { youngPersonId: string }) {
  return (
    <ul className="mt-4 flex flex-col gap-1" aria-label="For your young person">
      <li>
        <Link href={`/adviser/young-people/${youngPersonId}/save-search`} className="inline-flex min-h-11 items-center font-bold">
          Save a job search for them
        </Link>
      </li>
      <li>
        <Link href={`/adviser/young-people/${youngPersonId}/safety`} className="inline-flex min-h-11 items-center font-bold">
          Keep their details safe
        </Link>
      </li>
    </ul>
  );
}
