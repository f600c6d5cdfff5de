'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { changeApplicationStatus, getApplicantContact, type StatusChange } from '@/db/queries/applications';
import { interviewSchema, INTERVIEW_MESSAGE, offerSchema, turnDownSchema } from '@/lib/applications/schemas';
import { formatWhen, fromLondonLocal } from '@/lib/applications/words';
import { requireRole } from '@/lib/auth/session';
import { parseForm, type FormState } from '@/lib/forms/form-state';
import { configuredSiteOrigin, notifyYoungPerson } from '@/lib/notifications/notify';
import type { MessageTemplateName } from '@/lib/messages/templates';

// Decisions by provider and employer staff, shared by both inboxes. The query decides whether this member of
// staff works for the organisation the application was made to; anyone else gets not-found.

const idSchema = z.uuid();

async function requireStaff(formData: FormData) {
  const user = await requireRole(['provider_staff', 'employer_staff']);
  const id = idSchema.safeParse(formData.get('id'));
  if (!id.success) notFound();
  const basePath = user.role === 'provider_staff' ? '/provider/applications' : '/employer/applications';
  return { user, applicationId: id.data, basePath };
}

async function decide(
  { userId, applicationId, basePath }: { userId: string; applicationId: string; basePath: string },
  change: StatusChange,
  text: { template: MessageTemplateName; when?: string } | null,
  done: string,
): Promise<FormState> {
  const result = await changeApplicationStatus({ actorId: userId, applicationId, change, now: new Date() });
  if (!result.ok && result.reason === 'not-found') notFound();
  if (!result.ok) return { formError: 'This application has moved on since you opened it. Look at it again.' };
  if (text) {
    const contact = await getApplicantContact({ actorId: userId, applicationId });
    if (contact) {
      try {
        // Through the notifications module: not at night, not over the day's cap; held back, it goes later (decision 022).
        await notifyYoungPerson({
          userId: contact.youngPersonId,
          type: 'application_updates',
          templates: { sms: text.template },
          personalisation: { title: contact.title, offered_by: contact.offeredBy, when: text.when ?? '' },
          phone: contact.phone,
          siteOrigin: configuredSiteOrigin(),
          now: new Date(),
          hold: true,
        });
      } catch (error) {
        console.error('The text to the young person was not sent', error);
      }
    }
  }
  revalidatePath(`${basePath}/${applicationId}`);
  redirect(`${basePath}/${applicationId}?done=${done}`);
}

/** Provider and employer staff: invite to an interview, with a date and where to go. */
export async function inviteToInterviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { user, applicationId, basePath } = await requireStaff(formData);
  const parsed = parseForm(interviewSchema, formData, ['interviewAt', 'note']);
  if (parsed.state) return parsed.state;
  const at = fromLondonLocal(parsed.data.interviewAt);
  if (!at || at.getTime() < Date.now()) {
    return { fieldErrors: { interviewAt: at ? 'The interview must be in the future' : INTERVIEW_MESSAGE }, values: { ...parsed.data } };
  }
  return decide(
    { userId: user.id, applicationId, basePath },
    { to: 'interview', interviewAt: at, note: parsed.data.note },
    { template: 'applicationInterviewSms', when: formatWhen(at) },
    'interview',
  );
}

/** Provider and employer staff: make an offer, with any conditions. */
export async function makeOfferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { user, applicationId, basePath } = await requireStaff(formData);
  const parsed = parseForm(offerSchema, formData, ['conditions', 'note']);
  if (parsed.state) return parsed.state;
  return decide(
    { userId: user.id, applicationId, basePath },
    { to: 'offer', offerConditions: parsed.data.conditions, note: parsed.data.note },
    { template: 'applicationOfferSms' },
    'offer',
  );
}

/** Provider and employer staff: turn down, with a reason in plain words that the young person reads. */
export async function turnDownAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { user, applicationId, basePath } = await requireStaff(formData);
  const parsed = parseForm(turnDownSchema, formData, ['reason']);
  if (parsed.state) return parsed.state;
  return decide(
    { userId: user.id, applicationId, basePath },
    { to: 'unsuccessful', decisionReason: parsed.data.reason, note: parsed.data.reason },
    { template: 'applicationUnsuccessfulSms' },
    'unsuccessful',
  );
}

const recordSchema = z.enum(['no_show', 'did_not_enrol']);

/** Provider and employer staff: record that the young person did not come to the interview, or did not start. */
export async function recordOutcomeAction(formData: FormData): Promise<void> {
  const { user, applicationId, basePath } = await requireStaff(formData);
  const to = recordSchema.safeParse(formData.get('to'));
  if (!to.success) notFound();
  await decide({ userId: user.id, applicationId, basePath }, { to: to.data }, null, to.data);
}
