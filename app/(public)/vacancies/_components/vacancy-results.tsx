import { Picture } from '@/components/ui/picture';
import { Pagination } from '@/components/search/pagination';
import Link from 'next/link';
import type { VacancySummary } from '@/db/queries/vacancies';
import { ListenButton } from '@/components/read-aloud/listen-button';
import { describePlaces } from '@/lib/courses/words';
import { describeChecked } from '@/lib/freshness/rules';
import { formatMiles } from '@/lib/geo/places';
import { type VacancyFilters, vacancyHref, vacancySearchHref } from '@/lib/vacancies/search';
import { describeWage, type WageRates } from '@/lib/vacancies/wages';
import { describeClosing, describeHours, isClosingSoon, VACANCY_TYPE_WORDS } from '@/lib/vacancies/words';

/** One page of vacancies: picture, title, who offers it, then the facts that decide whether to look closer. */
export function VacancyResults({
  vacancies,
  total,
  filters,
  pageSize,
  wageAge,
  wageRates,
  today,
}: {
  vacancies: VacancySummary[];
  total: number;
  filters: VacancyFilters;
  pageSize: number;
  wageAge: number | undefined;
  /** The area's minimum wage rates (council settings). */
  wageRates: WageRates;
  today: string;
}) {
  return (
    <>
      <ol className="flex flex-col gap-4" aria-label="Jobs and training found">
        {vacancies.map((vacancy) => (
          <li key={vacancy.id} id={`vacancy-${vacancy.id}`} className="flex flex-col gap-3 border-2 border-line bg-paper p-4 sm:flex-row">
            <Picture src={vacancy.imagePath} alt={vacancy.imageAlt} width={80} height={80} className="size-16 shrink-0 object-cover sm:size-20" />
            <div className="min-w-0 flex-1">
              <p className="text-base font-bold text-muted">{VACANCY_TYPE_WORDS[vacancy.type].label}</p>
              <h3 className="text-xl font-bold">
                <Link href={vacancyHref(vacancy.id, { age: wageAge, postcode: filters.postcode })}>{vacancy.title}</Link>
              </h3>
              <p className="text-muted">{vacancy.offeredBy}</p>
              <ul className="mt-2 flex flex-col gap-1 text-base" aria-label="Facts">
                <li className="font-bold">{describeWage(vacancy, wageAge, wageRates)}</li>
                <li>{describeHours(vacancy.hoursType, vacancy.hoursPerWeek)}</li>
                <li>{vacancy.miles !== null ? `${formatMiles(vacancy.miles)} away` : `In ${vacancy.town}`}</li>
                <li className={isClosingSoon(vacancy.closesOn, today) ? 'font-bold' : undefined}>{describeClosing(vacancy.closesOn, today)}</li>
                <li>{describePlaces(vacancy.places)}</li>
                {vacancy.isNoExperienceNeeded ? <li className="font-bold text-success">No experience needed</li> : null}
              </ul>
              <p className="mt-2 text-base text-muted">{describeChecked(vacancy.lastCheckedAt)}</p>
              <div className="mt-3">
                <ListenButton targetId={`vacancy-${vacancy.id}`} label={vacancy.title} />
              </div>
            </div>
          </li>
        ))}
      </ol>
      <div className="mt-6">
        <Pagination
          page={filters.page}
          total={total}
          pageSize={pageSize}
          hrefFor={(page) => vacancySearchHref(filters, { page })}
        />
      </div>
    </>
  );
}
