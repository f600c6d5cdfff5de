'use server';

import { notFound, redirect } from 'next/navigation';
import { saveContactChoices } from '@/db/queries/notifications';
import { requireYoungPerson } from '@/lib/auth/session';
import { contactChoicesSchema } from '@/lib/notifications/schemas';

/** Young people only: saves how they want to hear from us about each kind of message. */
export async function saveContactChoicesAction(formData: FormData): Promise<void> {
  const user = await requireYoungPerson('/my/contact');
  const parsed = contactChoicesSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect('/my/contact?problem=1');
  if (!(await saveContactChoices({ actorId: user.id, choices: parsed.data }))) notFound();
  redirect('/my/contact?saved=1');
}
