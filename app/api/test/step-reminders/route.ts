import { notFound } from 'next/navigation';
import { z } from 'zod';
import { runStepReminders } from '@/lib/action-plans/step-reminders';
import { atLocalTime, DEFAULT_NOTIFICATION_CONFIG } from '@/lib/notifications/rules';
import { serviceEnvironment } from '@/lib/site';

const bodySchema = z.object({
  /** The London clock time to run at ("10:00"). */
  at: z.string().regex(/^\d\d:\d\d$/),
  daysAhead: z.number().int().min(0).max(30).default(0),
});

/** Test mode only: one run of the plan-step reminders (as `npm run jobs:reminders` does) at a chosen time. */
export async function POST(request: Request) {
  if (serviceEnvironment() !== 'test') notFound();
  if (request.headers.get('sec-fetch-site') === 'cross-site') return new Response('Forbidden', { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'Bad request' }, { status: 400 });
  const now = atLocalTime(new Date(), parsed.data.at, DEFAULT_NOTIFICATION_CONFIG.timeZone, parsed.data.daysAhead);
  return Response.json(await runStepReminders({ now, siteOrigin: new URL(request.url).origin }));
}
