'use server';

import { notFound, redirect } from 'next/navigation';
import { stopMessages } from '@/db/queries/notifications';
import { readStopToken, stopLinkSecret } from '@/lib/notifications/stop-token';

/** Anyone holding a stop link (no sign-in): turns that kind of message off for the person it was sent to. */
export async function stopMessagesAction(formData: FormData): Promise<void> {
  const token = String(formData.get('token') ?? '');
  const stop = readStopToken(token, stopLinkSecret());
  if (!stop || !(await stopMessages(stop))) notFound();
  redirect(`/stop/${token}?stopped=1`);
}
