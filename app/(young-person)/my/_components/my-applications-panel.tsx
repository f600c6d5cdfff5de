import Link from 'next/link';
import { getOwnSeptemberFacts } from '@/db/queries/applications';
import {
  describeAcademicYear,
  isSeptemberGuaranteeYear,
  keyDatesThisYear,
  septemberStanding,
  yearGroup,
} from '@/lib/applications/academic-year';
import { getAreaSettings } from '@/db/queries/area-settings';
import { formatDateOnly } from '@/lib/courses/words';
import { londonToday } from '@/lib/vacancies/words';

const STANDING_WORDS = {
  has_offer: { heading: 'You have an offer', body: 'Well done. You have a place for September. Keep an eye on your applications for what to do next.' },
  applied_no_offer: {
    heading: 'No offer yet',
    body: 'You have applied. You do not have an offer yet. Your adviser can help you apply for more than one thing.',
  },
  not_applied: {
    heading: 'You have not applied yet',
    body: 'Everyone in Year 11 and Year 12 should get an offer of a place for September. Find a course, apprenticeship or job and apply.',
  },
} as const;

/** On the young person's own page: their applications, and the September Guarantee panel for Years 11 and 12. */
export async function MyApplicationsPanel({ userId, laId }: { userId: string; laId: string }) {
  const facts = await getOwnSeptemberFacts({ actorId: userId });
  const today = londonToday(new Date());
  const group = facts?.dateOfBirth ? yearGroup(facts.dateOfBirth, today) : null;
  const showSeptember = facts && group !== null && isSeptemberGuaranteeYear(group);
  const standing = facts ? septemberStanding(facts) : 'not_applied';
  const dates = keyDatesThisYear(today, (await getAreaSettings({ laId })).keyDates);

  return (
    <>
      {showSeptember ? (
        <section aria-labelledby="september-offer" className="mt-8 border-4 border-brand bg-paper p-4">
          <h2 id="september-offer" className="text-2xl font-bold">
            My September offer
          </h2>
          <p className="mt-1 text-base text-muted">
            Year {group}, school year {describeAcademicYear(today)}
          </p>
          <p className="mt-3 text-xl font-bold">{STANDING_WORDS[standing].heading}</p>
          <p className="mt-1">{STANDING_WORDS[standing].body}</p>
          {standing !== 'has_offer' ? (
            <p className="mt-2">
              Try to apply by {formatDateOnly(dates.applyBy)}. Most offers are made by {formatDateOnly(dates.offerBy)}.
            </p>
          ) : null}
        </section>
      ) : null}
      <h2 className="mt-8 text-2xl font-bold">Applications</h2>
      <ul className="mt-4 flex flex-col gap-2">
        <li>
          <Link href="/applications" className="inline-flex min-h-11 items-center">
            Your applications
          </Link>
        </li>
        <li>
          <Link href="/applications/profile" className="inline-flex min-h-11 items-center">
            Your application profile
          </Link>
        </li>
      </ul>
    </>
  );
}
