import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAreaBySlug } from '@/db/queries/areas';
import { AREA_COOKIE } from '@/lib/auth/area';
import { AREA_COOKIE_MAX_AGE_SECONDS, safeNextPath } from '@/lib/tenancy/area-link';

/**
 * A council's own link into the service (decision 042): `/area/calderdale` shows Calderdale's courses and jobs
 * to a visitor who is not signed in, and `?next=/vacancies` goes on to that page. The choice is a cookie, like
 * the device settings; a signed-in person always sees their own council's, and an area's own host name wins.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const area = /^[a-z0-9-]{1,80}$/.test(slug) ? await getAreaBySlug({ slug }) : null;
  // An old or mistyped link: offer the areas to choose from, rather than a dead end.
  if (!area) redirect('/areas');
  (await cookies()).set(AREA_COOKIE, area.slug, {
    path: '/',
    sameSite: 'lax',
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production' && (process.env.AUTH_URL ?? '').startsWith('https:'),
    maxAge: AREA_COOKIE_MAX_AGE_SECONDS,
  });
  redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
}
