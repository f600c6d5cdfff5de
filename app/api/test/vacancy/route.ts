import { notFound } from 'next/navigation';
import { z } from 'zod';
import { createTestVacancy } from '@/db/queries/test-notifications';
import { serviceEnvironment } from '@/lib/site';

const bodySchema = z.object({
  laSlug: z.string().default('calderdale'),
  title: z.string().trim().min(1).max(120),
  employerSlug: z.string().max(120).optional(),
  /** A training place offered by this provider instead of an employer's job. */
  providerSlug: z.string().max(120).optional(),
});

/** Test mode only: adds a live vacancy for one e2e test. Not found anywhere else. */
export async function POST(request: Request) {
  if (serviceEnvironment() !== 'test') notFound();
  // Route handlers have no CSRF protection of their own: a browser post from another site is refused.
  if (request.headers.get('sec-fetch-site') === 'cross-site') return new Response('Forbidden', { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'Bad request' }, { status: 400 });
  const vacancy = await createTestVacancy(parsed.data);
  if (!vacancy) return Response.json({ error: 'No such area' }, { status: 400 });
  return Response.json(vacancy);
}
