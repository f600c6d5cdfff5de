'use server';

import { notFound, redirect } from 'next/navigation';
import { getAreaSettings } from '@/db/queries/area-settings';
import { getOwnEmployer } from '@/db/queries/employer-vacancies';
import { confirmVacancyImport, createPendingVacancyImport, discardVacancyImport } from '@/db/queries/vacancy-import';
import { requireEmployerStaff } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms/form-state';
import { MAX_IMPORT_BYTES, readCsvUpload } from '@/lib/imports/csv';
import { REQUIRED_VACANCY_COLUMNS, VACANCY_COLUMN_NAMES } from '@/lib/imports/vacancy-rows';
import { isRecordId } from '@/lib/manage/changes';
import { londonToday } from '@/lib/vacancies/words';

/** Employer staff only: read an uploaded CSV file and keep its rows for the preview. Nothing is posted yet. */
export async function uploadVacanciesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireEmployerStaff('/employer/vacancies/import');
  if (await isTurnedDown(user.id)) return { formError: 'The council turned down your organisation, so you cannot post vacancies.' };
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: 'Choose a CSV file to upload' } };
  if (file.size > MAX_IMPORT_BYTES) return { fieldErrors: { file: 'The file must be smaller than 1 MB. Split it into smaller files' } };
  const read = readCsvUpload({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, VACANCY_COLUMN_NAMES, REQUIRED_VACANCY_COLUMNS);
  if (!read.ok) return { fieldErrors: { file: read.message } };
  const pending = await createPendingVacancyImport({ actorId: user.id, fileName: file.name.slice(0, 200), rows: read.rows, now: new Date() });
  if (!pending) notFound();
  redirect(`/employer/vacancies/import/${pending.id}`);
}

/** A turned-down employer's staff cannot post (decision 040). */
async function isTurnedDown(actorId: string): Promise<boolean> {
  return (await getOwnEmployer({ actorId }))?.status === 'rejected';
}

function importIdFrom(formData: FormData): string {
  const importId = formData.get('importId');
  if (!isRecordId(importId)) notFound();
  return importId;
}

/** Employer staff only: post or change every vacancy in their own checked upload, or none (checked again first). */
export async function confirmVacancyImportAction(formData: FormData): Promise<void> {
  const user = await requireEmployerStaff('/employer/vacancies/import');
  const importId = importIdFrom(formData);
  if (await isTurnedDown(user.id)) redirect('/employer/vacancies');
  const now = new Date();
  const result = await confirmVacancyImport({ actorId: user.id, importId, now, today: londonToday(now), wageRates: (await getAreaSettings({ laId: user.laId })).wages });
  if (!result) notFound();
  if (result.status === 'has-errors') redirect(`/employer/vacancies/import/${importId}`);
  redirect(`/employer/vacancies/import?added=${result.added}&updated=${result.updated}&waiting=${result.waiting}`);
}

/** Employer staff only: throw away their own upload without saving anything. */
export async function discardVacancyImportAction(formData: FormData): Promise<void> {
  const user = await requireEmployerStaff('/employer/vacancies/import');
  const importId = importIdFrom(formData);
  const result = await discardVacancyImport({ actorId: user.id, importId });
  if (!result) notFound();
  redirect('/employer/vacancies/import?discarded=1');
}
