import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { findShareChoices } from '@/db/queries/prospectus-shares';
import { requireLaAdmin } from '@/lib/auth/session';
import { setProspectusShareAction } from './actions';
import { RecentChanges } from '@/components/manage/recent-changes';
import { BackLink } from '@/components/layout/back-link';
import { TableScroller } from '@/components/ui/table-scroller';

export const metadata: Metadata = { title: 'Share your courses with other areas' };


type Props = { searchParams: Promise<{ changed?: string | string[]; shared?: string | string[] }> };

/**
 * Council admins: share the area's public courses with a neighbouring area (decision 035). Young people
 * there then see these courses in their course search, marked with this area's name. Only courses are
 * shared: never vacancies, and never anything about a person. Every change is logged.
 */
export default async function AdminSharingPage({ searchParams }: Props) {
  const user = await requireLaAdmin('/admin/sharing');
  const [{ changed, shared }, found] = await Promise.all([searchParams, findShareChoices({ actorId: user.id })]);
  if (!found) notFound();
  const { choices, changes } = found;
  const changedArea = typeof changed === 'string' ? choices.find((choice) => choice.laId === changed) : undefined;

  return (
    <div className="max-w-4xl">
      <BackLink href="/admin">Back to council admin</BackLink>
      <h1 className="mt-2 text-3xl font-bold">Share your courses with other areas</h1>
      <p className="mt-4 max-w-prose">
        You can show your area&rsquo;s courses to young people in a neighbouring area. They see them in their course
        search, marked with your area&rsquo;s name. Only courses are shared. Vacancies and everything about people stay
        in your area.
      </p>
      <div role="status" className="mt-4">
        {changedArea ? (
          <p className="border-l-4 border-brand bg-paper p-3 font-bold">
            {shared === 'yes'
              ? `Young people in ${changedArea.areaName} can now see your courses.`
              : `Young people in ${changedArea.areaName} can no longer see your courses.`}
          </p>
        ) : null}
      </div>
      {choices.length === 0 ? (
        <p className="mt-6">There are no other areas to share with yet.</p>
      ) : (
        <TableScroller label="Other areas" className="mt-6">
          <table className="w-full border-collapse bg-paper text-left">
            <caption className="sr-only">Other areas</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b-2 border-ink p-2">Area</th>
                <th scope="col" className="border-b-2 border-ink p-2">Sees your courses</th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  <span className="sr-only">Change</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {choices.map((choice) => (
                <tr key={choice.laId}>
                  <th scope="row" className="border-b border-line p-2 font-bold">
                    {choice.areaName}
                  </th>
                  <td className="border-b border-line p-2">{choice.isShared ? 'Yes' : 'No'}</td>
                  <td className="border-b border-line p-2">
                    <form action={setProspectusShareAction}>
                      <input type="hidden" name="toLaId" value={choice.laId} />
                      <input type="hidden" name="share" value={choice.isShared ? 'no' : 'yes'} />
                      <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
                        {choice.isShared ? 'Stop sharing' : 'Share'}
                        <span className="sr-only"> our courses with {choice.areaName}</span>
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
