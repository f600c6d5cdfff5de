import type { Metadata } from 'next';
import Link from 'next/link';
import { findMyYoungPeople } from '@/db/queries/parent-carers';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Your family' };

/** A parent or carer's home: the young people who named them. Nothing else in the service is theirs to see. */
export default async function FamilyPage() {
  const user = await requireRole('parent_carer', '/family');
  const people = await findMyYoungPeople({ actorId: user.id });
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Your family</h1>
      <p className="mt-4">You can see only what they chose to show you. They can see each time you look, and they can stop it at any time.</p>
      {people.length === 0 ? (
        <p className="mt-6">Nobody has shared anything with you now.</p>
      ) : (
        <ul className="mt-6 flex flex-col gap-3" aria-label="Young people who shared with you">
          {people.map((person) => (
            <li key={person.id}>
              <Link href={`/family/${person.id}`} className="inline-flex min-h-11 items-center text-xl font-bold">
                {person.name ?? 'A young person'}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
