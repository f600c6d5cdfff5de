import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FieldGuide } from '@/components/imports/field-guide';
import { ImportUploadForm } from '@/components/imports/import-upload-form';
import { SavedNote } from '@/components/manage/checked-form';
import { findKindsOfWorkForImport } from '@/db/queries/course-import';
import { getOwnEmployer } from '@/db/queries/employer-vacancies';
import { requireEmployerStaff } from '@/lib/auth/session';
import { vacancyColumnsOn } from '@/lib/imports/vacancy-rows';
import { PostingPage } from '../../_components/turned-down-note';
import { uploadVacanciesAction } from './actions';
import { londonToday } from '@/lib/vacancies/words';

export const metadata: Metadata = { title: 'Post or update vacancies from a file' };

type Query = { added?: string; updated?: string; waiting?: string; discarded?: string };
type Props = { searchParams: Promise<Query> };

function doneMessage(query: Query): string | null {
  if (query.discarded) return 'Nothing was saved. The file has been thrown away.';
  if (query.added === undefined) return null;
  const added = Number(query.added) || 0;
  const updated = Number(query.updated) || 0;
  const waiting = Number(query.waiting) || 0;
  const saved = `Saved. ${added} ${added === 1 ? 'vacancy' : 'vacancies'} posted and ${updated} changed.`;
  return waiting > 0 ? `${saved} ${waiting} will wait for the council to check them.` : `${saved} Young people see them now.`;
}

/** Employer staff: post many vacancies at once from a CSV file, with the template and a guide to each column. */
export default async function ImportVacanciesPage({ searchParams }: Props) {
  const user = await requireEmployerStaff('/employer/vacancies/import');
  const [employer, kinds, query] = await Promise.all([getOwnEmployer({ actorId: user.id }), findKindsOfWorkForImport(), searchParams]);
  if (!employer) notFound();
  const turnedDown = employer.status === 'rejected' ? { reason: employer.turnedDownReason } : null;
  return (
    <PostingPage title="Post or update vacancies from a file" turnedDown={turnedDown}>
      <SavedNote message={doneMessage(query)} />
      <ol className="mt-4 list-decimal pl-6">
        <li>Download the template and open it in a spreadsheet.</li>
        <li>Put one vacancy on each row, under the first row.</li>
        <li>Save it as CSV and upload it here.</li>
        <li>Check what will change, then save. Nothing is saved before that.</li>
      </ol>
      <p className="mt-4">If you upload the same file again, we update your vacancies. We never post them twice.</p>
      <p className="mt-4">
        <a href="/employer/vacancies/import/template" download className="inline-flex min-h-11 items-center font-bold">
          Download the vacancy template (CSV)
        </a>
      </p>
      <p className="mt-4">
        To change vacancies you already have, download them, change the file and upload it again. Each row has its
        reference; only vacancies still open are in it.
      </p>
      <p>
        <a href="/employer/vacancies/import/yours" download className="inline-flex min-h-11 items-center font-bold">
          Download your vacancies (CSV)
        </a>
      </p>
      <h2 className="mt-8 mb-4 text-2xl font-bold">Upload your file</h2>
      <ImportUploadForm action={uploadVacanciesAction} label="Your vacancy file" />
      <FieldGuide columns={vacancyColumnsOn(londonToday(new Date()))} kinds={kinds} />
    </PostingPage>
  );
}
