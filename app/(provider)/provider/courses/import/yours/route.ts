import { notFound } from 'next/navigation';
import { findCourseExportRows } from '@/db/queries/course-import';
import { requireProviderStaff } from '@/lib/auth/session';
import { csvDownload } from '@/lib/imports/csv';
import { londonToday } from '@/lib/vacancies/words';

/** Provider staff: their courses in the template's columns, to change in a spreadsheet and upload again. */
export async function GET() {
  const user = await requireProviderStaff('/provider/courses/import');
  const rows = await findCourseExportRows({ actorId: user.id, today: londonToday(new Date()) });
  if (!rows) notFound();
  return csvDownload(rows, 'your-courses.csv');
}
