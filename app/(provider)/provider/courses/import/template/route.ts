import { requireProviderStaff } from '@/lib/auth/session';
import { courseTemplateRows } from '@/lib/imports/course-rows';
import { csvDownload } from '@/lib/imports/csv';
import { londonToday } from '@/lib/vacancies/words';

/** Provider staff: the course import template, a header row and one example row. */
export async function GET() {
  await requireProviderStaff('/provider/courses/import');
  return csvDownload(courseTemplateRows(londonToday(new Date())), 'courses-template.csv');
}
