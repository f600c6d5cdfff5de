import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findKindsOfWork, findOwnSiteChoices, getOwnProvider } from '@/db/queries/provider-content';
import { requireProviderStaff } from '@/lib/auth/session';
import { CourseForm, EMPTY_COURSE_VALUES } from '../[id]/_components/course-form';
import { addCourseAction } from './actions';

export const metadata: Metadata = { title: 'Add a course' };

/** Provider staff: add a new course. It goes live at once, in the course search. */
export default async function NewCoursePage() {
  const user = await requireProviderStaff('/provider/courses/new');
  const [provider, kinds, sites] = await Promise.all([getOwnProvider({ actorId: user.id }), findKindsOfWork(), findOwnSiteChoices({ actorId: user.id })]);
  if (!provider) notFound();
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/provider/courses" className="inline-flex min-h-11 items-center">
          Back to your courses
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Add a course</h1>
      <p className="mt-4">The course goes live as soon as you add it. Young people can find it in the course search.</p>
      {sites.length === 0 ? (
        <p className="mt-4">
          First add the place where the course happens.{' '}
          <Link href="/provider/sites" className="inline-flex min-h-11 items-center">
            Add a site
          </Link>
        </p>
      ) : (
        <CourseForm action={addCourseAction} saved={EMPTY_COURSE_VALUES} kinds={kinds} firstRunSites={sites} />
      )}
    </div>
  );
}
