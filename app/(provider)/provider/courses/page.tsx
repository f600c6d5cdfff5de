import type { Metadata } from 'next';
import Link from 'next/link';
import { SavedNote } from '@/components/manage/checked-form';
import { buttonClasses } from '@/components/ui/button-styles';
import { getAreaSettings } from '@/db/queries/area-settings';
import { findOwnCourses } from '@/db/queries/provider-content';
import { requireProviderStaff } from '@/lib/auth/session';
import { describeChecked, type Freshness, freshnessOf } from '@/lib/freshness/rules';
import { markAllCoursesCheckedAction } from './actions';

export const metadata: Metadata = { title: 'Your courses' };

/** "Thank you. All 12 of your courses are marked as checked today." after the one-click check. */
function checkedMessage(checked: string | undefined): string | null {
  if (checked === undefined || !/^\d{1,5}$/.test(checked)) return null;
  const count = Number(checked);
  if (count === 0) return 'You have no courses to check yet.';
  return count === 1 ? 'Thank you. Your course is marked as checked today.' : `Thank you. All ${count} of your courses are marked as checked today.`;
}

/** Whether young people still see a course, by when it was last checked (the area's freshness rules). */
const FRESHNESS_WORDS: Record<Freshness, string> = {
  fresh: 'Up to date.',
  'needs-checking': 'Needs checking soon.',
  hidden: 'Out of date: young people cannot see it until you check it.',
};

type Props = { searchParams: Promise<{ checked?: string }> };

export default async function ProviderCoursesPage({ searchParams }: Props) {
  const user = await requireProviderStaff('/provider/courses');
  const [courses, query, settings] = await Promise.all([findOwnCourses({ actorId: user.id }), searchParams, getAreaSettings({ laId: user.laId })]);
  const now = new Date();
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/provider" className="inline-flex min-h-11 items-center">
          Back to provider home
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Your courses</h1>
      <SavedNote message={checkedMessage(query.checked)} />
      <p className="mt-4">Open a course to change it or to say it is still correct.</p>
      <p className="mt-2">
        <Link href="/provider/courses/new" className="inline-flex min-h-11 items-center">
          Add a course
        </Link>
      </p>
      <p>
        <Link href="/provider/courses/import" className="inline-flex min-h-11 items-center">
          Add or update courses from a file
        </Link>
      </p>
      {courses.length === 0 ? (
        <p className="mt-6">You have no courses yet.</p>
      ) : (
        <>
          <form action={markAllCoursesCheckedAction} className="mt-6 flex flex-col items-start gap-3 border-l-4 border-brand bg-paper p-4">
            <p>If nothing has changed, tell us in one click. Every course below is then marked as checked today.</p>
            <button type="submit" className={buttonClasses('secondary')}>
              All my courses are still correct
            </button>
          </form>
          <ul aria-label="Your courses" className="mt-6 flex flex-col gap-3">
            {courses.map((course) => (
              <li key={course.id} className="border-l-4 border-line bg-paper p-4">
                <Link href={`/provider/courses/${course.id}`} className="inline-flex min-h-11 items-center text-xl font-bold">
                  {course.title}
                </Link>
                <p className="text-muted">
                  {describeChecked(course.lastCheckedAt)}. {FRESHNESS_WORDS[freshnessOf(course.lastCheckedAt, now, settings.freshness)]}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
