import { findSeptemberList } from '@/db/queries/applications';
import { getAreaSettings } from '@/db/queries/area-settings';
import { septemberCsv, toSeptemberFilter } from '@/lib/applications/academic-year';
import { getCurrentUser } from '@/lib/auth/session';
import { londonToday } from '@/lib/vacancies/words';

/** Advisers only: their own caseload's September Guarantee list as CSV. Anyone else gets not-found. */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || user.role !== 'adviser') return new Response('Not found', { status: 404 });
  const now = new Date();
  const today = londonToday(now);
  const filter = toSeptemberFilter(new URL(request.url).searchParams.get('show'));
  const list = await findSeptemberList({ actorId: user.id, today, filter, reason: null, now, config: (await getAreaSettings({ laId: user.laId })).privacy });
  return new Response(septemberCsv(list?.rows ?? []), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="september-guarantee-${today}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
