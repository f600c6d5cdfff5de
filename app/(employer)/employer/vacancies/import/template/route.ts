import { requireEmployerStaff } from '@/lib/auth/session';
import { toCsvLine } from '@/lib/imports/csv';
import { vacancyTemplateRows } from '@/lib/imports/vacancy-rows';

/** Employer staff: the vacancy import template, a header row and one example row. */
export async function GET() {
  await requireEmployerStaff('/employer/vacancies/import');
  const body = `${vacancyTemplateRows().map(toCsvLine).join('\r\n')}\r\n`;
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="vacancies-template.csv"',
      'cache-control': 'private, no-store',
    },
  });
}
