import { findSeptemberList } from '@/db/queries/applications';
import { getAreaSettings } from '@/db/queries/area-settings';
import { septemberCsv, toSeptemberFilter } from '@/lib/applications/academic-year';
import { getCurrentUser } from '@/lib/auth/session';
import { listReasonSchema } from '@/lib/privacy/schemas';
import { londonToday } from '@/lib/vacancies/words';

/**
 * Council admins only: their own area's September Guarantee names as CSV, with a written reason (logged for
 * each young person in it, like the page). Anyone else, or no reason, gets not-found.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || user.role !== 'la_admin') return new Response('Not found', { status: 404 });
  const params = new URL(request.url).searchParams;
  const parsed = listReasonSchema.safeParse({ reason: params.get('reason') ?? '' });
  if (!parsed.success) return new Response('Not found', { status: 404 });
  const now = new Date();
  const today = londonToday(now);
  const filter = toSeptemberFilter(params.get('show'));
  const list = await findSeptemberList({ actorId: user.id, today, filter, reason: parsed.data.reason, now, config: (await getAreaSettings({ laId: user.laId })).privacy });
  if (!list?.rows) return new Response('Not found', { status: 404 });
  return new Response(septemberCsv(list.rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="september-guarantee-${today}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
