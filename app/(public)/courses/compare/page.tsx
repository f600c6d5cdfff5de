import type { Metadata } from 'next';
import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { LinkButton } from '@/components/ui/link-button';
import { cn } from '@/components/ui/utils';
import { getAreaSettings } from '@/db/queries/area-settings';
import { type CourseDetail, findCoursesToCompare } from '@/db/queries/courses';
import { getCourseScope } from '@/lib/auth/area';
import { describeLevel } from '@/lib/courses/levels';
import { formatDateOnly, STUDY_METHOD_WORDS, STUDY_MODE_WORDS } from '@/lib/courses/words';
import { TableScroller } from '@/components/ui/table-scroller';

export const metadata: Metadata = { title: 'Compare courses' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const MAX_COURSES = 3;

/** The first three different course slugs in ?c=…&c=…; anything that cannot be a slug is dropped. */
function slugsFrom(value: string | string[] | undefined): string[] {
  const values = Array.isArray(value) ? value : value ? [value] : [];
  const slugs = values.filter((slug) => /^[a-z0-9-]{1,120}$/.test(slug));
  return [...new Set(slugs)].slice(0, MAX_COURSES);
}

function compareHref(slugs: string[]): string {
  const params = new URLSearchParams(slugs.map((slug) => ['c', slug]));
  return `/courses/compare?${params.toString()}`;
}

const checkedFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

// Long words ("qualifications") wrap with a hyphen where the browser knows the language, and break only as a last resort.
const cell = 'px-1.5 py-2 text-left align-top break-words hyphens-auto sm:px-2';

type Row = { heading: string; cell: (course: CourseDetail) => ReactNode };

const ROWS: Row[] = [
  {
    heading: 'Provider',
    cell: (course) => <Link href={`/providers/${course.provider.slug}`}>{course.provider.name}</Link>,
  },
  { heading: 'Level', cell: (course) => describeLevel(course.level) },
  { heading: 'Full or part time', cell: (course) => STUDY_MODE_WORDS[course.mode] },
  { heading: 'How you learn', cell: (course) => STUDY_METHOD_WORDS[course.method] },
  { heading: 'How long', cell: (course) => course.durationText },
  {
    heading: 'Starts',
    cell: (course) => (course.runs[0] ? formatDateOnly(course.runs[0].startsOn) : 'No dates yet. Ask them.'),
  },
  { heading: 'Cost', cell: (course) => course.cost || 'Ask them' },
  {
    heading: 'What you need to get in',
    cell: (course) =>
      course.isNoQualificationsNeeded ? (
        <span className="font-bold text-success">No qualifications needed</span>
      ) : (
        course.entryRequirements || 'Ask them'
      ),
  },
  { heading: 'Where', cell: (course) => course.sites[0]?.town ?? 'Ask them' },
  { heading: 'Checked on', cell: (course) => checkedFormat.format(course.lastCheckedAt) },
];

export default async function CompareCoursesPage({ searchParams }: Props) {
  const slugs = slugsFrom((await searchParams).c);
  const { area, sharedLaIds } = await getCourseScope();
  const courses =
    slugs.length === 0 ? [] : await findCoursesToCompare({ laId: area.id, sharedLaIds, now: new Date(), rules: (await getAreaSettings({ laId: area.id })).freshness, slugs });
  const shown = courses.map((course) => course.slug);

  return (
    <div>
      <h1 className="text-3xl font-bold">Compare courses</h1>
      {courses.length < 2 ? (
        <div className="mt-4 max-w-prose">
          {courses[0] ? (
            <p>
              You picked 1 course: <Link href={`/courses/${courses[0].slug}`}>{courses[0].title}</Link>. Pick 1 or 2 more to
              compare with it.
            </p>
          ) : null}
          <p className="mt-4">
            To compare courses side by side, find courses you like and tick &ldquo;Compare&rdquo; on up to 3
            of them. Then press &ldquo;Compare ticked courses&rdquo;.
          </p>
          <p className="mt-6">
            <LinkButton href="/courses">Find courses</LinkButton>
          </p>
        </div>
      ) : (
        <>
          <p className="mt-4 max-w-prose">Your {courses.length} courses side by side. Tap a course name to see all about it.</p>
          {/*
            On a phone each row's heading sits on its own line above the row (scope="rowgroup"), so the three
            courses get the whole width; from 640px up it is an ordinary row header. Only one of the two is ever
            displayed, so screen readers meet each heading once. The scroll box is only for zoomed-in screens
            (WCAG 1.4.10 allows it for tables).
          */}
          <TableScroller label="Courses side by side" className="-mx-2 mt-6 sm:mx-0">
            <table className="w-full min-w-72 table-fixed border-collapse bg-paper text-[1rem] sm:text-base">
              <caption className="sr-only">The courses you picked, side by side</caption>
              <thead>
                <tr>
                  <td className="hidden border-b-2 border-line sm:table-cell sm:w-1/5" />
                  {courses.map((course) => (
                    <th key={course.slug} scope="col" className={cn(cell, 'border-b-2 border-line')}>
                      <Picture src={course.imagePath} alt={course.imageAlt} width={56} height={56} className="size-12 sm:size-14" />
                      <Link href={`/courses/${course.slug}`} className="mt-2 block">
                        {course.title}
                      </Link>
                      <Link
                        href={compareHref(shown.filter((slug) => slug !== course.slug))}
                        className="mt-1 inline-flex min-h-11 items-center font-normal"
                      >
                        Remove<span className="sr-only"> {course.title}</span>
                      </Link>
                    </th>
                  ))}
                </tr>
              </thead>
              {ROWS.map((row) => (
                <tbody key={row.heading} className="border-b border-line">
                  <tr className="sm:hidden">
                    <th scope="rowgroup" colSpan={courses.length} className="px-1.5 pt-3 text-left sm:px-2">
                      {row.heading}
                    </th>
                  </tr>
                  <tr>
                    <th scope="row" className={cn(cell, 'hidden sm:table-cell')}>
                      {row.heading}
                    </th>
                    {courses.map((course) => (
                      <td key={course.slug} className={cell}>
                        {row.cell(course)}
                      </td>
                    ))}
                  </tr>
                </tbody>
              ))}
            </table>
          </TableScroller>
          <p className="mt-6">
            <Link href="/courses" className="inline-flex min-h-11 items-center">
              Find more courses
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
