import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CheckedForm, SavedNote } from '@/components/manage/checked-form';
import { findRecentChanges } from '@/db/queries/content-changes';
import { findKindsOfWork, findOwnSiteChoices, getOwnCourse } from '@/db/queries/provider-content';
import { requireProviderStaff } from '@/lib/auth/session';
import { formatDateOnly } from '@/lib/courses/words';
import { isRecordId } from '@/lib/manage/changes';
import { londonToday } from '@/lib/vacancies/words';
import { addCourseRunAction, markCourseCheckedAction, removeCourseRunAction, updateCourseAction, updateCourseRunAction } from './actions';
import { AddRunForm } from './_components/add-run-form';
import { CourseForm } from './_components/course-form';
import { CourseRunForm } from './_components/course-run-form';
import { RemoveRunConfirm } from './_components/remove-run';
import { RecentChanges } from '@/components/manage/recent-changes';

export const metadata: Metadata = { title: 'Change a course' };

const SAVED_MESSAGES: Record<string, string> = {
  course: 'Saved. Young people see the changes now.',
  run: 'Start date saved. Young people see it now.',
  checked: 'Thank you. The course is marked as checked today.',
  added: 'Course added. Young people can find it now.',
  'run-added': 'Start date added. Young people see it now.',
  'run-removed': 'Start date removed. Young people no longer see it.',
};


type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; remove?: string }> };

export default async function ProviderCoursePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireProviderStaff(`/provider/courses/${id}`);
  if (!isRecordId(id)) notFound();
  const course = await getOwnCourse({ actorId: user.id, courseId: id });
  if (!course) notFound();
  const [changes, sites, kinds] = await Promise.all([
    findRecentChanges({ laId: course.laId, entityType: 'course', entityId: course.id }),
    findOwnSiteChoices({ actorId: user.id }),
    findKindsOfWork(),
  ]);
  const today = londonToday(new Date());

  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/provider/courses" className="inline-flex min-h-11 items-center">
          Back to your courses
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{course.title}</h1>
      <SavedNote message={SAVED_MESSAGES[query.saved ?? ''] ?? null} />
      <CheckedForm
        action={markCourseCheckedAction}
        lastCheckedAt={course.lastCheckedAt}
        lastCheckedBy={course.lastCheckedBy}
        hiddenFields={{ courseId: course.id }}
      />
      <p className="mt-4">
        <Link href={`/courses/${course.slug}`} className="inline-flex min-h-11 items-center">
          See the public course page
        </Link>
      </p>

      <h2 className="mt-8 text-2xl font-bold">Course details</h2>
      <p className="mt-2">Changes go live at once. We keep a record of who changed what.</p>
      <CourseForm
        action={updateCourseAction}
        courseId={course.id}
        kinds={kinds}
        saved={{
          title: course.title,
          categoryId: course.categoryId,
          level: course.level,
          mode: course.mode,
          ageGroup: course.ageGroup,
          isApprenticeship: course.isApprenticeship,
          summary: course.summary,
          entryRequirements: course.entryRequirements,
          isNoQualificationsNeeded: course.isNoQualificationsNeeded,
          method: course.method,
          durationText: course.durationText,
          cost: course.cost,
        }}
      />

      <h2 className="mt-10 text-2xl font-bold">Start dates and places</h2>
      {course.runs.length === 0 ? <p className="mt-2">This course has no start dates yet.</p> : null}
      {course.runs.map((run) => {
        const removeHref = `/provider/courses/${course.id}?remove=${run.id}#run-${run.id}`;
        const when = `${formatDateOnly(run.startsOn)} at ${run.siteName}`;
        return (
          <div key={run.id} id={`run-${run.id}`}>
            {query.remove === run.id ? (
              <RemoveRunConfirm action={removeCourseRunAction} courseId={course.id} runId={run.id} when={when} isOnlyRun={course.runs.length === 1} />
            ) : run.startsOn < today ? (
              <PastRun heading={`Started ${when}`} removeHref={removeHref} />
            ) : (
              <CourseRunForm action={updateCourseRunAction} courseId={course.id} run={run} heading={`Starts ${when}`} removeHref={removeHref} />
            )}
          </div>
        );
      })}

      <h3 className="mt-8 text-xl font-bold">Add another start date</h3>
      <AddRunForm action={addCourseRunAction} courseId={course.id} sites={sites} />

      <RecentChanges changes={changes} className="mt-10" />
    </div>
  );
}

/** A start date that has passed: young people no longer see it, and it cannot move to another past day. */
function PastRun({ heading, removeHref }: { heading: string; removeHref: string }) {
  return (
    <section aria-label={heading} className="mt-4 flex flex-col items-start gap-2 border-l-4 border-line bg-paper p-4">
      <h3 className="text-xl font-bold">{heading}</h3>
      <p>This start date has passed. Young people no longer see it.</p>
      <Link href={removeHref} className="inline-flex min-h-11 items-center">
        Remove this start date
      </Link>
    </section>
  );
}
