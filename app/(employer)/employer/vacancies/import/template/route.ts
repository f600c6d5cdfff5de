import { requireEmployerStaff } from '@/lib/auth/session';
import { csvDownload } from '@/lib/imports/csv';
import { vacancyTemplateRows } from '@/lib/imports/vacancy-rows';
import { londonToday } from '@/lib/vacancies/words';

/** Employer staff: the vacancy import template, a header row and one example row. */
export async function GET() {
  await requireEmployerStaff('/employer/vacancies/import');
  return csvDownload(vacancyTemplateRows(londonToday(new Date())), 'vacancies-template.csv');
}
