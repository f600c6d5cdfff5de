import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FieldGuide } from '@/components/imports/field-guide';
import { ImportUploadForm } from '@/components/imports/import-upload-form';
import { SavedNote } from '@/components/manage/checked-form';
import { findKindsOfWorkForImport } from '@/db/queries/course-import';
import { getOwnProvider } from '@/db/queries/provider-content';
import { requireProviderStaff } from '@/lib/auth/session';
import { courseColumnsOn } from '@/lib/imports/course-rows';
import { uploadCoursesAction } from './actions';
import { londonToday } from '@/lib/vacancies/words';

export const metadata: Metadata = { title: 'Add or update courses from a file' };

type Props = { searchParams: Promise<{ added?: string; updated?: string; discarded?: string }> };

function doneMessage(query: { added?: string; updated?: string; discarded?: string }): string | null {
  if (query.discarded) return 'Nothing was saved. The file has been thrown away.';
  if (query.added === undefined) return null;
  const added = Number(query.added) || 0;
  const updated = Number(query.updated) || 0;
  return `Saved. ${added} ${added === 1 ? 'course' : 'courses'} added and ${updated} changed. Young people see them now.`;
}

/** Provider staff: upload many courses at once from a CSV file, with the template and a guide to each column. */
export default async function ImportCoursesPage({ searchParams }: Props) {
  const user = await requireProviderStaff('/provider/courses/import');
  const [provider, kinds, query] = await Promise.all([getOwnProvider({ actorId: user.id }), findKindsOfWorkForImport(), searchParams]);
  if (!provider) notFound();
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/provider/courses" className="inline-flex min-h-11 items-center">
          Back to your courses
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Add or update courses from a file</h1>
      <SavedNote message={doneMessage(query)} />
      <ol className="mt-4 list-decimal pl-6">
        <li>Download the template and open it in a spreadsheet.</li>
        <li>Put one course on each row, under the first row.</li>
        <li>Save it as CSV and upload it here.</li>
        <li>Check what will change, then save. Nothing is saved before that.</li>
      </ol>
      <p className="mt-4">If you upload the same file again, we update your courses. We never add them twice.</p>
      <p className="mt-4">
        <a href="/provider/courses/import/template" download className="inline-flex min-h-11 items-center font-bold">
          Download the course template (CSV)
        </a>
      </p>
      <p className="mt-4">
        To change courses you already have, download them, change the file and upload it again. Each row has its
        reference, with its next start date.
      </p>
      <p>
        <a href="/provider/courses/import/yours" download className="inline-flex min-h-11 items-center font-bold">
          Download your courses (CSV)
        </a>
      </p>
      <h2 className="mt-8 mb-4 text-2xl font-bold">Upload your file</h2>
      <ImportUploadForm action={uploadCoursesAction} label="Your course file" />
      <FieldGuide columns={courseColumnsOn(londonToday(new Date()))} kinds={kinds} />
    </div>
  );
}
