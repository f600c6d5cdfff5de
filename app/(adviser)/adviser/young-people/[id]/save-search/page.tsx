import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getAreaSettings } from '@/db/queries/area-settings';
import { getStaffAccess } from '@/db/queries/privacy';
import { notFoundIfPresenting } from '@/lib/auth/present';
import { requireAdviser } from '@/lib/auth/session';
import { VACANCY_TYPES } from '@/lib/vacancies/search';
import { VACANCY_TYPE_WORDS } from '@/lib/vacancies/words';
import { saveSearchForYoungPersonAction } from './actions';
import { AdviserSearchForm } from './_components/adviser-search-form';

export const metadata: Metadata = { title: 'Save a job search for them' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

/**
 * A PA saves a job search for a young person on their own caseload. It appears in the young person's saved
 * searches, marked as from their adviser, and sends them alerts. Anyone not on the caseload is not found.
 */
export default async function SaveSearchForYoungPersonPage({ params, searchParams }: Props) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const user = await requireAdviser(`/adviser/young-people/${id}/save-search`);
  await notFoundIfPresenting();
  const access = await getStaffAccess({ actorId: user.id, youngPersonId: id, reason: null, now: new Date(), config: (await getAreaSettings({ laId: user.laId })).privacy });
  if (!access || access.decision.basis !== 'caseload') notFound();
  const name = access.youngPerson.name ?? 'them';

  return (
    <div className="max-w-3xl">
      <p>
        <Link href={`/adviser/young-people/${id}`} className="inline-flex min-h-11 items-center">
          Back to {name}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Save a job search for {name}</h1>
      <div role="status" className="mt-4">
        {saved ? (
          <p className="border-l-4 border-brand bg-paper p-3 font-bold">
            Saved. {name} will see it in their saved searches, marked as from you.
          </p>
        ) : null}
      </div>
      <p className="mt-4">
        They will get a message when something new matches it, once a day at most. They can delete it. {name} will see that you did
        this.
      </p>
      <AdviserSearchForm
        action={saveSearchForYoungPersonAction}
        youngPersonId={id}
        types={[{ value: '', label: 'Any kind' }, ...VACANCY_TYPES.map((type) => ({ value: type, label: VACANCY_TYPE_WORDS[type].plural }))]}
      />
    </div>
  );
}
