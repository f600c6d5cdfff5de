import { notFound } from 'next/navigation';
import { z } from 'zod';
import { createTestStaff } from '@/db/queries/test-support';
import { serviceEnvironment } from '@/lib/site';

const bodySchema = z.object({
  laSlug: z.string().default('calderdale'),
  role: z.enum(['adviser', 'la_admin', 'provider_staff', 'employer_staff']),
  name: z.string().trim().min(1).max(80),
  canSearchYoungPeople: z.boolean().default(false),
  centreName: z.string().optional(),
  providerSlug: z.string().optional(),
  newProviderName: z.string().trim().max(80).optional(),
  newProviderCourse: z.object({ title: z.string().trim().min(1).max(80), checkedDaysAgo: z.number().int().min(0).max(3650) }).optional(),
  employerSlug: z.string().optional(),
  newEmployerName: z.string().trim().max(80).optional(),
  newEmployerCheckedDaysAgo: z.number().int().min(0).max(3650).optional(),
  newAreaName: z.string().trim().min(1).max(80).optional(),
});

/** Test mode only: makes a fresh member of staff for one e2e test. Not found anywhere else. */
export async function POST(request: Request) {
  if (serviceEnvironment() !== 'test') notFound();
  // Route handlers have no CSRF protection of their own: a browser post from another site is refused.
  if (request.headers.get('sec-fetch-site') === 'cross-site') return new Response('Forbidden', { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'Bad request' }, { status: 400 });
  const staff = await createTestStaff(parsed.data);
  if (!staff) return Response.json({ error: 'No such area' }, { status: 400 });
  return Response.json(staff);
}
