import { notFound } from 'next/navigation';
import { z } from 'zod';
import { findTestYoungPersonId, moveTestYoungPersonToQuietArea } from '@/db/queries/test-notifications';
import { notifyYoungPerson } from '@/lib/notifications/notify';
import { runMessageJobs } from '@/lib/notifications/reminders-job';
import { atLocalTime, DEFAULT_NOTIFICATION_CONFIG } from '@/lib/notifications/rules';
import { serviceEnvironment } from '@/lib/site';

const at = z.string().regex(/^\d\d:\d\d$/);
const daysAhead = z.number().int().min(0).max(30).default(0);
const bodySchema = z.discriminatedUnion('do', [
  /** News about an application, sent at a chosen time exactly as the inbox's decision sends it. */
  z.object({ do: z.literal('offer-text'), phone: z.string().regex(/^\+44\d{10}$/), title: z.string().max(100), at, daysAhead }),
  /** One run of `npm run jobs:reminders` at a chosen time. */
  z.object({ do: z.literal('run-job'), at, daysAhead }),
  /** Moves the young person to a new area whose council saved its own quiet hours ("22:00" to "07:00"). */
  z.object({ do: z.literal('own-quiet-hours'), phone: z.string().regex(/^\+44\d{10}$/), from: at, to: at }),
]);

/**
 * Test mode only: sends an application text, or runs the held-messages and reminders job, at a chosen London
 * time; or gives the young person a council with its own quiet hours.
 */
export async function POST(request: Request) {
  if (serviceEnvironment() !== 'test') notFound();
  if (request.headers.get('sec-fetch-site') === 'cross-site') return new Response('Forbidden', { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'Bad request' }, { status: 400 });
  const body = parsed.data;
  if (body.do === 'own-quiet-hours') {
    const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
    const moved = await moveTestYoungPersonToQuietArea({ phone: body.phone, quietFrom: minutes(body.from), quietTo: minutes(body.to) });
    return moved ? Response.json(moved) : Response.json({ error: 'No such young person' }, { status: 400 });
  }
  const now = atLocalTime(new Date(), body.at, DEFAULT_NOTIFICATION_CONFIG.timeZone, body.daysAhead);
  const siteOrigin = new URL(request.url).origin;
  if (body.do === 'run-job') return Response.json(await runMessageJobs({ now, siteOrigin }));
  const userId = await findTestYoungPersonId({ phone: body.phone });
  if (!userId) return Response.json({ error: 'No such young person' }, { status: 400 });
  const decision = await notifyYoungPerson({
    userId,
    type: 'application_updates',
    templates: { sms: 'applicationOfferSms' },
    personalisation: { title: body.title, offered_by: 'Calder Valley College' },
    siteOrigin,
    now,
    hold: true,
  });
  return Response.json(decision);
}
