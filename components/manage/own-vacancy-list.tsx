import Link from 'next/link';
import type { OwnVacancyListItem } from '@/db/queries/employer-vacancies';
import { describeChecked } from '@/lib/freshness/rules';
import { describeReview, type OwnerStatus } from '@/lib/vacancies/review-words';
import { VACANCY_STATUS_WORDS } from '@/lib/vacancies/status';
import { describeClosing, londonToday } from '@/lib/vacancies/words';

/** An employer's or a provider's own vacancies, each with its state, the council's check and when it was checked. */
export function OwnVacancyList({ vacancies, ownerStatus, basePath }: { vacancies: OwnVacancyListItem[]; ownerStatus: OwnerStatus; basePath: string }) {
  if (vacancies.length === 0) return <p className="mt-6">You have no vacancies yet.</p>;
  const today = londonToday(new Date());
  return (
    <ul aria-label="Your vacancies" className="mt-6 flex flex-col gap-3">
      {vacancies.map((vacancy) => {
        const review = describeReview(vacancy.reviewStatus, ownerStatus, vacancy.isSentBack);
        return (
          <li key={vacancy.id} className="border-l-4 border-line bg-paper p-4">
            <Link href={`${basePath}/${vacancy.id}`} className="inline-flex min-h-11 items-center text-xl font-bold">
              {vacancy.title}
            </Link>
            <p>
              {VACANCY_STATUS_WORDS[vacancy.status]}
              {vacancy.status === 'live' ? `. ${describeClosing(vacancy.closesOn, today)}` : ''}
            </p>
            {review ? <p className="font-bold">{review}</p> : null}
            <p className="text-muted">{describeChecked(vacancy.lastCheckedAt)}</p>
          </li>
        );
      })}
    </ul>
  );
}
