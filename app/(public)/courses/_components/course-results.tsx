import { Picture } from '@/components/ui/picture';
import { Pagination } from '@/components/search/pagination';
import Link from 'next/link';
import type { CourseSummary } from '@/db/queries/courses';
import { describeLevel } from '@/lib/courses/levels';
import { type CourseFilters, courseSearchHref } from '@/lib/courses/search';
import { formatDateOnly, STUDY_MODE_WORDS } from '@/lib/courses/words';
import { describeChecked } from '@/lib/freshness/rules';
import { formatMiles } from '@/lib/geo/places';
import { buttonClasses } from '@/components/ui/button-styles';
import { ListenButton } from '@/components/read-aloud/listen-button';

/**
 * One page of results. The list sits in its own GET form to /courses/compare: tick up to three and press
 * Compare, with or without JavaScript.
 */
export function CourseResults({
  courses,
  total,
  filters,
  pageSize,
}: {
  /** sharedAreaName: the course is another area's, shared with this one (decision 035). */
  courses: (CourseSummary & { sharedAreaName?: string })[];
  total: number;
  filters: CourseFilters;
  pageSize: number;
}) {
  return (
    <form method="get" action="/courses/compare" aria-label="Compare courses">
      <ol className="flex flex-col gap-4" aria-label="Courses found">
        {courses.map((course) => (
          <li key={course.slug} id={`course-${course.slug}`} className="flex flex-col gap-3 border-2 border-line bg-paper p-4 sm:flex-row">
            <Picture src={course.imagePath} alt={course.imageAlt} width={80} height={80} className="size-16 shrink-0 object-cover sm:size-20" />
            <div className="min-w-0 flex-1">
              <h3 className="text-xl font-bold">
                <Link href={`/courses/${course.slug}`}>{course.title}</Link>
              </h3>
              <p className="text-muted">{course.providerName}</p>
              {course.sharedAreaName ? <p className="mt-1 font-bold">In {course.sharedAreaName}</p> : null}
              <p className="mt-2">{course.summary}</p>
              <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-base" aria-label="Facts">
                <li>{describeLevel(course.level)}</li>
                <li>{STUDY_MODE_WORDS[course.mode]}</li>
                {course.nextStartsOn ? <li>Starts {formatDateOnly(course.nextStartsOn)}</li> : null}
                {course.miles !== null ? <li>{formatMiles(course.miles)} away</li> : null}
                {course.isNoQualificationsNeeded ? <li className="font-bold text-success">No qualifications needed</li> : null}
              </ul>
              <p className="mt-2 text-base text-muted">{describeChecked(course.lastCheckedAt)}</p>
              <div className="mt-3">
                <ListenButton targetId={`course-${course.slug}`} label={course.title} />
              </div>
              <label className="mt-3 inline-flex min-h-11 cursor-pointer items-center gap-3" data-read-aloud="skip">
                <input type="checkbox" name="c" value={course.slug} className="size-6 accent-brand" />
                <span>
                  Compare<span className="sr-only"> {course.title}, {course.providerName}</span>
                </span>
              </label>
            </div>
          </li>
        ))}
      </ol>
      <div className="mt-6 flex flex-wrap items-center justify-between gap-4">
        <button
          type="submit"
          className={buttonClasses('secondary', 'cursor-pointer')}
        >
          Compare ticked courses (up to 3)
        </button>
        <Pagination
          page={filters.page}
          total={total}
          pageSize={pageSize}
          hrefFor={(page) => courseSearchHref(filters, { page })}
        />
      </div>
    </form>
  );
}
