'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import {
  changeApplicationStatus,
  getOwnDraftAnswerTexts,
  recordReminder,
  saveAnswers,
  setAttachments,
  settleOtherVersion,
  submitApplication,
} from '@/db/queries/applications';
import { getAreaSettings } from '@/db/queries/area-settings';
import { type AnswerNote, mergeOfflineAnswer, parseOfflineAnswers } from '@/lib/applications/offline-answers';
import { isProfileDone } from '@/lib/applications/profile';
import { parseAnswers } from '@/lib/applications/schemas';
import { canSendReminder, daysBetween, remindAfterDaysFrom } from '@/lib/applications/words';
import { requireYoungPerson } from '@/lib/auth/session';
import { safeNextPath } from '@/lib/auth/roles';
import type { FormState } from '@/lib/forms/form-state';
import { fileFromForm, saveFormFile } from '@/lib/media/save';
import { sendMessage } from '@/lib/messages/send';

const idSchema = z.uuid();

/** Who (a young person) and which application, from a form. Not-found for anything that is not an id. */
async function requireOwnApplicationId(formData: FormData, page = ''): Promise<{ userId: string; laId: string; applicationId: string }> {
  const id = String(formData.get('id') ?? '');
  const user = await requireYoungPerson(idSchema.safeParse(id).success ? `/applications/${id}${page}` : '/applications');
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) notFound();
  return { userId: user.id, laId: user.laId, applicationId: parsed.data };
}

/**
 * Young people only: saves answers to their own draft (text, and a recording from the recorder or a file sent
 * with the form), then goes back to it (or to check-your-answers).
 */
export async function saveAnswersAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { userId, applicationId } = await requireOwnApplicationId(formData, '/questions');
  const { answers, media, fieldErrors } = parseAnswers(formData);
  for (const key of [...formData.keys()].filter((name) => name.startsWith('file-'))) {
    const file = fileFromForm(formData, key);
    const questionId = key.slice('file-'.length);
    if (!file || !idSchema.safeParse(questionId).success) continue;
    const saved = await saveFormFile({ actorId: userId, file, kinds: ['audio', 'video'] });
    if ('mediaId' in saved) media[questionId] = saved.mediaId;
    else fieldErrors[key] = saved.message === 'wrong-kind' ? 'Choose a sound recording or a video' : saved.message;
  }
  if (Object.keys(fieldErrors).length > 0) {
    const values = Object.fromEntries([...formData.entries()].filter(([key]) => key.startsWith('answer-')).map(([key, value]) => [key, String(value)]));
    return { fieldErrors, values };
  }
  if (!(await saveAnswers({ actorId: userId, applicationId, answers, media }))) notFound();
  revalidatePath(`/applications/${applicationId}`);
  redirect(safeNextPath(formData.get('next')) ?? `/applications/${applicationId}`);
}

/** Young people only: autosave of answers while typing. */
export async function autosaveAnswersAction(formData: FormData): Promise<{ ok: boolean }> {
  const { userId, applicationId } = await requireOwnApplicationId(formData, '/questions');
  const { answers, media } = parseAnswers(formData);
  return { ok: await saveAnswers({ actorId: userId, applicationId, answers, media }) };
}

/**
 * Young people only: answers typed offline on their own draft, sent when the phone is back online. Per answer
 * the newest edit wins; the version not kept is stored and comes back as a note to show (decisions 017, 022).
 */
export async function syncOfflineAnswersAction(
  formData: FormData,
): Promise<{ ok: boolean; values: Record<string, string>; notes: AnswerNote[] }> {
  const { userId, applicationId } = await requireOwnApplicationId(formData, '/questions');
  const edits = parseOfflineAnswers(formData);
  const saved = await getOwnDraftAnswerTexts({ actorId: userId, applicationId });
  if (!saved) return { ok: false, values: {}, notes: [] };
  const now = new Date();
  const values: Record<string, string> = {};
  const toWrite: Record<string, string> = {};
  const notes: AnswerNote[] = [];
  for (const [questionId, edit] of Object.entries(edits)) {
    const merged = mergeOfflineAnswer({ edit, server: saved[questionId] ?? null, now });
    values[questionId] = merged.value;
    if (merged.isWritten) toWrite[questionId] = merged.value;
    if (merged.note) notes.push({ questionId, ...merged.note });
  }
  // The versions not kept are stored too, shown on each answer until the person uses or dismisses them (decision 022).
  const ok = await saveAnswers({ actorId: userId, applicationId, answers: toWrite, otherVersions: notes });
  if (ok) revalidatePath(`/applications/${applicationId}`);
  return { ok, values: ok ? values : {}, notes: ok ? notes : [] };
}

const otherVersionSchema = z.object({ choice: z.enum(['use', 'dismiss']), version: z.uuid() });

/**
 * Young people only: uses or dismisses a version of an answer kept from another device (decision 022), bound
 * to the button pressed. The answers on the form are saved first, so nothing typed since the last autosave is lost.
 */
export async function settleOtherVersionAction(choice: string, version: string, formData: FormData): Promise<void> {
  const { userId, applicationId } = await requireOwnApplicationId(formData, '/questions');
  const parsed = otherVersionSchema.safeParse({ choice, version });
  if (!parsed.success) notFound();
  const { answers } = parseAnswers(formData);
  await saveAnswers({ actorId: userId, applicationId, answers });
  await settleOtherVersion({ actorId: userId, applicationId, versionId: parsed.data.version, choice: parsed.data.choice });
  revalidatePath(`/applications/${applicationId}`);
  const next = safeNextPath(formData.get('next'));
  redirect(`/applications/${applicationId}/questions${next ? `?next=${encodeURIComponent(next)}` : ''}`);
}

/** Young people only: which of their own portfolio items go with their own draft. */
export async function saveAttachmentsAction(formData: FormData): Promise<void> {
  const { userId, applicationId } = await requireOwnApplicationId(formData, '/attach');
  const ids = formData.getAll('item').filter((value): value is string => typeof value === 'string' && idSchema.safeParse(value).success);
  if (!(await setAttachments({ actorId: userId, applicationId, portfolioItemIds: ids }))) notFound();
  revalidatePath(`/applications/${applicationId}`);
  redirect(safeNextPath(formData.get('next')) ?? `/applications/${applicationId}`);
}

const SERVER_TROUBLE =
  'Sorry, something went wrong on our side and your application was not sent. Everything you wrote is saved. Try again in a few minutes.';

/**
 * Young people only: sends their own draft. A second press finds it sent and shows the same confirmation.
 * A closed vacancy or an unfinished profile keeps the draft and says why.
 */
export async function submitApplicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { userId, laId, applicationId } = await requireOwnApplicationId(formData, '/check');
  let result;
  try {
    result = await submitApplication({ actorId: userId, applicationId, now: new Date(), rules: (await getAreaSettings({ laId })).freshness, isProfileDone });
  } catch (error) {
    console.error('Sending an application failed', error);
    return { formError: SERVER_TROUBLE };
  }
  if (!result) notFound();
  if (result.outcome === 'closed') {
    return { formError: 'This has closed, so you cannot send your application now. We have kept everything you wrote.' };
  }
  if (result.outcome === 'profile-not-done') {
    return { formError: 'Finish every part of your profile first. Each part needs to say Done.' };
  }
  if (result.outcome === 'submitted') {
    try {
      if (result.phone) await sendMessage('applicationSentSms', result.phone, { title: result.title, offered_by: result.offeredBy });
      for (const email of result.staffEmails) {
        await sendMessage('newApplicationEmail', email, { young_person_name: result.youngPersonName, title: result.title });
      }
    } catch (error) {
      // The application is sent; a message that did not go is not a reason to say it failed.
      console.error('A message about a sent application was not sent', error);
    }
  }
  revalidatePath('/applications');
  redirect(`/applications/${applicationId}/sent`);
}

const answerSchema = z.enum(['withdraw', 'accept', 'decline']);

/** Young people only: withdraw, or say yes or no to an offer, on their own application. */
export async function respondAction(formData: FormData): Promise<void> {
  const { userId, applicationId } = await requireOwnApplicationId(formData);
  const parsed = answerSchema.safeParse(formData.get('answer'));
  if (!parsed.success) notFound();
  const to = parsed.data === 'withdraw' ? 'withdrawn' : parsed.data === 'accept' ? 'accepted' : 'declined';
  const result = await changeApplicationStatus({ actorId: userId, applicationId, change: { to }, now: new Date() });
  if (!result.ok && result.reason === 'not-found') notFound();
  revalidatePath(`/applications/${applicationId}`);
  redirect(`/applications/${applicationId}?done=${parsed.data}`);
}

/** Young people only: a polite reminder to the provider or employer about their own application that has had no reply. */
export async function remindAction(formData: FormData): Promise<void> {
  const { userId, applicationId } = await requireOwnApplicationId(formData);
  const now = new Date();
  const afterDays = remindAfterDaysFrom();
  let submittedAt: Date | null = null;
  const result = await recordReminder({
    actorId: userId,
    applicationId,
    now,
    canRemind: (application) => {
      submittedAt = application.submittedAt;
      return canSendReminder(application, now, afterDays);
    },
  });
  if (!result) redirect(`/applications/${applicationId}`);
  const days = String(submittedAt ? daysBetween(submittedAt, now) : afterDays);
  for (const email of result.emails) {
    await sendMessage('applicationReminderEmail', email, { young_person_name: result.youngPersonName, title: result.title, days });
  }
  redirect(`/applications/${applicationId}?done=remind`);
}
