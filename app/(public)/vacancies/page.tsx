import type { Metadata } from 'next';
import { after } from 'next/server';
import Link from 'next/link';
import { NoResults as NoResultsList } from '@/components/search/no-results';
import { ErrorSummary } from '@/components/ui/error-summary';
import { PictureChoiceCard, PictureChoiceGroup } from '@/components/ui/picture-choice-card';
import { getAreaSettings } from '@/db/queries/area-settings';
import { getAreaCategoryView } from '@/db/queries/categories';
import { findVacancies, findVacancyKinds, findVacancyLanding, VACANCIES_PAGE_SIZE } from '@/db/queries/vacancies';
import { getAreaContext } from '@/lib/auth/area';
import { seeCardsAsArea, seePictureAsArea, withOwnWords } from '@/lib/categories/area-view';
import { DISTANCE_CHOICES, hasAnyFilter, parseVacancySearch, VACANCY_TYPES, type VacancyFilters, vacancySearchHref } from '@/lib/vacancies/search';
import { describeChoiceCount, describeCount, londonToday, VACANCY_TYPE_WORDS } from '@/lib/vacancies/words';
import { resolveOrigin } from '../courses/search-page-data';
import { VacancyResults } from './_components/vacancy-results';
import { SaveSearch } from './_components/save-search';
import { VacancySearchForm } from './_components/vacancy-search-form';
import { resolveWageAge } from './page-data';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITLE = 'Find a job or training';

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filters = parseVacancySearch(await searchParams);
  const { postcodeError } = await resolveOrigin(filters);
  return { title: `${postcodeError ? 'Error: ' : ''}${TITLE}` };
}

export default async function VacanciesPage({ searchParams }: Props) {
  const raw = await searchParams;
  const filters = parseVacancySearch(raw);
  const area = await getAreaContext();
  const now = new Date();
  const settings = await getAreaSettings({ laId: area.id });
  const scope = { laId: area.id, now, rules: settings.freshness };
  const { origin, postcodeError } = await resolveOrigin(filters);

  if (!hasAnyFilter(filters)) {
    const [{ typeCounts, areas }, view] = await Promise.all([findVacancyLanding({ ...scope, runLater: after }), getAreaCategoryView({ laId: area.id })]);
    return (
      <div className="flex flex-col gap-8">
        <div>
          <h1 className="text-3xl font-bold">{TITLE}</h1>
          <p className="mt-2 max-w-prose">Jobs, apprenticeships, training places, work experience and volunteering in {area.areaName}.</p>
        </div>
        <section aria-labelledby="by-type">
          <h2 id="by-type" className="text-2xl font-bold">
            What are you looking for?
          </h2>
          <PictureChoiceGroup label="What you are looking for" className="mt-4">
            {VACANCY_TYPES.map((type) => (
              <PictureChoiceCard
                key={type}
                href={vacancySearchHref({ type, age: filters.age })}
                label={VACANCY_TYPE_WORDS[type].plural}
                description={`${VACANCY_TYPE_WORDS[type].hint}. ${describeCount(typeCounts[type], type)}`}
                imageSrc={VACANCY_TYPE_WORDS[type].picture}
              />
            ))}
          </PictureChoiceGroup>
        </section>
        <section aria-labelledby="by-area">
          <h2 id="by-area" className="text-2xl font-bold">
            Or choose an area of work
          </h2>
          <PictureChoiceGroup label="Areas of work" className="mt-4">
            {seeCardsAsArea(areas, view).map((card) => (
              <PictureChoiceCard
                key={card.slug}
                href={vacancySearchHref({ area: card.slug, age: filters.age })}
                label={card.name}
                description={withOwnWords(card.ownWords, describeChoiceCount(card.vacancyCount))}
                imageSrc={card.imagePath}
                imageAlt={card.imageAlt}
              />
            ))}
          </PictureChoiceGroup>
        </section>
        <section aria-labelledby="by-words" className="flex flex-col gap-4">
          <h2 id="by-words" className="text-2xl font-bold">
            Or search with words
          </h2>
          <VacancySearchForm filters={filters} />
        </section>
      </div>
    );
  }

  const isChoosingKind = Boolean(filters.area && !filters.kind);
  const [{ total, isMore, vacancies, correctedTo }, allKinds, view, wageAge] = await Promise.all([
    findVacancies({ ...scope, filters, origin, runLater: after }),
    isChoosingKind ? findVacancyKinds({ ...scope, areaSlug: filters.area!, type: filters.type, runLater: after }) : Promise.resolve([]),
    // The area's own pictures, for the kind cards and the results (one small query, usually no rows).
    getAreaCategoryView({ laId: area.id }),
    resolveWageAge(filters.age, now),
  ]);
  // Kinds of work the area hid are not offered as cards; a search for one still finds its vacancies (decision 035).
  const kinds = seeCardsAsArea(allKinds, view);

  return (
    <div className="flex flex-col gap-8">
      <ErrorSummary errors={postcodeError ? [{ field: 'postcode', message: postcodeError }] : []} />
      <div>
        <p>
          <Link href="/vacancies" className="inline-flex min-h-11 items-center">
            Start again
          </Link>
        </p>
        <h1 className="text-3xl font-bold">{TITLE}</h1>
      </div>
      <VacancySearchForm filters={filters} postcodeError={postcodeError} />
      {kinds.length > 1 ? (
        <section aria-labelledby="kinds">
          <h2 id="kinds" className="text-2xl font-bold">
            Choose a kind of work
          </h2>
          <PictureChoiceGroup label="Kinds of work" className="mt-4">
            {kinds.map((kind) => (
              <PictureChoiceCard
                key={kind.slug}
                href={vacancySearchHref(filters, { kind: kind.slug, page: 1 })}
                label={kind.name}
                description={withOwnWords(kind.ownWords, describeChoiceCount(kind.vacancyCount, filters.type))}
                imageSrc={kind.imagePath}
                imageAlt={kind.imageAlt}
              />
            ))}
          </PictureChoiceGroup>
        </section>
      ) : null}
      <section aria-labelledby="results">
        <h2 id="results" className="text-2xl font-bold" aria-live="polite">
          {total === 0 ? `No ${filters.type ? VACANCY_TYPE_WORDS[filters.type].many : 'results'} found` : `${isMore ? 'More than ' : ''}${describeCount(total, filters.type)} found`}
        </h2>
        {correctedTo && total > 0 ? (
          <p className="mt-2">
            Nothing matched “{filters.q}”, so these are for <b>“{correctedTo}”</b>.{' '}
            <Link href={vacancySearchHref({ ...filters, q: correctedTo, page: 1 })} className="inline-flex min-h-11 items-center">
              Search for “{correctedTo}”
            </Link>
          </p>
        ) : null}
        {total === 0 ? (
          <NoResults filters={filters} hasOrigin={origin !== null} />
        ) : (
          <div className="mt-4">
            <VacancyResults
              vacancies={vacancies.map((vacancy) => seePictureAsArea(vacancy, view))}
              total={total}
              filters={filters}
              pageSize={VACANCIES_PAGE_SIZE}
              wageAge={wageAge}
              wageRates={settings.wages}
              today={londonToday(now)}
            />
          </div>
        )}
      </section>
      <SaveSearch filters={filters} savedFor={typeof raw.savedFor === 'string' ? raw.savedFor : undefined} />
    </div>
  );
}

/** Wider searches worth trying from here. */
function NoResults({ filters, hasOrigin }: { filters: VacancyFilters; hasOrigin: boolean }) {
  const wider = DISTANCE_CHOICES.find((miles) => miles > filters.distance);
  const fresh = { ...filters, page: 1 };
  const suggestions = [
    hasOrigin && wider ? { href: vacancySearchHref(fresh, { distance: wider }), text: `Look up to ${wider} miles away` } : null,
    filters.type ? { href: vacancySearchHref({ ...fresh, type: undefined }), text: 'Look at every kind of job and training, not just this one' } : null,
    filters.kind ? { href: vacancySearchHref({ ...fresh, kind: undefined }), text: 'Look at all kinds of work in this area of work' } : null,
    filters.noExperience || filters.noQualifications || filters.hours || filters.closingSoon
      ? {
          href: vacancySearchHref({ ...fresh, noExperience: false, noQualifications: false, hours: undefined, closingSoon: false }),
          text: 'Search without the extra choices',
        }
      : null,
    filters.q ? { href: vacancySearchHref({ ...fresh, q: undefined }), text: `Search without the words "${filters.q}"` } : null,
    { href: '/vacancies', text: 'Start a new search' },
  ];
  return <NoResultsList suggestions={suggestions} />;
}
