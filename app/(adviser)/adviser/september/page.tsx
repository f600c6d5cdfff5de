import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-styles';
import { NativeSelect } from '@/components/ui/native-select';
import { findSeptemberList } from '@/db/queries/applications';
import { getAreaSettings } from '@/db/queries/area-settings';
import { describeAcademicYear, isPast, keyDatesThisYear, toSeptemberFilter } from '@/lib/applications/academic-year';
import { requireAdviser } from '@/lib/auth/session';
import { formatDateOnly } from '@/lib/courses/words';
import { londonToday } from '@/lib/vacancies/words';
import { TableScroller } from '@/components/ui/table-scroller';

export const metadata: Metadata = { title: 'September Guarantee' };

const FILTER_WORDS = { all: 'Everyone in Year 11 and 12', 'no-application': 'No application sent', 'no-offer': 'No offer yet' } as const;

export default async function AdviserSeptemberPage({ searchParams }: { searchParams: Promise<{ show?: string | string[] }> }) {
  const user = await requireAdviser('/adviser/september');
  const filter = toSeptemberFilter((await searchParams).show);
  const now = new Date();
  const today = londonToday(now);
  const list = await findSeptemberList({ actorId: user.id, today, filter, reason: null, now, config: (await getAreaSettings({ laId: user.laId })).privacy });
  const rows = list?.rows ?? [];
  const dates = keyDatesThisYear(today, (await getAreaSettings({ laId: user.laId })).keyDates);

  return (
    <div>
      <p>
        <Link href="/adviser" className="inline-flex min-h-11 items-center">
          Adviser home
        </Link>
      </p>
      <h1 className="text-3xl font-bold">September Guarantee</h1>
      <p className="mt-2 text-lg">
        Young people on your caseload in Year 11 and Year 12, school year {describeAcademicYear(today)}.
      </p>
      <p className="mt-2">
        Apply by {formatDateOnly(dates.applyBy)}
        {isPast(dates.applyBy, today) ? ' (passed)' : ''}. Offers by {formatDateOnly(dates.offerBy)}
        {isPast(dates.offerBy, today) ? ' (passed)' : ''}.
      </p>
      <form method="get" className="mt-6 flex flex-col gap-2 sm:flex-row sm:items-end">
        <NativeSelect
          id="show"
          name="show"
          label="Show"
          defaultValue={filter}
          options={Object.entries(FILTER_WORDS).map(([value, label]) => ({ value, label }))}
        />
        <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
          Show
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="mt-6">Nobody to show.</p>
      ) : (
        <TableScroller label={FILTER_WORDS[filter]} className="mt-6">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{FILTER_WORDS[filter]}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">Name</th>
                <th scope="col" className="py-2 pr-4">Year</th>
                <th scope="col" className="py-2 pr-4">Applications sent</th>
                <th scope="col" className="py-2 pr-4">Has an offer</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-line">
                  <th scope="row" className="py-2 pr-4 font-normal">{row.name ?? 'No name given'}</th>
                  <td className="py-2 pr-4">{row.yearGroup}</td>
                  <td className="py-2 pr-4">{row.applications === 0 ? <strong>None</strong> : row.applications}</td>
                  <td className="py-2 pr-4">{row.hasOffer ? 'Yes' : <strong>No</strong>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      <p className="mt-6">
        <a href={`/adviser/september/export?show=${filter}`} className="inline-flex min-h-11 items-center" download>
          Download this list (CSV spreadsheet)
        </a>
      </p>
    </div>
  );
}
