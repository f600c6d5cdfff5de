import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { findAreaAdvisers, findRecentPermissionChanges } from '@/db/queries/staff-permissions';
import { requireLaAdmin } from '@/lib/auth/session';
import { setAdviserLookUpAction } from './actions';
import { RecentChanges } from '@/components/manage/recent-changes';
import { BackLink } from '@/components/layout/back-link';
import { TableScroller } from '@/components/ui/table-scroller';

export const metadata: Metadata = { title: 'Who can look up young people' };


type Props = { searchParams: Promise<{ changed?: string | string[]; allowed?: string | string[] }> };

/**
 * Council admins: which advisers may look up any young person in the area. An adviser always sees the young
 * people on their own caseload; looking up anyone else needs this permission and a written reason each time,
 * which the young person can read. Every change is logged.
 */
export default async function AdminStaffPage({ searchParams }: Props) {
  const user = await requireLaAdmin('/admin/staff');
  const [{ changed, allowed }, advisers, changes] = await Promise.all([
    searchParams,
    findAreaAdvisers({ actorId: user.id }),
    findRecentPermissionChanges({ actorId: user.id }),
  ]);
  if (!advisers) notFound();
  const changedAdviser = typeof changed === 'string' ? advisers.find((adviser) => adviser.id === changed) : undefined;

  return (
    <div className="max-w-4xl">
      <BackLink href="/admin">Back to council admin</BackLink>
      <h1 className="mt-2 text-3xl font-bold">Who can look up young people</h1>
      <p className="mt-4 max-w-prose">
        Advisers can always see the young people on their own caseload. To look up anyone else in the area, they need your
        permission. They must also write down why, each time. The young person can read that reason.
      </p>
      <div role="status" className="mt-4">
        {changedAdviser ? (
          <p className="border-l-4 border-brand bg-paper p-3 font-bold">
            {allowed === 'yes'
              ? `${changedAdviser.name ?? 'The adviser'} can now look up young people.`
              : `${changedAdviser.name ?? 'The adviser'} can no longer look up young people.`}
          </p>
        ) : null}
      </div>
      {advisers.length === 0 ? (
        <p className="mt-6">There are no advisers in your area yet.</p>
      ) : (
        <TableScroller label="Advisers in your area" className="mt-6">
          <table className="w-full border-collapse bg-paper text-left">
            <caption className="sr-only">Advisers in your area</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b-2 border-ink p-2">Adviser</th>
                <th scope="col" className="border-b-2 border-ink p-2">On their caseload</th>
                <th scope="col" className="border-b-2 border-ink p-2">Can look up anyone</th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  <span className="sr-only">Change</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {advisers.map((adviser) => (
                <tr key={adviser.id}>
                  <th scope="row" className="border-b border-line p-2 font-normal">
                    <span className="font-bold">{adviser.name ?? 'No name given'}</span>
                    {adviser.email ? <span className="block break-all text-muted">{adviser.email}</span> : null}
                  </th>
                  <td className="border-b border-line p-2">{adviser.caseload}</td>
                  <td className="border-b border-line p-2">{adviser.canSearchYoungPeople ? 'Yes' : 'No'}</td>
                  <td className="border-b border-line p-2">
                    <form action={setAdviserLookUpAction}>
                      <input type="hidden" name="adviserId" value={adviser.id} />
                      <input type="hidden" name="allow" value={adviser.canSearchYoungPeople ? 'no' : 'yes'} />
                      <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
                        {adviser.canSearchYoungPeople ? 'Stop' : 'Allow'}
                        <span className="sr-only"> {adviser.name ?? 'this adviser'} looking up young people</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      <RecentChanges changes={changes} />
    </div>
  );
}
