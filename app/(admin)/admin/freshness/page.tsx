import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { getAreaSettings } from '@/db/queries/area-settings';
import { findFreshnessByOwner } from '@/db/queries/freshness';
import { requireLaAdmin } from '@/lib/auth/session';
import type { OwnerFreshness } from '@/lib/freshness/owners';
import { remindOwnerAction } from './actions';

export const metadata: Metadata = { title: 'Who needs to check their information' };

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' });
const KIND_WORDS = { provider: 'School, college or training provider', employer: 'Employer' } as const;
const CANNOT_REMIND = {
  nothing_to_check: 'Nothing to check',
  reminded_today: 'Reminded in the last day',
  no_one_to_remind: 'No email address to remind',
} as const;

type Props = { searchParams: Promise<{ owner?: string | string[]; reminded?: string | string[]; refused?: string | string[] }> };

/**
 * Council admins: every provider and employer in the area with how out of date their records are, the most
 * overdue first, and a reminder to each one's staff in one click (at most once a day per owner).
 */
export default async function FreshnessPage({ searchParams }: Props) {
  const user = await requireLaAdmin('/admin/freshness');
  const rules = (await getAreaSettings({ laId: user.laId })).freshness;
  const [{ owner, reminded, refused }, owners] = await Promise.all([searchParams, findFreshnessByOwner({ actorId: user.id, now: new Date(), rules })]);
  if (!owners) notFound();
  const named = typeof owner === 'string' ? owners.find((candidate) => candidate.id === owner) : undefined;
  const overdue = owners.filter((candidate) => candidate.needsChecking + candidate.hidden > 0);

  return (
    <div>
      <p>
        <Link href="/admin" className="inline-flex min-h-11 items-center">
          Back to council admin
        </Link>
      </p>
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
        <div className="mt-4 overflow-x-auto">
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
              {owners.map((row) => (
                <OwnerRow key={`${row.kind}-${row.id}`} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function OwnerRow({ row }: { row: OwnerFreshness }) {
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
            <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
              Send a reminder<span className="sr-only"> to {row.name}</span>
            </button>
          </form>
        )}
      </td>
    </tr>
  );
}
