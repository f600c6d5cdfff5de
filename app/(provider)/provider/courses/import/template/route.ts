import { requireProviderStaff } from '@/lib/auth/session';
import { courseTemplateRows } from '@/lib/imports/course-rows';
import { toCsvLine } from '@/lib/imports/csv';

/** Provider staff: the course import template, a header row and one example row. */
export async function GET() {
  await requireProviderStaff('/provider/courses/import');
  const body = `${courseTemplateRows().map(toCsvLine).join('\r\n')}\r\n`;
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="courses-template.csv"',
      'cache-control': 'private, no-store',
    },
  });
}
