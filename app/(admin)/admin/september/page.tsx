import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeSelect } from '@/components/ui/native-select';
import { TextField } from '@/components/ui/text-field';
import { findSeptemberList } from '@/db/queries/applications';
import { getAreaSettings } from '@/db/queries/area-settings';
import { getAccountSummary } from '@/db/queries/people';
import { describeAcademicYear, isPast, keyDatesThisYear, toSeptemberFilter } from '@/lib/applications/academic-year';
import { requireLaAdmin } from '@/lib/auth/session';
import { formatDateOnly } from '@/lib/courses/words';
import { fieldErrorsFrom } from '@/lib/forms/form-state';
import { listReasonSchema } from '@/lib/privacy/schemas';
import { londonToday } from '@/lib/vacancies/words';
import { TableScroller } from '@/components/ui/table-scroller';

const TITLE = 'September Guarantee';

const FILTER_WORDS = { all: 'Everyone in Year 11 and 12', 'no-application': 'No application sent', 'no-offer': 'No offer yet' } as const;

type Props = { searchParams: Promise<{ show?: string | string[]; reason?: string | string[] }> };

function readQuery(query: Awaited<Props['searchParams']>) {
  const reason = typeof query.reason === 'string' ? query.reason : undefined;
  const parsed = listReasonSchema.safeParse({ reason: reason ?? '' });
  return { reason, isSubmitted: reason !== undefined, parsed, filter: toSeptemberFilter(query.show) };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { isSubmitted, parsed } = readQuery(await searchParams);
  return { title: `${isSubmitted && !parsed.success ? 'Error: ' : ''}${TITLE}` };
}

/**
 * Council admins: how many young people in their own area's Years 11 and 12 have no application, or no offer.
 * Counts for everyone; names only once the admin writes down why (the access rule for council staff), and
 * each young person named can read that reason in "Who looked at my record".
 */
export default async function AdminSeptemberPage({ searchParams }: Props) {
  const user = await requireLaAdmin('/admin/september');
  const { reason, isSubmitted, parsed, filter } = readQuery(await searchParams);
  const fieldErrors = isSubmitted && !parsed.success ? fieldErrorsFrom(parsed.error) : {};
  const now = new Date();
  const today = londonToday(now);
  const [account, list] = await Promise.all([
    getAccountSummary({ actorId: user.id }),
    findSeptemberList({ actorId: user.id, today, filter, reason: parsed.success ? parsed.data.reason : null, now, config: (await getAreaSettings({ laId: user.laId })).privacy }),
  ]);
  if (!account || !list) notFound();
  const dates = keyDatesThisYear(today, (await getAreaSettings({ laId: user.laId })).keyDates);
  const reasonQuery = parsed.success ? `&reason=${encodeURIComponent(parsed.data.reason)}` : '';

  return (
    <div>
      <p>
        <Link href="/admin" className="inline-flex min-h-11 items-center">
          Council admin home
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{TITLE}</h1>
      <p className="mt-2 text-lg">
        Young people in {account.areaName} in Year 11 and Year 12, school year {describeAcademicYear(today)}.
      </p>
      <p className="mt-2">
        Apply by {formatDateOnly(dates.applyBy)}
        {isPast(dates.applyBy, today) ? ' (passed)' : ''}. Offers by {formatDateOnly(dates.offerBy)}
        {isPast(dates.offerBy, today) ? ' (passed)' : ''}.
      </p>

      {/* A wide table scrolls sideways on a phone: the box takes focus so a keyboard can scroll it too. */}
      <TableScroller label="Counts table" className="mt-6">
        <table className="w-full border-collapse text-left">
          <caption className="text-left text-2xl font-bold">How many, today</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">Year</th>
              <th scope="col" className="py-2 pr-4">Young people</th>
              <th scope="col" className="py-2 pr-4">No application sent</th>
              <th scope="col" className="py-2 pr-4">No offer yet</th>
            </tr>
          </thead>
          <tbody>
            {list.counts.map((count) => (
              <tr key={count.year} className="border-b border-line">
                <th scope="row" className="py-2 pr-4">Year {count.year}</th>
                <td className="py-2 pr-4">{count.everyone}</td>
                <td className="py-2 pr-4">{count.noApplication}</td>
                <td className="py-2 pr-4">{count.noOffer}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
      <h2 className="mt-6 text-xl font-bold">What these mean</h2>
      <dl className="mt-2 flex flex-col gap-2">
        <div>
          <dt className="font-bold">Year 11 and Year 12</dt>
          <dd>From their date of birth. People with no date of birth are not counted.</dd>
        </div>
        <div>
          <dt className="font-bold">No application sent</dt>
          <dd>They have not sent any application here. Unsent and stopped ones do not count.</dd>
        </div>
        <div>
          <dt className="font-bold">No offer yet</dt>
          <dd>They do not hold an offer: none made, or they said no to it.</dd>
        </div>
      </dl>

      <h2 className="mt-8 text-2xl font-bold">See their names</h2>
      <p className="mt-2">
        Only ask for names when you need them. Each young person will see that you looked, and your reason.
      </p>
      <form method="get" noValidate className="mt-4 flex max-w-2xl flex-col gap-6">
        <ErrorSummary errors={Object.entries(fieldErrors).map(([field, message]) => ({ field, message }))} />
        <NativeSelect
          id="show"
          name="show"
          label="Show"
          defaultValue={filter}
          options={Object.entries(FILTER_WORDS).map(([value, label]) => ({ value, label }))}
        />
        <TextField
          id="reason"
          name="reason"
          label="Why you need their names"
          description="For example: planning calls to young people with no offer before the summer"
          defaultValue={reason ?? ''}
          errorMessage={fieldErrors.reason}
        />
        <div>
          <Button type="submit">Show names</Button>
        </div>
      </form>

      {list.rows ? (
        <section aria-labelledby="names-heading" className="mt-8">
          <h2 id="names-heading" className="text-2xl font-bold">
            {FILTER_WORDS[filter]}: {list.rows.length}
          </h2>
          {list.rows.length === 0 ? (
            <p className="mt-4">Nobody to show.</p>
          ) : (
            <TableScroller label="Names table">
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
                  {list.rows.map((row) => (
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
            <a href={`/admin/september/export?show=${filter}${reasonQuery}`} className="inline-flex min-h-11 items-center" download>
              Download this list (CSV spreadsheet)
            </a>
          </p>
        </section>
      ) : null}
    </div>
  );
}
