'use server';

import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { markHelpRequestHandled } from '@/db/queries/kiosk';
import { requireAdviser } from '@/lib/auth/session';

const requestSchema = z.object({ request: z.uuid() });

/** Advisers who work at the centre: "I'm on my way" to someone who pressed "ask someone here". */
export async function handleHelpRequestAction(formData: FormData): Promise<void> {
  const user = await requireAdviser('/adviser');
  const parsed = requestSchema.safeParse({ request: formData.get('request') });
  if (!parsed.success) notFound();
  if (!(await markHelpRequestHandled({ actorId: user.id, requestId: parsed.data.request }))) notFound();
  redirect('/adviser');
}
