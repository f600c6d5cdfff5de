import { notFound } from 'next/navigation';
import { findVacancyExportRows } from '@/db/queries/vacancy-import';
import { requireEmployerStaff } from '@/lib/auth/session';
import { csvDownload } from '@/lib/imports/csv';
import { londonToday } from '@/lib/vacancies/words';

/** Employer staff: their open vacancies in the template's columns, to change in a spreadsheet and upload again. */
export async function GET() {
  const user = await requireEmployerStaff('/employer/vacancies/import');
  const rows = await findVacancyExportRows({ actorId: user.id, today: londonToday(new Date()) });
  if (!rows) notFound();
  return csvDownload(rows, 'your-vacancies.csv');
}
