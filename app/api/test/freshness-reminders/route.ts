import { notFound } from 'next/navigation';
import { z } from 'zod';
import { runFreshnessReminders } from '@/lib/freshness/reminders-job';
import { serviceEnvironment } from '@/lib/site';

const bodySchema = z.object({
  /** The moment to run at (ISO), to test working hours. */
  now: z.iso.datetime(),
  /** Only this provider or employer, so parallel tests do not remind each other's. */
  kind: z.enum(['provider', 'employer']),
  id: z.uuid(),
});

/** Test mode only: one run of the weekly freshness reminder (as `npm run jobs:reminders` does) for one owner. */
export async function POST(request: Request) {
  if (serviceEnvironment() !== 'test') notFound();
  if (request.headers.get('sec-fetch-site') === 'cross-site') return new Response('Forbidden', { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'Bad request' }, { status: 400 });
  const { now, kind, id } = parsed.data;
  return Response.json(await runFreshnessReminders({ now: new Date(now), siteOrigin: new URL(request.url).origin, only: { kind, id } }));
}
