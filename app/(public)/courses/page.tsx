import type { Metadata } from 'next';
import Link from 'next/link';
import { NoResults as NoResultsList } from '@/components/search/no-results';
import { ErrorSummary } from '@/components/ui/error-summary';
import { PictureChoiceCard, PictureChoiceGroup } from '@/components/ui/picture-choice-card';
import { getAreaSettings } from '@/db/queries/area-settings';
import { getAreaCategoryView } from '@/db/queries/categories';
import { COURSES_PAGE_SIZE, findCourses, findCourseSubjects } from '@/db/queries/courses';
import { getCourseScope } from '@/lib/auth/area';
import { seeCardsAsArea, seePictureAsArea, withOwnWords } from '@/lib/categories/area-view';
import { type CourseFilters, courseSearchHref, DISTANCE_CHOICES, hasAnyFilter, LENSES, parseCourseSearch } from '@/lib/courses/search';
import { CourseResults } from './_components/course-results';
import { CourseSearchForm } from './_components/course-search-form';
import { resolveOrigin } from './search-page-data';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filters = parseCourseSearch(await searchParams);
  const { postcodeError } = await resolveOrigin(filters);
  return { title: `${postcodeError ? 'Error: ' : ''}Find a course` };
}

const LENS_PICTURES: Record<keyof typeof LENSES, string> = {
  practical: '/images/categories/building-and-construction.svg',
  creative: '/images/categories/art-design-and-performing.svg',
  social: '/images/categories/health-and-care.svg',
};

export default async function CoursesPage({ searchParams }: Props) {
  const filters = parseCourseSearch(await searchParams);
  const { area, sharedLaIds, sharedAreaName } = await getCourseScope();
  const scope = { laId: area.id, sharedLaIds, now: new Date(), rules: (await getAreaSettings({ laId: area.id })).freshness };
  const { origin, postcodeError } = await resolveOrigin(filters);

  if (!hasAnyFilter(filters)) {
    const [allAreas, view] = await Promise.all([findCourseSubjects(scope), getAreaCategoryView({ laId: area.id })]);
    const areas = seeCardsAsArea(allAreas, view);
    return (
      <div className="flex flex-col gap-8">
        <div>
          <h1 className="text-3xl font-bold">Find a course</h1>
          <p className="mt-2 max-w-prose">Courses, apprenticeships and training in {area.areaName}.</p>
        </div>
        <section aria-labelledby="by-picture">
          <h2 id="by-picture" className="text-2xl font-bold">
            Choose by picture
          </h2>
          <PictureChoiceGroup label="Types of course" className="mt-4">
            {areas.map((card) => (
              <PictureChoiceCard
                key={card.slug}
                href={courseSearchHref({ area: card.slug })}
                label={card.name}
                description={withOwnWords(card.ownWords, `${card.courseCount} ${card.courseCount === 1 ? 'course' : 'courses'}`)}
                imageSrc={card.imagePath}
                imageAlt={card.imageAlt}
              />
            ))}
          </PictureChoiceGroup>
        </section>
        <section aria-labelledby="by-lens">
          <h2 id="by-lens" className="text-2xl font-bold">
            Or choose what you like doing
          </h2>
          <PictureChoiceGroup label="What you like doing" className="mt-4">
            {Object.entries(LENSES).map(([lens, words]) => (
              <PictureChoiceCard
                key={lens}
                href={courseSearchHref({ lens: lens as keyof typeof LENSES })}
                label={words.label}
                imageSrc={LENS_PICTURES[lens as keyof typeof LENSES]}
              />
            ))}
          </PictureChoiceGroup>
        </section>
        <section aria-labelledby="by-words" className="flex flex-col gap-4">
          <h2 id="by-words" className="text-2xl font-bold">
            Or search with words
          </h2>
          <CourseSearchForm filters={filters} />
        </section>
        <p>
          Not sure where to start? Read about your <Link href="/courses/at-14">options at 14</Link> or your{' '}
          <Link href="/courses/at-16">options at 16</Link>.
        </p>
      </div>
    );
  }

  const isChoosingSubject = Boolean(filters.area && !filters.subject);
  const [{ total, courses }, allSubjects, view] = await Promise.all([
    findCourses({ ...scope, filters, origin }),
    isChoosingSubject ? findCourseSubjects({ ...scope, areaSlug: filters.area }) : Promise.resolve([]),
    // The area's own pictures, for the subject cards and the results (one small query, usually no rows).
    getAreaCategoryView({ laId: area.id }),
  ]);
  // Kinds of work the area hid are not offered as cards; a search for one still finds its courses (decision 035).
  const subjects = seeCardsAsArea(allSubjects, view);

  return (
    <div className="flex flex-col gap-8">
      <ErrorSummary errors={postcodeError ? [{ field: 'postcode', message: postcodeError }] : []} />
      <div>
        <p>
          <Link href="/courses" className="inline-flex min-h-11 items-center">
            Start again
          </Link>
        </p>
        <h1 className="text-3xl font-bold">Find a course</h1>
      </div>
      <CourseSearchForm filters={filters} postcodeError={postcodeError} />
      {subjects.length > 0 ? (
        <section aria-labelledby="subjects">
          <h2 id="subjects" className="text-2xl font-bold">
            Choose a subject
          </h2>
          <PictureChoiceGroup label="Subjects" className="mt-4">
            {subjects.map((subject) => (
              <PictureChoiceCard
                key={subject.slug}
                href={courseSearchHref(filters, { subject: subject.slug, page: 1 })}
                label={subject.name}
                description={withOwnWords(subject.ownWords, `${subject.courseCount} ${subject.courseCount === 1 ? 'course' : 'courses'}`)}
                imageSrc={subject.imagePath}
                imageAlt={subject.imageAlt}
              />
            ))}
          </PictureChoiceGroup>
        </section>
      ) : null}
      <section aria-labelledby="results">
        <h2 id="results" className="text-2xl font-bold" aria-live="polite">
          {total === 0 ? 'No courses found' : `${total} ${total === 1 ? 'course' : 'courses'} found`}
        </h2>
        {total === 0 ? (
          <NoResults filters={filters} hasOrigin={origin !== null} />
        ) : (
          <div className="mt-4">
            <CourseResults
              courses={courses.map((course) => ({ ...seePictureAsArea(course, view), sharedAreaName: sharedAreaName(course.laId) }))}
              total={total}
              filters={filters}
              pageSize={COURSES_PAGE_SIZE}
            />
          </div>
        )}
      </section>
    </div>
  );
}

/** Wider searches worth trying from here. */
function NoResults({ filters, hasOrigin }: { filters: CourseFilters; hasOrigin: boolean }) {
  const wider = DISTANCE_CHOICES.find((miles) => miles > filters.distance);
  const suggestions = [
    hasOrigin && wider ? { href: courseSearchHref(filters, { distance: wider, page: 1 }), text: `Look up to ${wider} miles away` } : null,
    filters.subject ? { href: courseSearchHref(filters, { subject: undefined, page: 1 }), text: 'Look at all subjects in this area of work' } : null,
    filters.q ? { href: courseSearchHref({ ...filters, q: undefined, page: 1 }), text: `Search without the words "${filters.q}"` } : null,
    { href: '/courses', text: 'Start a new search' },
  ];
  return <NoResultsList suggestions={suggestions} />;
}
