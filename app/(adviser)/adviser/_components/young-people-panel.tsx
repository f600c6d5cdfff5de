import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-styles';
import { findCaseload } from '@/db/queries/people';
import { canSearchYoungPeople, findPeopleWhoConsented } from '@/db/queries/privacy';
import { startPresentModeAction } from '../present/actions';

function PersonLinks({ label, people }: { label: string; people: { id: string; name: string | null }[] }) {
  return (
    <ul className="mt-4 flex flex-col gap-1" aria-label={label}>
      {people.map((person) => (
        <li key={person.id}>
          <Link href={`/adviser/young-people/${person.id}`} className="inline-flex min-h-11 items-center">
            {person.name ?? 'No name given'}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The adviser home's list of young people: their caseload, people who let them see their record, and search. */
export async function YoungPeoplePanel({ actorId }: { actorId: string }) {
  const [caseload, consented, canSearch] = await Promise.all([
    findCaseload({ actorId }),
    findPeopleWhoConsented({ actorId, now: new Date() }),
    canSearchYoungPeople({ actorId }),
  ]);
  return (
    <>
      <form action={startPresentModeAction} className="mt-6">
        <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
          Present mode: hide names to show a young person
        </button>
      </form>
      <h2 className="mt-8 text-2xl font-bold">Your caseload</h2>
      {caseload.length === 0 ? (
        <p className="mt-4">Nobody is on your caseload yet.</p>
      ) : (
        <PersonLinks label="Young people on your caseload" people={caseload} />
      )}
      {consented.length > 0 ? (
        <>
          <h2 className="mt-8 text-2xl font-bold">Young people who let you see their record</h2>
          <PersonLinks label="Young people who let you see their record" people={consented} />
        </>
      ) : null}
      {canSearch ? (
        <p className="mt-6">
          <Link href="/adviser/search" className="inline-flex min-h-11 items-center">
            Look up another young person (you must say why)
          </Link>
        </p>
      ) : null}
    </>
  );
}
