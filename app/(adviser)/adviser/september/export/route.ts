import { septemberCsv } from '@/lib/applications/academic-year';
import { getCurrentUser } from '@/lib/auth/session';
import { londonToday } from '@/lib/vacancies/words';
import { loadSeptemberRows, toFilter } from '../caseload';

/** Advisers only: their own caseload's September Guarantee list as CSV. Anyone else gets not-found. */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || user.role !== 'adviser') return new Response('Not found', { status: 404 });
  const today = londonToday(new Date());
  const filter = toFilter(new URL(request.url).searchParams.get('show'));
  const rows = await loadSeptemberRows(user.id, today, filter);
  return new Response(septemberCsv(rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="september-guarantee-${today}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
