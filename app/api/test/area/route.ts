import { notFound } from 'next/navigation';
import { z } from 'zod';
import { createTestArea } from '@/db/queries/test-areas';
import { serviceEnvironment } from '@/lib/site';

const bodySchema = z.object({
  areaName: z.string().trim().min(1).max(80),
  hosts: z.array(z.string().trim().toLowerCase().max(253)).max(3).default([]),
  courseTitle: z.string().trim().min(1).max(120),
  courseCategory: z.string().max(80).optional(),
  vacancyCategories: z.array(z.string().max(80)).max(5).default([]),
});

/** Test mode only: a new council area with one course, for one e2e test. Not found anywhere else. */
export async function POST(request: Request) {
  if (serviceEnvironment() !== 'test') notFound();
  // Route handlers have no CSRF protection of their own: a browser post from another site is refused.
  if (request.headers.get('sec-fetch-site') === 'cross-site') return new Response('Forbidden', { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'Bad request' }, { status: 400 });
  const area = await createTestArea(parsed.data);
  if (!area) return Response.json({ error: 'Could not make the area' }, { status: 400 });
  return Response.json(area);
}
