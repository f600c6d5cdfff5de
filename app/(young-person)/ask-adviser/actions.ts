'use server';

import { notFound, redirect } from 'next/navigation';
import { createContactRequest } from '@/db/queries/contact-requests';
import { parseForm, type FormState } from '@/lib/forms/form-state';
import { contactRequestSchema } from '@/lib/courses/contact';
import { requireYoungPerson } from '@/lib/auth/session';
import { sendMessage } from '@/lib/messages/send';

/** Young people only: record "ask my adviser to contact me" and tell the adviser by email. */
export async function askAdviserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireYoungPerson('/ask-adviser');
  const parsed = parseForm(contactRequestSchema, formData, ['course', 'vacancy', 'message']);
  if (parsed.state) return parsed.state;
  const result = await createContactRequest({
    actorId: user.id,
    courseSlug: parsed.data.course,
    vacancyId: parsed.data.vacancy,
    message: parsed.data.message,
  });
  if (!result) notFound();
  if (result.adviser?.email) {
    await sendMessage('adviserContactRequestEmail', result.adviser.email, {
      young_person_name: result.youngPersonName ?? 'A young person',
      about: result.courseTitle ?? result.vacancyTitle ?? 'finding something to do next',
      message: parsed.data.message || '(no message)',
    });
  }
  redirect(`/ask-adviser/sent${result.adviser ? '' : '?team=1'}`);
}
