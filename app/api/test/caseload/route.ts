import { notFound } from 'next/navigation';
import { z } from 'zod';
import { linkTestCaseload } from '@/db/queries/test-notifications';
import { serviceEnvironment } from '@/lib/site';

const bodySchema = z.object({ adviserId: z.uuid(), phone: z.string().regex(/^\+44\d{10}$/), isLinked: z.boolean().default(true) });

/** Test mode only: a young person's id (found by phone), put on an adviser's caseload when asked. */
export async function POST(request: Request) {
  if (serviceEnvironment() !== 'test') notFound();
  if (request.headers.get('sec-fetch-site') === 'cross-site') return new Response('Forbidden', { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'Bad request' }, { status: 400 });
  const linked = await linkTestCaseload(parsed.data);
  if (!linked) return Response.json({ error: 'No such young person' }, { status: 400 });
  return Response.json(linked);
}
