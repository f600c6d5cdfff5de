import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Pagination } from '@/components/search/pagination';
import { buttonClasses } from '@/components/ui/button-styles';
import { getAreaSettings } from '@/db/queries/area-settings';
import { findFreshnessByOwner } from '@/db/queries/freshness';
import { requireLaAdmin } from '@/lib/auth/session';
import type { OwnerFreshness } from '@/lib/freshness/owners';
import { remindOwnerAction } from './actions';
import { BackLink } from '@/components/layout/back-link';
import { TableScroller } from '@/components/ui/table-scroller';

export const metadata: Metadata = { title: 'Who needs to check their information' };

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' });
const KIND_WORDS = { provider: 'School, college or training provider', employer: 'Employer' } as const;
const CANNOT_REMIND = {
  nothing_to_check: 'Nothing to check',
  reminded_today: 'Reminded in the last day',
  no_one_to_remind: 'No email address or mobile to remind',
} as const;

type Param = string | string[] | undefined;
type Props = { searchParams: Promise<{ owner?: Param; reminded?: Param; refused?: Param; show?: Param; page?: Param }> };

const PAGE_SIZE = 50;

/**
 * Council admins: every provider and employer in the area with how out of date their records are, the most
 * overdue first, and a reminder to each one's staff in one click (at most once a day per owner).
 */
export default async function FreshnessPage({ searchParams }: Props) {
  const user = await requireLaAdmin('/admin/freshness');
  const rules = (await getAreaSettings({ laId: user.laId })).freshness;
  const [{ owner, reminded, refused, ...view }, owners] = await Promise.all([searchParams, findFreshnessByOwner({ actorId: user.id, now: new Date(), rules })]);
  if (!owners) notFound();
  const named = typeof owner === 'string' ? owners.find((candidate) => candidate.id === owner) : undefined;
  const overdue = owners.filter((candidate) => candidate.needsChecking + candidate.hidden > 0);
  const { show, listed, page } = freshnessView(view, owners, overdue, PAGE_SIZE);
  const hrefFor = (to: number) => `/admin/freshness?${new URLSearchParams({ ...(show === 'overdue' ? { show } : {}), ...(to > 1 ? { page: String(to) } : {}) })}`;

  return (
    <div>
      <BackLink href="/admin">Back to council admin</BackLink>
      <h1 className="mt-2 text-3xl font-bold">Who needs to check their information</h1>
      <p className="mt-4 max-w-prose">
        Records not checked for {rules.warnAfterDays} days need checking. After {rules.hideAfterDays} days young people no
        longer see them. A reminder emails the owner’s staff, or the provider’s own address if it has no staff here yet.
      </p>
      <div role="status" className="mt-4">
        {named && typeof reminded === 'string' ? (
          <p className="border-l-4 border-brand bg-paper p-3 font-bold">
            Reminder sent to {named.name} ({reminded === '1' ? '1 person' : `${reminded} people`}).
          </p>
        ) : named && typeof refused === 'string' && refused in CANNOT_REMIND ? (
          <p className="border-l-4 border-error bg-paper p-3 font-bold">
            No reminder sent to {named.name}: {CANNOT_REMIND[refused as keyof typeof CANNOT_REMIND].toLowerCase()}.
          </p>
        ) : null}
      </div>
      <p className="mt-4 text-xl font-bold">
        {overdue.length === 0 ? 'Everyone’s information is up to date.' : `${overdue.length} of ${owners.length} need to check something.`}
      </p>
      {owners.length === 0 ? (
        <p className="mt-4">There are no providers or employers in your area yet.</p>
      ) : (
        <form method="get" action="/admin/freshness" className="mt-4">
          <fieldset>
            <legend className="font-bold">Show</legend>
            <div className="mt-2 flex flex-wrap gap-x-6">
              {(
                [
                  ['all', `Everyone (${owners.length})`],
                  ['overdue', `Only those with something to check (${overdue.length})`],
                ] as const
              ).map(([value, words]) => (
                <label key={value} className="inline-flex min-h-11 items-center gap-2">
                  <input type="radio" name="show" value={value} defaultChecked={show === value} className="size-6" />
                  {words}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className={buttonClasses('secondary', 'mt-2 cursor-pointer')}>
            Show these
          </button>
        </form>
      )}
      {listed.length === 0 ? null : (
        <TableScroller label="Providers and employers, most out of date first" className="mt-4">
          <table className="w-full border-collapse bg-paper text-left">
            <caption className="sr-only">Providers and employers, most out of date first</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b-2 border-ink p-2">Who</th>
                <th scope="col" className="border-b-2 border-ink p-2">Records</th>
                <th scope="col" className="border-b-2 border-ink p-2">Need checking</th>
                <th scope="col" className="border-b-2 border-ink p-2">Hidden from young people</th>
                <th scope="col" className="border-b-2 border-ink p-2">Oldest check</th>
                <th scope="col" className="border-b-2 border-ink p-2">Last reminder</th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  <span className="sr-only">Remind</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {listed.map((row) => (
                <OwnerRow key={`${row.kind}-${row.id}`} row={row} backTo={{ show, page }} />
              ))}
            </tbody>
          </table>
          <div className="mt-4">
            <Pagination page={page} total={show === 'overdue' ? overdue.length : owners.length} pageSize={PAGE_SIZE} hrefFor={hrefFor} />
          </div>
        </TableScroller>
      )}
    </div>
  );
}

/** Which owners this page lists: everyone or only the overdue, 50 at a time (most overdue first). */
function freshnessView(view: { show?: Param; page?: Param }, owners: OwnerFreshness[], overdue: OwnerFreshness[], pageSize: number) {
  const show = view.show === 'overdue' ? 'overdue' : 'all';
  const chosen = show === 'overdue' ? overdue : owners;
  const lastPage = Math.max(1, Math.ceil(chosen.length / pageSize));
  const asked = typeof view.page === 'string' && /^\d{1,4}$/.test(view.page) ? Number(view.page) : 1;
  const page = Math.min(Math.max(1, asked), lastPage);
  return { show, page, listed: chosen.slice((page - 1) * pageSize, page * pageSize) } as const;
}

function OwnerRow({ row, backTo }: { row: OwnerFreshness; backTo: { show: 'all' | 'overdue'; page: number } }) {
  const isOverdue = row.hidden > 0;
  const cell = 'border-b border-line p-2';
  return (
    <tr className={isOverdue ? 'border-l-8 border-error' : row.needsChecking > 0 ? 'border-l-8 border-focus' : undefined}>
      <th scope="row" className={`${cell} font-normal`}>
        <span className="font-bold">{row.name}</span>
        <span className="block text-muted">{KIND_WORDS[row.kind]}</span>
        {isOverdue ? <span className="mt-1 inline-block bg-error px-2 font-bold text-paper">Overdue</span> : null}
      </th>
      <td className={cell}>{row.records}</td>
      <td className={cell}>{row.needsChecking}</td>
      <td className={cell}>{row.hidden}</td>
      <td className={cell}>{row.oldestCheckedAt ? dateFormat.format(row.oldestCheckedAt) : '–'}</td>
      <td className={cell}>{row.lastReminderAt ? dateFormat.format(row.lastReminderAt) : 'Never'}</td>
      <td className={cell}>
        {row.cannotRemind ? (
          <span className="text-muted">{CANNOT_REMIND[row.cannotRemind]}</span>
        ) : (
          <form action={remindOwnerAction}>
            <input type="hidden" name="kind" value={row.kind} />
            <input type="hidden" name="ownerId" value={row.id} />
            <input type="hidden" name="show" value={backTo.show} />
            <input type="hidden" name="page" value={backTo.page} />
            <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
              Send a reminder<span className="sr-only"> to {row.name}</span>
            </button>
          </form>
        )}
      </td>
    </tr>
  );
}
