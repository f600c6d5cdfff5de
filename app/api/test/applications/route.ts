import { notFound } from 'next/navigation';
import { z } from 'zod';
import { createTestApplications } from '@/db/queries/test-applications';
import { APPLICATION_STATUSES } from '@/lib/applications/status';
import { serviceEnvironment } from '@/lib/site';

const bodySchema = z.object({
  phone: z.string().regex(/^\+44\d{10}$/),
  statuses: z.array(z.enum(APPLICATION_STATUSES)).max(5).default([]),
  dateOfBirth: z.iso.date().optional(),
});

/** Test mode only: sent applications at given statuses (and a date of birth) for a young person found by phone. */
export async function POST(request: Request) {
  if (serviceEnvironment() !== 'test') notFound();
  if (request.headers.get('sec-fetch-site') === 'cross-site') return new Response('Forbidden', { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'Bad request' }, { status: 400 });
  const made = await createTestApplications(parsed.data);
  if (!made) return Response.json({ error: 'No such young person' }, { status: 400 });
  return Response.json(made);
}
