import type { Metadata } from 'next';
import { cache } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ImportPreview } from '@/components/imports/import-preview';
import { getCourseImportPreview } from '@/db/queries/course-import';
import { requireProviderStaff } from '@/lib/auth/session';
import { columnOfField, type PlannedCourse } from '@/lib/imports/course-rows';
import { isRecordId } from '@/lib/manage/changes';
import { londonToday } from '@/lib/vacancies/words';
import { confirmCourseImportAction, discardCourseImportAction } from '../actions';

type Props = { params: Promise<{ id: string }> };

/** Once per request: the title and the page share one look at the file (re-checked against the database). */
const loadPreview = cache(async (id: string) => {
  const user = await requireProviderStaff('/provider/courses/import');
  if (!isRecordId(id)) notFound();
  const now = new Date();
  const preview = await getCourseImportPreview({ actorId: user.id, importId: id, now, today: londonToday(now) });
  if (!preview) notFound();
  return preview;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const preview = await loadPreview((await params).id);
  return { title: preview.plan.errors.length > 0 ? 'Error: Check your course file' : 'Check your course file' };
}

function whatChanges(planned: PlannedCourse): string {
  const columns = Object.keys(planned.changes).map(columnOfField);
  if (planned.run?.action === 'add') columns.push('new start date');
  if (planned.run?.action === 'update') columns.push(...Object.keys(planned.run.changes).map(columnOfField));
  return columns.join(', ');
}

/** Provider staff: what their own uploaded file will add and change, or its problems, before anything is saved. */
export default async function CourseImportPreviewPage({ params }: Props) {
  const preview = await loadPreview((await params).id);
  const { plan } = preview;
  const toAdd = plan.courses.filter((course) => course.action === 'add');
  const toChange = plan.courses.filter((course) => course.action === 'update');
  const same = plan.courses.filter((course) => course.action === 'same');
  return (
    <div className="max-w-4xl">
      <p>
        <Link href="/provider/courses/import" className="inline-flex min-h-11 items-center">
          Back to upload a file
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Check your course file</h1>
      <p className="mt-2 text-muted">{preview.fileName}</p>
      <ImportPreview
        errors={plan.errors}
        toAdd={toAdd.map((course) => ({ row: course.row, reference: course.values.externalRef, title: course.values.course.title, detail: course.values.run?.startsOn ?? 'No start date' }))}
        toChange={toChange.map((course) => ({ row: course.row, reference: course.values.externalRef, title: course.values.course.title, detail: whatChanges(course) }))}
        sameCount={same.length}
        importId={preview.id}
        what={{ one: 'course', many: 'courses', detailHeading: 'Start date' }}
        confirmAction={confirmCourseImportAction}
        discardAction={discardCourseImportAction}
      />
    </div>
  );
}
