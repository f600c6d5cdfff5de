import type { Metadata } from 'next';
import { cache } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ImportPreview } from '@/components/imports/import-preview';
import { getAreaSettings } from '@/db/queries/area-settings';
import { getVacancyImportPreview } from '@/db/queries/vacancy-import';
import { requireEmployerStaff } from '@/lib/auth/session';
import { type PlannedVacancy, vacancyColumnOfField } from '@/lib/imports/vacancy-rows';
import { isRecordId } from '@/lib/manage/changes';
import { londonToday } from '@/lib/vacancies/words';
import { confirmVacancyImportAction, discardVacancyImportAction } from '../actions';

type Props = { params: Promise<{ id: string }> };

/** Once per request: the title and the page share one look at the file (re-checked against the database). */
const loadPreview = cache(async (id: string) => {
  const user = await requireEmployerStaff('/employer/vacancies/import');
  if (!isRecordId(id)) notFound();
  const now = new Date();
  const preview = await getVacancyImportPreview({ actorId: user.id, importId: id, now, today: londonToday(now), wageRates: (await getAreaSettings({ laId: user.laId })).wages });
  if (!preview) notFound();
  return preview;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const preview = await loadPreview((await params).id);
  return { title: preview.plan.errors.length > 0 ? 'Error: Check your vacancy file' : 'Check your vacancy file' };
}

function whatChanges(planned: PlannedVacancy): string {
  return [...new Set(Object.keys(planned.changes).map(vacancyColumnOfField))].join(', ');
}

/** Employer staff: what their own uploaded file will post and change, or its problems, before anything is saved. */
export default async function VacancyImportPreviewPage({ params }: Props) {
  const preview = await loadPreview((await params).id);
  const { plan } = preview;
  const row = (each: PlannedVacancy, detail: string) => ({ row: each.row, reference: each.values.externalRef, title: each.values.input.title, detail });
  return (
    <div className="max-w-4xl">
      <p>
        <Link href="/employer/vacancies/import" className="inline-flex min-h-11 items-center">
          Back to upload a file
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Check your vacancy file</h1>
      <p className="mt-2 text-muted">{preview.fileName}</p>
      {preview.isEmployerApproved ? null : <p className="mt-4 border-l-4 border-brand bg-paper p-4">The council has not approved you yet. New and changed vacancies will wait until they check them.</p>}
      <ImportPreview
        errors={plan.errors}
        toAdd={plan.vacancies.filter((each) => each.action === 'add').map((each) => row(each, each.values.input.closesOn))}
        toChange={plan.vacancies.filter((each) => each.action === 'update').map((each) => row(each, whatChanges(each)))}
        sameCount={plan.vacancies.filter((each) => each.action === 'same').length}
        importId={preview.id}
        what={{ one: 'vacancy', many: 'vacancies', detailHeading: 'Closing date' }}
        confirmAction={confirmVacancyImportAction}
        discardAction={discardVacancyImportAction}
      />
    </div>
  );
}
