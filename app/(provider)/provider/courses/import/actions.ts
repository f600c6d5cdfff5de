'use server';

import { notFound, redirect } from 'next/navigation';
import { confirmCourseImport, createPendingCourseImport, discardCourseImport } from '@/db/queries/course-import';
import { requireProviderStaff } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms/form-state';
import { COURSE_COLUMN_NAMES, REQUIRED_COURSE_COLUMNS } from '@/lib/imports/course-rows';
import { MAX_IMPORT_BYTES, readCsvUpload } from '@/lib/imports/csv';
import { isRecordId } from '@/lib/manage/changes';
import { londonToday } from '@/lib/vacancies/words';

/** Provider staff only: read an uploaded CSV file and keep its rows for the preview. Nothing is saved to courses. */
export async function uploadCoursesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/courses/import');
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: 'Choose a CSV file to upload' } };
  if (file.size > MAX_IMPORT_BYTES) return { fieldErrors: { file: 'The file must be smaller than 1 MB. Split it into smaller files' } };
  const read = readCsvUpload({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, COURSE_COLUMN_NAMES, REQUIRED_COURSE_COLUMNS);
  if (!read.ok) return { fieldErrors: { file: read.message } };
  const pending = await createPendingCourseImport({ actorId: user.id, fileName: file.name.slice(0, 200), rows: read.rows, now: new Date() });
  if (!pending) notFound();
  redirect(`/provider/courses/import/${pending.id}`);
}

function importIdFrom(formData: FormData): string {
  const importId = formData.get('importId');
  if (!isRecordId(importId)) notFound();
  return importId;
}

/** Provider staff only: save their own checked upload, all rows or none (the rows are checked again first). */
export async function confirmCourseImportAction(formData: FormData): Promise<void> {
  const user = await requireProviderStaff('/provider/courses/import');
  const importId = importIdFrom(formData);
  const now = new Date();
  const result = await confirmCourseImport({ actorId: user.id, importId, now, today: londonToday(now) });
  if (!result) notFound();
  if (result.status === 'has-errors') redirect(`/provider/courses/import/${importId}`);
  redirect(`/provider/courses/import?added=${result.added}&updated=${result.updated}`);
}

/** Provider staff only: throw away their own upload without saving anything. */
export async function discardCourseImportAction(formData: FormData): Promise<void> {
  const user = await requireProviderStaff('/provider/courses/import');
  const importId = importIdFrom(formData);
  const result = await discardCourseImport({ actorId: user.id, importId });
  if (!result) notFound();
  redirect('/provider/courses/import?discarded=1');
}
