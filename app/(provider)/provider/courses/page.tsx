import type { Metadata } from 'next';
import Link from 'next/link';
import { findOwnCourses } from '@/db/queries/provider-content';
import { requireProviderStaff } from '@/lib/auth/session';
import { describeChecked } from '@/lib/freshness/rules';

export const metadata: Metadata = { title: 'Your courses' };

export default async function ProviderCoursesPage() {
  const user = await requireProviderStaff('/provider/courses');
  const courses = await findOwnCourses({ actorId: user.id });
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/provider" className="inline-flex min-h-11 items-center">
          Back to provider home
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Your courses</h1>
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
        <ul aria-label="Your courses" className="mt-6 flex flex-col gap-3">
          {courses.map((course) => (
            <li key={course.id} className="border-l-4 border-line bg-paper p-4">
              <Link href={`/provider/courses/${course.id}`} className="inline-flex min-h-11 items-center text-xl font-bold">
                {course.title}
              </Link>
              <p className="text-muted">{describeChecked(course.lastCheckedAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
